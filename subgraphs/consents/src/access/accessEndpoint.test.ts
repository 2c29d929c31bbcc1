import { decisionBatchSchema, quickDecisionBatch } from "./accessEndpoint";

const client = "0b3ab0db-9fae-46ce-b4a1-8c929fd65873";
const read = { clientId: client, category: "fit", action: "read" };

/** What the endpoint makes of a body: the quick check's answer, or the schema's when it declines. */
const parsed = (body: unknown) => {
  const quick = quickDecisionBatch(body);
  return quick === undefined ? decisionBatchSchema.safeParse(body) : { success: true, data: quick };
};

describe("the decision batch's quick check", () => {
  it("takes the usual batch and answers what the schema answers, unknown fields left out", () => {
    const body = {
      requests: [
        read,
        { ...read, serviceTask: "adult_social_work" },
        { ...read, category: "access_log", action: "keep_register", grantedOrganizationId: "org", refusal: "no_relation" },
        { ...read, extra: "dropped", viewerId: "someone-else" },
      ],
      viewer: "ignored",
    };
    const quick = quickDecisionBatch(body);
    expect(quick).toBeDefined();
    expect(quick).toStrictEqual(decisionBatchSchema.parse(body));
    expect(quickDecisionBatch({ requests: [] })).toStrictEqual({ requests: [] });
  });

  it.each([
    ["not an object", [read]],
    ["null", null],
    ["no requests", {}],
    ["requests not an array", { requests: read }],
    ["a request not an object", { requests: [read, "x"] }],
    ["a request an array", { requests: [[client, "fit", "read"]] }],
    ["a request null", { requests: [null] }],
    ["an empty client id", { requests: [{ ...read, clientId: "" }] }],
    ["a client id of 101 characters", { requests: [{ ...read, clientId: "x".repeat(101) }] }],
    ["a client id not a string", { requests: [{ ...read, clientId: 7 }] }],
    ["no client id", { requests: [{ category: "fit", action: "read" }] }],
    ["an unknown category", { requests: [{ ...read, category: "FIT" }] }],
    ["a category inherited by objects", { requests: [{ ...read, category: "toString" }] }],
    ["an unknown action", { requests: [{ ...read, action: "delete" }] }],
    ["no action", { requests: [{ clientId: client, category: "fit" }] }],
    ["a null service task", { requests: [{ ...read, serviceTask: null }] }],
    ["an empty service task", { requests: [{ ...read, serviceTask: "" }] }],
    ["a long organisation", { requests: [{ ...read, grantedOrganizationId: "o".repeat(101) }] }],
    ["a refusal not a string", { requests: [{ ...read, refusal: ["no"] }] }],
    ["over 10,000 requests", { requests: Array.from({ length: 10_001 }, () => read) }],
  ])("leaves to the schema, which refuses it, a body with %s", (_, body) => {
    expect(quickDecisionBatch(body)).toBeUndefined();
    expect(parsed(body).success).toBe(false);
  });

  it("takes exactly the bounds the schema takes", () => {
    for (const body of [
      { requests: [{ ...read, clientId: "x".repeat(100), serviceTask: "t" }] },
      { requests: [{ ...read, clientId: "😀".repeat(50) }] },
      { requests: Array.from({ length: 10_000 }, () => read) },
    ]) {
      expect(quickDecisionBatch(body)).toStrictEqual(decisionBatchSchema.parse(body));
    }
  });
});
