import * as z from "zod/mini";
import { Id, IsoDateTime, limits, MetricValue, Name, Text } from "./primitives.ts";

export const GoalStatus = z.enum(["active", "achieved", "missed", "abandoned"]);
export type GoalStatus = z.infer<typeof GoalStatus>;

/** A step towards a goal, owned by the customer or by the vendor. */
export const GoalAction = z.object({
  id: Id,
  title: Name,
  owner: z.enum(["customer", "vendor"]),
  done: z.boolean(),
});
export type GoalAction = z.infer<typeof GoalAction>;

/** The next goal for an agreement. */
export const Goal = z.object({
  id: Id,
  agreementId: Id,
  startValue: MetricValue,
  target: MetricValue,
  startAt: IsoDateTime,
  dueAt: IsoDateTime,
  status: GoalStatus,
  /** What will change in the role's work and behaviour. */
  changes: z.optional(Text),
  actions: z.array(GoalAction),
  valueElementIds: z.array(Id),
  /** The chosen value elements the user has marked as done. */
  doneValueElementIds: z.optional(z.array(Id)),
  previousGoalId: z.optional(Id),
  achievedAt: z.optional(IsoDateTime),
  /** When the goal stopped being active (achieved, missed or abandoned). */
  closedAt: z.optional(IsoDateTime),
});
export type Goal = z.infer<typeof Goal>;

/** An action as sent by a client: a new one has no id yet, `done` defaults to false. */
export const GoalActionInput = z.strictObject({
  id: z.optional(Id),
  title: Name,
  owner: z.enum(["customer", "vendor"]),
  done: z.optional(z.boolean()),
});
export type GoalActionInput = z.infer<typeof GoalActionInput>;

const Actions = z.array(GoalActionInput).check(z.maxLength(limits.listLength));

/** `POST /v1/goals` */
export const CreateGoalBody = z.strictObject({
  agreementId: Id,
  target: MetricValue,
  dueAt: IsoDateTime,
  changes: z.optional(Text),
  actions: z.optional(Actions),
  valueElementIds: z.optional(z.array(Id).check(z.maxLength(limits.listLength))),
});
export type CreateGoalBody = z.infer<typeof CreateGoalBody>;

/** `PATCH /v1/goals/:id` — at least one field; `actions` replaces the list. */
export const UpdateGoalBody = z
  .strictObject({
    target: z.optional(MetricValue),
    dueAt: z.optional(IsoDateTime),
    status: z.optional(z.literal("abandoned")),
    changes: z.optional(Text),
    actions: z.optional(Actions),
    valueElementIds: z.optional(z.array(Id).check(z.maxLength(limits.listLength))),
    /** Replaces the list of value elements marked as done (each must be one of the goal's). */
    doneValueElementIds: z.optional(z.array(Id).check(z.maxLength(limits.listLength))),
  })
  .check(z.refine((body) => Object.keys(body).length > 0, { message: "nothing to change" }));
export type UpdateGoalBody = z.infer<typeof UpdateGoalBody>;
