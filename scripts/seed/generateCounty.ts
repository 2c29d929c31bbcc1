import { buildCounty } from "./county";
import { FamilyGenerator, type FamilyOptions } from "./families";
import { Random } from "./random";
import type { RowSink } from "./tables";
import { generateTraining } from "./training";

export interface CountyOptions extends FamilyOptions {
  /** Exactly this many clients are made. */
  clients: number;
  /** The day the county is seen from, in days since 1970-01-01: episodes, consents and trainings lie before it. */
  today: number;
}

/** Households by size; the mean is about 2.4 clients per family. */
const familySizes = { 1: 0.35, 2: 0.2, 3: 0.2, 4: 0.15, 5: 0.1 };

/**
 * Writes a whole county into the sink: organisations, professionals, standing teams and training
 * first, then family after family. It yields after each family so the caller can write a full
 * batch to the database before more rows pile up in memory.
 */
export function* generateCounty(options: CountyOptions, sink: RowSink): Generator<void, void, void> {
  const county = buildCounty(options.clients, options.seed, options.today, sink);
  generateTraining(county, options.seed, sink);
  yield;
  const families = new FamilyGenerator(county, options, sink);
  const sizes = new Random(options.seed, "family sizes");
  for (let remaining = options.clients; remaining > 0;) {
    const size = Math.min(remaining, Number(sizes.weighted(familySizes)));
    families.family(size);
    remaining -= size;
    yield;
  }
}
