import { MAX_PAGE_READS_PER_ROW, MAX_VISIBLE_AMONG, MAX_VISIBLE_AMONG_CLIENTS } from "@silta/kernel";
import { quickVisibleAmongCall, visibleAmongCallSchema } from "./visibleClientsEndpoint";

const client = "0b3ab0db-9fae-46ce-b4a1-8c929fd65873";
const other = "5c1f2a8e-3b7d-4e0a-9f61-2d8c4b7a9e15";
const row = { clientIds: [client] };
const call = { category: "basic", rows: [row], logFirst: 1, followUps: ["fit"] };

/** What the endpoint makes of a body: the quick check's answer, or the schema's when it declines. */
const parsed = (body: unknown) => {
  const quick = quickVisibleAmongCall(body);
  return quick === undefined ? visibleAmongCallSchema.safeParse(body) : { success: true, data: quick };
};

describe("the visible clients call's quick check", () => {
  it("takes the usual calls and answers what the schema answers: defaults filled in, unknown fields left out", () => {
    for (const body of [
      call,
      { category: "basic", rows: [row] },
      {
        category: "concerns",
        rows: [
          { clientIds: [client, other], serviceTask: "family_social_work", pageReads: [{ clientId: other, category: "fit" }] },
          { clientIds: [other], serviceTask: null, pageReads: [], extra: "dropped" },
          { clientIds: [] },
        ],
        logFirst: 0,
        followUps: [],
        viewer: "ignored",
      },
      { category: "fit", rows: [], logFirst: 0 },
    ]) {
      const quick = quickVisibleAmongCall(body);
      expect(quick).toBeDefined();
      expect(quick).toStrictEqual(visibleAmongCallSchema.parse(body));
    }
  });

  it.each([
    ["not an object", [call]],
    ["null", null],
    ["no category", { rows: [row] }],
    ["an unknown category", { ...call, category: "FIT" }],
    ["a category inherited by objects", { ...call, category: "toString" }],
    ["the access log as the list's category", { ...call, category: "access_log" }],
    ["rows not an array", { ...call, rows: row }],
    ["a row not an object", { ...call, rows: [row, client] }],
    ["a row an array", { ...call, rows: [[client]] }],
    ["no client ids", { ...call, rows: [{ serviceTask: "t" }] }],
    ["an empty client id", { ...call, rows: [{ clientIds: [""] }] }],
    ["a client id of 101 characters", { ...call, rows: [{ clientIds: ["x".repeat(101)] }] }],
    ["a client id not a string", { ...call, rows: [{ clientIds: [7] }] }],
    ["an empty service task", { ...call, rows: [{ ...row, serviceTask: "" }] }],
    ["a service task not a string", { ...call, rows: [{ ...row, serviceTask: 3 }] }],
    ["page reads not an array", { ...call, rows: [{ ...row, pageReads: { clientId: client, category: "fit" } }] }],
    ["a page read of another row's client", { ...call, rows: [{ ...row, pageReads: [{ clientId: other, category: "fit" }] }] }],
    [
      "a page read of an unknown category",
      { ...call, rows: [{ ...row, pageReads: [{ clientId: client, category: "access_log" }] }] },
    ],
    ["a page read not an object", { ...call, rows: [{ ...row, pageReads: [client] }] }],
    [
      `over ${MAX_PAGE_READS_PER_ROW} page reads in a row`,
      {
        ...call,
        rows: [
          {
            ...row,
            pageReads: Array.from({ length: MAX_PAGE_READS_PER_ROW + 1 }, () => ({ clientId: client, category: "fit" })),
          },
        ],
      },
    ],
    ["a negative logFirst", { ...call, logFirst: -1 }],
    ["a fractional logFirst", { ...call, logFirst: 1.5 }],
    ["logFirst as text", { ...call, logFirst: "1" }],
    ["logFirst null", { ...call, logFirst: null }],
    ["logFirst over the rows' bound", { ...call, logFirst: MAX_VISIBLE_AMONG + 1 }],
    ["follow-ups not an array", { ...call, followUps: "fit" }],
    ["an unknown follow-up", { ...call, followUps: ["access_log"] }],
    ["more follow-ups than categories", { ...call, followUps: Array.from({ length: 8 }, () => "fit") }],
    [`over ${MAX_VISIBLE_AMONG} rows`, { ...call, rows: Array.from({ length: MAX_VISIBLE_AMONG + 1 }, () => row) }],
    [
      `over ${MAX_VISIBLE_AMONG_CLIENTS} client ids in all`,
      { ...call, rows: Array.from({ length: 11 }, () => ({ clientIds: Array.from({ length: 2_000 }, () => client) })) },
    ],
  ])("leaves to the schema, which refuses it, a call with %s", (_, body) => {
    expect(quickVisibleAmongCall(body)).toBeUndefined();
    expect(parsed(body).success).toBe(false);
  });

  it("takes exactly the bounds the schema takes", () => {
    for (const body of [
      { ...call, rows: [{ clientIds: ["x".repeat(100)], serviceTask: "t".repeat(100) }], logFirst: MAX_VISIBLE_AMONG },
      { ...call, rows: [{ clientIds: ["😀".repeat(50)] }] },
      { ...call, rows: Array.from({ length: MAX_VISIBLE_AMONG }, () => row) },
      { ...call, rows: Array.from({ length: 10 }, () => ({ clientIds: Array.from({ length: 2_000 }, () => client) })) },
      {
        ...call,
        rows: [
          { ...row, pageReads: Array.from({ length: MAX_PAGE_READS_PER_ROW }, () => ({ clientId: client, category: "fit" })) },
        ],
      },
      { ...call, followUps: ["basic", "contact", "concerns", "service_plan", "team", "consents", "fit"] },
    ]) {
      expect(quickVisibleAmongCall(body)).toStrictEqual(visibleAmongCallSchema.parse(body));
    }
  });
});
