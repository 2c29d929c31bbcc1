import { partialRowShape } from "./partialRow";

interface PersonRow {
  id: string;
  name: string;
  notes: string[];
  phone: string | null;
}

const COLUMNS = ["id", "name", "notes", "phone"] as const;
const summaryOf = partialRowShape<PersonRow, "id" | "name">("Person", COLUMNS, ["id", "name"]);

describe("partialRowShape", () => {
  it("answers the columns read", () => {
    const row = summaryOf({ id: "p1", name: "Aino" });
    expect(row.id).toBe("p1");
    expect(row.name).toBe("Aino");
  });

  it("throws naming the model, the column and what the row holds when a column not read is touched", () => {
    const row = summaryOf({ id: "p1", name: "Aino" });
    expect(() => row.notes).toThrow("Person.notes was not read: this row holds id, name only");
    expect(() => row.phone).toThrow("Person.phone was not read");
  });

  it("takes only the columns read from what the statement answered", () => {
    const answered = { id: "p1", name: "Aino", notes: ["stale"] } as unknown as PersonRow;
    const row = summaryOf(answered);
    expect(Object.keys(row)).toEqual(["id", "name"]);
    expect(() => row.notes).toThrow("Person.notes was not read");
  });

  it("is an ordinary object otherwise: awaited, spread, serialised and given new properties", async () => {
    const row = summaryOf({ id: "p1", name: "Aino" });
    // A promise resolving to a row reads its `then`: it must be undefined, not a throw.
    await expect(Promise.resolve(row)).resolves.toBe(row);
    expect({ ...row }).toEqual({ id: "p1", name: "Aino" });
    expect(JSON.parse(JSON.stringify(row))).toEqual({ id: "p1", name: "Aino" });
    expect(Object.prototype.hasOwnProperty.call(row, "id")).toBe(true);
    (row as PersonRow & { __typename?: string }).__typename = "Person";
    expect((row as PersonRow & { __typename?: string }).__typename).toBe("Person");
  });

  it("keeps a column written after the read as the row's own, and other rows unchanged", () => {
    const row = summaryOf({ id: "p1", name: "Aino" });
    row.phone = "+358 40 123";
    expect(row.phone).toBe("+358 40 123");
    expect(() => summaryOf({ id: "p2", name: "Eino" }).phone).toThrow("Person.phone was not read");
  });

  it("refuses to read a column the row does not have", () => {
    expect(() => partialRowShape<PersonRow, "id">("Person", ["id", "name"], ["id", "email" as "id"])).toThrow(
      "Person has no column email to read",
    );
  });
});
