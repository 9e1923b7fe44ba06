import * as z from "zod/mini";
import { CollectionMethod, Direction, Id, limits, MetricValue, Name, Text } from "./primitives.ts";
import { storable } from "./storable.ts";

/** One level of a role's maturity model. Levels are numbered from 1 (least mature). */
export const MaturityLevel = z.object({
  level: z.int().check(z.gte(1), z.lte(10)),
  name: Name,
  /** What a role at this level recognises itself in. */
  description: Text,
  /** Relative improvement reasonable for one goal period at this level, e.g. 0.15 for 15 %. */
  expectedGain: z.number().check(z.gt(0), z.lte(10)),
});
export type MaturityLevel = z.infer<typeof MaturityLevel>;

/** A key customer role, with its ordered maturity model (3–5 levels). */
export const Role = z.object({
  id: Id,
  name: Name,
  description: z.optional(Text),
  maturity: z.array(MaturityLevel).check(
    z.minLength(3),
    z.maxLength(5),
    z.refine((levels) => levels.every((l, i) => l.level === i + 1), {
      message: "levels must be numbered 1, 2, 3… in order",
    }),
  ),
});
export type Role = z.infer<typeof Role>;

/** The unit a metric is expressed in. */
export const Unit = z.union([
  /**
   * A count or plain number; `label` names what is counted ("meetings"), `labelOne` one of it
   * ("meeting"), written where the locale's plural rules call the number "one".
   */
  z.object({ type: z.literal("number"), label: z.optional(Name), labelOne: z.optional(Name) }),
  /** A percentage, 0–100. */
  z.object({ type: z.literal("percent") }),
  /** Money in an ISO 4217 currency. */
  z.object({ type: z.literal("currency"), currency: z.string().check(z.regex(/^[A-Z]{3}$/)) }),
  /** A duration in the given unit. */
  z.object({ type: z.literal("duration"), of: z.enum(["minutes", "hours", "days"]) }),
  /** A point on the metric's anchored scale. */
  z.object({ type: z.literal("scale") }),
]);
export type Unit = z.infer<typeof Unit>;

/** One labelled point of an anchored Likert scale. */
export const ScalePoint = z.object({ value: z.int(), label: Name });
export type ScalePoint = z.infer<typeof ScalePoint>;

/** An anchored scale: consecutive integer points, each with a label. */
export const AnchoredScale = z.object({
  points: z.array(ScalePoint).check(
    z.minLength(3),
    z.maxLength(11),
    z.refine(
      (points) => points.every((p, i) => i === 0 || p.value === (points[i - 1]?.value ?? 0) + 1),
      { message: "points must be consecutive integers in increasing order" },
    ),
  ),
});
export type AnchoredScale = z.infer<typeof AnchoredScale>;

/**
 * The values a metric usually takes, as the vendor knows them (`min` below `max`, in the metric's
 * unit). Advisory: a value outside is still stored, but the user is asked once ("1,000 hours?").
 */
export const PlausibleRange = z.object({ min: MetricValue, max: MetricValue }).check(
  z.refine((range) => range.min < range.max, {
    message: "`min` must be below `max`",
    path: ["max"],
  }),
);
export type PlausibleRange = z.infer<typeof PlausibleRange>;

