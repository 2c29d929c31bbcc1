import { z } from "zod";

/** The subgraphs that publish events, each on its stream `silta:events:<source>`. */
export type EventSource = "teams" | "clients" | "consents" | "fit" | "training" | "integration";

/**
 * One event type at one data version: what its `data` holds on the wire, and what the catalogue
 * (docs/events.md) says about it. The envelope around it is the kernel's and is the same for all.
 */
export interface EventContract<Type extends string = string, Shape extends z.ZodRawShape = z.ZodRawShape> {
  /** `<aggregate>.<past-tense verb>`, e.g. `team.member_added`. */
  type: Type;
  /**
   * The data version: bumped when the data changes shape. It is not on the wire (the envelope stays as
   * it was): a consumer tells versions apart by parsing, newest first, with the versions it knows.
   */
  version: number;
  source: EventSource;
  /** The aggregate the envelope names (`aggregateType`), as the catalogue shows it. */
  entity: string;
  /** What `changedFields` lists, for the catalogue: `data` means the keys of the data. */
  changedFields: string;
  /** Whether a system may subscribe a webhook to it (the integration subgraph's own events describe the webhooks). */
  webhooks: boolean;
  /** The data's fields. */
  shape: Shape;
  /** What a producer may write: these fields and no other (an undeclared field could leak personal data). */
  written: z.ZodObject<Shape, z.core.$strict>;
  /** What a consumer reads: these fields; others (of a newer producer) are dropped. */
  read: z.ZodObject<Shape>;
}

/** The parsed data of a contract, as a consumer holds it. */
export type DataOf<Contract extends EventContract> = z.infer<Contract["read"]>;

type Definition<Type extends string, Shape extends z.ZodRawShape> = Pick<
  EventContract<Type, Shape>,
  "type" | "source" | "entity" | "shape"
> &
  Partial<Pick<EventContract<Type, Shape>, "version" | "changedFields" | "webhooks">>;

/** Declares a contract; the defaults are those of most events (version 1, changed fields are the data's keys, offered to webhooks). */
export function contract<Type extends string, Shape extends z.ZodRawShape>(
  definition: Definition<Type, Shape>,
): EventContract<Type, Shape> {
  return {
    version: 1,
    changedFields: "data",
    webhooks: true,
    ...definition,
    written: z.strictObject(definition.shape),
    read: z.object(definition.shape),
  };
}

/**
 * The contract as a consumer that uses only `fields` reads it: the same type and version, the data
 * parsed for those fields alone, so an event is not refused for a field this consumer never looks at.
 */
export function readingOnly<Type extends string, Shape extends z.ZodRawShape, Field extends keyof Shape & string>(
  full: EventContract<Type, Shape>,
  fields: readonly Field[],
): EventContract<Type, Pick<Shape, Field>> {
  const shape = Object.fromEntries(fields.map((field) => [field, full.shape[field]])) as Pick<Shape, Field>;
  return { ...full, shape, written: z.strictObject(shape), read: z.object(shape) };
}
