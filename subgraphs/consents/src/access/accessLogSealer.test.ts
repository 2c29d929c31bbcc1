import { transactionsInFlight } from "./accessLogSealer";

describe("the transactions in flight at a seal's snapshot", () => {
  it("are the xip list of PostgreSQL's snapshot text, none when it is empty or there is no snapshot", () => {
    expect(transactionsInFlight("10:20:10,14,15")).toEqual(["10", "14", "15"]);
    expect(transactionsInFlight("18389:18389:")).toEqual([]);
    expect(transactionsInFlight(null)).toEqual([]);
  });

  it("refuse a snapshot that is not PostgreSQL's text, naming it", () => {
    for (const text of ["", "10:20", "10:20:10,", "10:20:x", "10:20:10;drop", " 10:20:"])
      expect(() => transactionsInFlight(text)).toThrow(`Not a pg_snapshot: ${JSON.stringify(text)}`);
  });
});