/** A metric a role can agree to track. */
export const Metric = z
  .object({
    id: Id,
    name: Name,
    /** What it measures. */
    description: Text,
    /** Why it matters for the role(s). */
    whyItMatters: z.optional(Text),
    kind: z.enum(["value", "impact"]),
    roleIds: z.array(Id).check(z.minLength(1), z.maxLength(limits.listLength)),
    unit: Unit,
    direction: Direction,
    collection: CollectionMethod,
    /** Where the data lives, e.g. "Beacon visitor list" or "Salesforce opportunities". */
    dataSource: Name,
    /** Default length of one goal period. */
    periodDays: z.int().check(z.gte(1), z.lte(366)),
    /** Required when `collection` is `scale` (and then `unit.type` is `scale`). */
    scale: z.optional(AnchoredScale),
    /** The usual values (not for scale metrics: every point of a scale is plausible). */
    plausible: z.optional(PlausibleRange),
  })
  .check(
    z.refine((m) => (m.collection === "scale") === (m.scale !== undefined), {
      message: "a scale-assessed metric needs `scale`, and only it may have one",
      path: ["scale"],
    }),
    z.refine((m) => (m.unit.type === "scale") === (m.collection === "scale"), {
      message: "unit `scale` goes with collection `scale`",
      path: ["unit"],
    }),
    z.refine((m) => !m.plausible || fitsUnit(m.plausible, m.unit), {
      message: "must fit the unit (0 or more, at most 100 %); a scale metric has none",
      path: ["plausible"],
    }),
  );
export type Metric = z.infer<typeof Metric>;

/** Whether a range fits the values of a unit (see `valueBounds`); a scale's points all do. */
function fitsUnit(range: PlausibleRange, unit: Unit): boolean {
  return unit.type !== "scale" && range.min >= 0 && (unit.type !== "percent" || range.max <= 100);
}

/** Kinds of help that enable improvement. */
export const ValueElementType = z.enum([
  "feature",
  "guide",
  "training",
  "service",
  "template",
  "community",
]);
export type ValueElementType = z.infer<typeof ValueElementType>;

/**
 * An `https:` URL with a host, and a text like any other (no NUL, no unpaired surrogate, at most
 * 2,000 characters). (A pattern: `z.url` costs the browser bundle about 0.5 kB.)
 */
export const HttpsUrl = z
  .string()
  .check(
    z.maxLength(limits.textLength),
    storable(),
    z.regex(/^https:\/\/[^\s/?#@:]+(:\d{1,5})?([/?#]\S*)?$/, "must be an https:// link"),
  );

/** Help a role can use to reach its goal: opens an https link or fires an in-app action. */
export const ValueElement = z
  .object({
    id: Id,
    type: ValueElementType,
    title: Name,
    description: z.optional(Text),
    metricIds: z.array(Id).check(z.maxLength(limits.listLength)),
    roleIds: z.array(Id).check(z.minLength(1), z.maxLength(limits.listLength)),
    /** Maturity levels it suits; absent means every level. */
    maturityLevels: z.optional(z.array(z.int().check(z.gte(1), z.lte(10)))),
    /** Link to open (https only). */
    href: z.optional(HttpsUrl),
    /** Name of an in-app action the host handles (`action` event). */
    action: z.optional(Id),
  })
  .check(
    z.refine((v) => (v.href === undefined) !== (v.action === undefined), {
      message: "a value element has exactly one of `href` or `action`",
    }),
  );
export type ValueElement = z.infer<typeof ValueElement>;

/**
 * A usage metric of the catalog: the consumption that stands for value in the vendor's product
 * (API calls, reports sent). `version` goes up when its definition changes, and usage is only
 * ever compared within one version.
 */
export const UsageMetric = z.strictObject({
  id: Id,
  name: Name,
  /** What one unit is, in the plural: "API calls". */
  unit: Name,
  version: z.int().check(z.gte(1), z.lte(1000)),
});
export type UsageMetric = z.infer<typeof UsageMetric>;

/** The whole catalog a vendor defines (`PUT /v1/admin/catalog`). */
export const Catalog = z.strictObject({
  roles: z.array(Role).check(z.minLength(1), z.maxLength(limits.listLength)),
  metrics: z.array(Metric).check(z.maxLength(500)),
  valueElements: z.array(ValueElement).check(z.maxLength(1000)),
  /** The consumption that stands for value, for Net Usage Retention (docs/kpis.md). */
  usageMetrics: z.optional(z.array(UsageMetric).check(z.maxLength(limits.listLength))),
});
export type Catalog = z.infer<typeof Catalog>;
