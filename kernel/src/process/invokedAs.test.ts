import { invokedAs } from "./invokedAs";

describe("the command a usage line names", () => {
  it("is node and the bundle when the image runs one", () => {
    expect(invokedAs(["/usr/local/bin/node", "/app/dist/subgraphs/teams.js"], "/app")).toBe("node dist/subgraphs/teams.js");
  });

  it("is tsx and the source file when run from the sources", () => {
    expect(invokedAs(["/usr/bin/node", "/work/silta/gateway/src/main.ts"], "/work/silta")).toBe("npx tsx gateway/src/main.ts");
  });

  it("keeps a path outside the working directory as a relative one, and names node alone without a script", () => {
    expect(invokedAs(["node", "/srv/silta/dist/gateway.js"], "/home/op")).toBe("node ../../srv/silta/dist/gateway.js");
    expect(invokedAs(["node"], "/app")).toBe("node");
  });
});
