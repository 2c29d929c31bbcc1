import { ErrorCode } from "../errors";
import { replayById } from "./replayById";

interface Ctx {
  rows: Map<string, { id: string; clientId: string }>;
  readable: Set<string>;
}

const replay = replayById<Ctx, { id: string; clientId: string }>(
  "Guardianship",
  async (id, ctx) => ctx.rows.get(id),
  (record, ctx) => {
    if (!ctx.readable.has(record.clientId)) throw new Error(`may not read ${record.clientId}`);
  },
);
const ctx = (readable: string[] = ["c-1"]): Ctx => ({
  rows: new Map([["g-1", { id: "g-1", clientId: "c-1" }]]),
  readable: new Set(readable),
});

describe("replayById", () => {
  it("stores the result's id and answers a retry with the record loaded again", async () => {
    expect(replay.idsOf({ id: "g-1", clientId: "c-1" })).toEqual(["g-1"]);
    await expect(replay.replay(["g-1"], ctx())).resolves.toEqual({ id: "g-1", clientId: "c-1" });
  });

  it("answers NOT_FOUND naming the record when it is gone since", async () => {
    await expect(replay.replay(["g-2"], ctx())).rejects.toMatchObject({
      message: expect.stringContaining("Guardianship"),
      extensions: expect.objectContaining({ code: ErrorCode.NotFound }),
    });
  });

  it("answers a record gone since with whenGone, for a client's record the refusal a hidden one gets", async () => {
    const refusal = new Error("refused as a hidden record");
    const asHidden = replayById<Ctx, { id: string; clientId: string }>(
      "Guardianship",
      async (id, c) => c.rows.get(id),
      undefined,
      () => Promise.reject(refusal),
    );
    await expect(asHidden.replay(["g-2"], ctx())).rejects.toBe(refusal);
    await expect(asHidden.replay(["g-1"], ctx())).resolves.toEqual({ id: "g-1", clientId: "c-1" });
  });

  it("checks again that the viewer may read it, as a query would", async () => {
    await expect(replay.replay(["g-1"], ctx([]))).rejects.toThrow("may not read c-1");
  });
});
