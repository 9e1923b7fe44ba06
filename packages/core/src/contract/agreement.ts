import * as z from "zod/mini";
import { CollectionMethod, Id, IsoDateTime, MetricValue } from "./primitives.ts";

/** Where an agreement stands: proposed → agreed → retired. */
export const AgreementStatus = z.enum(["proposed", "agreed", "retired"]);
export type AgreementStatus = z.infer<typeof AgreementStatus>;

/** The value a metric started from. */
export const Baseline = z.object({ value: MetricValue, at: IsoDateTime, source: CollectionMethod });
export type Baseline = z.infer<typeof Baseline>;

/** A measure in place: an account's role tracks one metric. */
export const Agreement = z.object({
  id: Id,
  accountId: Id,
  roleId: Id,
  metricId: Id,
  status: AgreementStatus,
  proposedBy: z.enum(["customer", "vendor"]),
  agreedAt: z.optional(IsoDateTime),
  retiredAt: z.optional(IsoDateTime),
  /** The role's assessed maturity level (1-based). */
  maturityLevel: z.optional(z.int().check(z.gte(1), z.lte(10))),
  baseline: z.optional(Baseline),
});
export type Agreement = z.infer<typeof Agreement>;

/** A baseline as sent by a client; `at` defaults to now, `source` to the metric's collection. */
export const BaselineInput = z.strictObject({
  value: MetricValue,
  at: z.optional(IsoDateTime),
  source: z.optional(CollectionMethod),
});
export type BaselineInput = z.infer<typeof BaselineInput>;

/** `POST /v1/agreements` */
export const CreateAgreementBody = z.strictObject({
  metricId: Id,
  maturityLevel: z.optional(z.int().check(z.gte(1), z.lte(10))),
  baseline: z.optional(BaselineInput),
});
export type CreateAgreementBody = z.infer<typeof CreateAgreementBody>;

/** `PATCH /v1/agreements/:id` — at least one field. */
export const UpdateAgreementBody = z
  .strictObject({
    status: z.optional(z.enum(["agreed", "retired"])),
    maturityLevel: z.optional(z.int().check(z.gte(1), z.lte(10))),
    baseline: z.optional(BaselineInput),
  })
  .check(z.refine((body) => Object.keys(body).length > 0, { message: "nothing to change" }));
export type UpdateAgreementBody = z.infer<typeof UpdateAgreementBody>;
