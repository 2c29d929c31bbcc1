import { join } from "node:path";
import { createTestDatabase, databaseSchemaShape, prismaSchemaShape } from "@silta/testkit";
import { subgraphs } from "./subgraphs";

const root = join(__dirname, "..");

describe.each(subgraphs.map(({ name }) => name))("the %s subgraph's migrations", (name) => {
  it("build exactly the tables, columns, types, nullability, defaults, indexes, relations and enums of its schema.prisma", async () => {
    const { database, drop } = await createTestDatabase(`drift_${name}`, join(root, "subgraphs", name, "prisma", "migrations"));
    try {
      const built = await databaseSchemaShape(database.sql, database.schema);
      const promised = prismaSchemaShape(join(root, "subgraphs", name, "prisma", "schema.prisma"));
      expect(built).toEqual(promised);
    } finally {
      await drop();
    }
  });
});
