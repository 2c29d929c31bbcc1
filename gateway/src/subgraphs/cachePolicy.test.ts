import { restrictCachePolicy } from "./cachePolicy";

function policy() {
  const restricted: unknown[] = [];
  return { restricted, policy: { restrict: (hint: unknown) => restricted.push(hint) } as never };
}

describe("restrictCachePolicy", () => {
  it("restricts the response to a public subgraph answer's max-age", () => {
    const { restricted, policy: overall } = policy();
    restrictCachePolicy(overall, "max-age=60, public");
    expect(restricted).toEqual([{ maxAge: 60, scope: "PUBLIC" }]);
  });

  it("makes the response private and uncacheable when the subgraph says nothing", () => {
    const { restricted, policy: overall } = policy();
    restrictCachePolicy(overall, undefined);
    restrictCachePolicy(overall, "max-age=30");
    expect(restricted).toEqual([
      { maxAge: 0, scope: "PRIVATE" },
      { maxAge: 30, scope: "PRIVATE" },
    ]);
  });

  it("reads max-age only as a whole directive", () => {
    const { restricted, policy: overall } = policy();
    restrictCachePolicy(overall, "s-max-age=60, public");
    expect(restricted).toEqual([{ maxAge: 0, scope: "PUBLIC" }]);
  });

  it("leaves a request without a cache policy alone", () => {
    expect(() => restrictCachePolicy(undefined, "max-age=60, public")).not.toThrow();
  });
});
