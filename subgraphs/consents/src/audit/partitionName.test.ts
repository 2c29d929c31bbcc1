import { partitionName } from "./retireAccessLog";

/** The retirement quotes a partition's name into DDL: only a monthly partition's name gets there. */
describe("partitionName", () => {
  it("passes a monthly partition of the access log", () => {
    expect(partitionName("access_log_2014_11")).toBe("access_log_2014_11");
  });

  it.each([
    ["the default partition", "access_log_default"],
    ["a context partition", "access_log_context_2014_11"],
    ["a month that does not exist", "access_log_2014_13"],
    ["a name that would close the quotes", 'access_log_2014_11"; DROP TABLE consent; --'],
    ["another table", "consent"],
  ])("refuses %s", (_, name) => {
    expect(() => partitionName(name)).toThrow(/not a monthly partition of the access log/);
  });
});
