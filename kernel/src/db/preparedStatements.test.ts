import { PREPARED_STATEMENT_MARK, preparedStatementName } from "./preparedStatements";

describe("which statements go named", () => {
  it("names only a statement whose text begins with the mark, the same text always the same name", () => {
    const append = `${PREPARED_STATEMENT_MARK} INSERT INTO log (at) VALUES ($1)`;
    expect(preparedStatementName("INSERT INTO log (at) VALUES ($1)")).toBeUndefined();
    expect(preparedStatementName(`SELECT 1 ${PREPARED_STATEMENT_MARK}`)).toBeUndefined();
    expect(preparedStatementName(append)).toMatch(/^silta_[0-9a-f]{32}$/);
    expect(preparedStatementName(`${append}`)).toBe(preparedStatementName(append));
    expect(preparedStatementName(`${append} RETURNING id`)).not.toBe(preparedStatementName(append));
  });

  it("names at most sixteen texts, and keeps the names it gave", () => {
    const texts = Array.from({ length: 40 }, (_, index) => `${PREPARED_STATEMENT_MARK} SELECT ${index}`);
    const names = texts.map(preparedStatementName);
    const named = names.filter((name) => name !== undefined);
    // Two texts were named by the test before.
    expect(named).toHaveLength(14);
    expect(new Set(named).size).toBe(14);
    expect(names.slice(14)).toEqual(Array(26).fill(undefined));
    expect(texts.slice(0, 14).map(preparedStatementName)).toEqual(names.slice(0, 14));
  });
});
