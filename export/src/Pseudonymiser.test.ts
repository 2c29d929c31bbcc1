import { createHmac } from "node:crypto";
import { Pseudonymiser } from "./Pseudonymiser";

describe("Pseudonymiser", () => {
  const lake = new Pseudonymiser("lake", "k".repeat(32));
  const research = new Pseudonymiser("research", "r".repeat(32));
  const id = "5b1e8c3a-0d2f-4c1e-9a7b-2f3c4d5e6f70";

  it("is the HMAC-SHA256 of the domain and id with the destination's key", () => {
    expect(lake.pseudonym("client", id)).toBe(createHmac("sha256", "k".repeat(32)).update(`client:${id}`).digest("hex"));
    expect(lake.pseudonym("client", id)).toBe(lake.pseudonym("client", id));
  });

  it("differs across destinations and across domains", () => {
    expect(research.pseudonym("client", id)).not.toBe(lake.pseudonym("client", id));
    expect(lake.pseudonym("professional", id)).not.toBe(lake.pseudonym("client", id));
  });
});
