/**
 * Subgraph migrations rewritten when the platform tables moved into the kernel's migrations
 * (kernel/migrations): each lost only the platform SQL it used to carry. A schema that applied the
 * earlier text records its checksum; the migrator accepts exactly these pairs, updates the record
 * to the new text, and refuses any other edit as before. Migrations that held nothing but platform
 * SQL (`*_event_envelope_v2`, `*_idempotency_keys`) were deleted; their records stay as history.
 * scripts/platformMigrations.int.test.ts migrates a schema from the earlier texts to prove it.
 */
export interface RewrittenMigration {
  migration: string;
  before: string;
  after: string;
}

export const REWRITTEN_WHEN_PLATFORM_MOVED: readonly RewrittenMigration[] = [
  // clients
  rewritten(
    "20261123100000_init",
    "fb4b9a88376eb6e706e37d46a90ccf228fb0e7ba9e36281a2b7da364e4f54165",
    "72913895c1ec275aa60661123571c22020fc29232e44a5e7bd41f1645e65faaf",
  ),
  rewritten(
    "20261201200000_export_change_tracking",
    "f15ea9e0f3d1a61c4ea256aec5adacd1f4740a9d4c46edf0f084dc0e57fe46dd",
    "77c6bb59fe665d0286b4e87b3c916a54bdf110c3f10a145b4b60c81e941dcca5",
  ),
  // teams
  rewritten(
    "20261123100000_init",
    "98bb3d3c44fbf64c8473b03ed76b16627c0ac7c78be02fef768cdd0f283c6d4c",
    "b3489e12f67c72395ec326f77e741fcd146b1e02c1939c904ff11b338efd765a",
  ),
  rewritten(
    "20261201200000_export_change_tracking",
    "bf062652397b38b512a875432cbe86d7206e81b55c0720ecfd1e43e8b3165a2a",
    "7a9f2f2ee8b08a545b6739e6c276986cbb3e2b4619070dc4e3f620bed3ed15c0",
  ),
  // consents
  rewritten(
    "20261123100000_init",
    "b6864453000bce3e0d507abc1391850c5bc38ad2be4a2846fbbfcb379f1aee9b",
    "53f68fdf7333a7aacc640b1d10824cd313180454fa034266ad37219e81db6e6c",
  ),
  rewritten(
    "20261123110000_access",
    "aa2e5963a1f7a18638190621e2bdd07f840a89508562cb31bde25fa77112db26",
    "0771f91e84bcdd84a7827e8ecdb42a8e77aed5733497b5d6a393fb74a3e84f01",
  ),
  rewritten(
    "20261201200000_export_change_tracking",
    "1979fe60e3a3402428041289b0ccddce6c24a1ae4077e3372987c6d38c687b4f",
    "55fd43607770ad5bce46cdbf0bc74a446276fdbbfe5777e4854bff31309abf7a",
  ),
  // fit
  rewritten(
    "20261123100000_init",
    "03932a8fccb9c856b8604301ae3d11447f51c2b165cfa6f12b07a70e3150fae6",
    "2c31c7b47aa398819532d97937f2af51a9b75ff9617fb3f80cc91242c5567ab6",
  ),
  rewritten(
    "20261201200000_export_change_tracking",
    "4938deda24df320311e8a0b3336ea133852df6c7b6dde1e4e20240de32fd4b3c",
    "cf642eb31dfe0793ee3ebcde0faf52e1934ab5676211dfe25e9a31ce3098fff5",
  ),
  // training
  rewritten(
    "20261123100000_init",
    "3b93c3a570ae429000f452ed8b7f776fd42022a56e398a32ee65ba1b82870634",
    "8bda47b106c98bb11510d9faa52876ba7925965c6ddd8d45d3f228a0cb79ddf8",
  ),
  rewritten(
    "20261123110000_training_events_trainers_rollout",
    "1a8b2995d4056ff0b95b7276641e8cd2d3155c402c918dbf0cd5fb733aaf05f7",
    "be963d9520557fb4ab015e80d3fa56c9f7e832369d3033368e4810f0bf17b7c6",
  ),
  rewritten(
    "20261201200000_export_change_tracking",
    "d94d3d7344bf4bcc4a4132286984c22f1263db34f2c3ba9a4129f8f18d30233c",
    "406c98fd36f5467decd765607e5b69e23140f02e346b79696b19ffb1e6367125",
  ),
  // integration
  rewritten(
    "20261201130000_init",
    "2898b6260615aa858da7501df5a713ba3c2212c7d90a192cb02abae21ff8ce72",
    "9096469ccfd6dd966e12715f7dfa2e17a7c8dd9fedfd8bcf3137fedf3e3b9e3b",
  ),
];

function rewritten(migration: string, before: string, after: string): RewrittenMigration {
  return { migration, before, after };
}

/** Whether the record of `migration` at checksum `recorded` is the earlier text of the file now at `current`. */
export function isRewrittenByPlatformMove(migration: string, recorded: string, current: string): boolean {
  return REWRITTEN_WHEN_PLATFORM_MOVED.some(
    (entry) => entry.migration === migration && entry.before === recorded && entry.after === current,
  );
}
