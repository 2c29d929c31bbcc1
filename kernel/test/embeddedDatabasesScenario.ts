/**
 * Run by embeddedDatabases.int.test.ts in a child process (PGlite loads its extensions with a dynamic
 * import, which Jest's module system cannot do): drives two schemas of one embedded database the way
 * two subgraphs of the hub do, and prints what each saw as JSON.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { openEmbeddedDatabases, type Database } from "../src";

async function noteOf(database: Database): Promise<string> {
  const [row] = await database.sql.query<{ text: string }>(`SELECT text FROM note`);
  return row!.text;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "silta-embedded-databases-"));
  try {
    const databases = await openEmbeddedDatabases({ dataDir });
    const clients = await databases.schema("clients");
    const teams = await databases.schema("teams");
    // The same table name in both schemas, as every subgraph has its own `outbox_event`.
    await clients.sql.exec(`CREATE TABLE note (text text); INSERT INTO note VALUES ('clients')`);
    await teams.sql.exec(`CREATE TABLE note (text text); INSERT INTO note VALUES ('teams')`);

    // Interleaved statements of both schemas, all started at once.
    const interleaved = await Promise.all(Array.from({ length: 20 }, (_, index) => noteOf(index % 2 ? teams : clients)));

    // A transaction of one schema holds the connection: the other schema's statement waits for it.
    const order: string[] = [];
    const transaction = clients.sql.transaction(async (tx) => {
      await tx.query(`UPDATE note SET text = 'clients, changed'`);
      await sleep(100);
      order.push("clients transaction ends");
    });
    const waiting = noteOf(teams).then((text) => order.push(`teams read ${text}`));
    await Promise.all([transaction, waiting]);

    // Prisma's adapter: its own queries name the schema; its raw SQL and transactions take turns too.
    const adapter = await teams.prismaAdapter.connect();
    const schemaName = adapter.getConnectionInfo?.().schemaName;
    const prismaTransaction = await adapter.startTransaction();
    const behindPrisma = noteOf(clients).then((text) => order.push(`clients read ${text}`));
    const raw = await prismaTransaction.queryRaw({ sql: `SELECT text FROM note`, args: [], argTypes: [] });
    order.push(`teams transaction read ${String(raw.rows[0]?.[0])}`);
    await prismaTransaction.commit();
    await behindPrisma;

    // Closing every schema closes the database; its one folder holds both schemas when reopened.
    await clients.close();
    const afterOneClosed = await noteOf(teams);
    await teams.close();
    const reopened = await openEmbeddedDatabases({ dataDir });
    const reopenedNotes = [await noteOf(await reopened.schema("clients")), await noteOf(await reopened.schema("teams"))];
    await reopened.close();
    process.stdout.write(
      JSON.stringify({
        interleaved,
        order,
        schemaName,
        afterOneClosed,
        reopenedNotes,
        clusters: readdirSync(dataDir).filter((entry) => entry === "PG_VERSION").length,
      }),
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
