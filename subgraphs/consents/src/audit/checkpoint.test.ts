import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCheckpoint, signCheckpoint, wholeWalkDue, writeCheckpointForward } from "./checkpoint";

const key = "checkpoint-test-key-0123456789abcdef";
const at = "2026-12-07T01:00:00.000Z";
const head = (seq: string, entries: number) => signCheckpoint({ seq, hash: `h${seq}`, entries, at }, key);

describe("the access log's checkpoint file", () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "silta-checkpoint-"));
    file = join(dir, "checkpoint.json");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("is written when there is none, and read back with its signature checked", () => {
    expect(readCheckpoint(file, key)).toBeNull();
    expect(writeCheckpointForward(file, head("7", 70), key)).toEqual(head("7", 70));
    expect(readCheckpoint(file, key)).toEqual(head("7", 70));
  });

  it("moves forward to a later seal, and never back to an earlier one written by a slower run", () => {
    writeCheckpointForward(file, head("9", 90), key);
    expect(writeCheckpointForward(file, head("12", 120), key)).toEqual(head("12", 120));
    // A whole walk that began before the hourly runs moved the file to seal 12 ends at seal 10.
    expect(writeCheckpointForward(file, head("10", 100), key)).toEqual(head("12", 120));
    expect(readCheckpoint(file, key)).toEqual(head("12", 120));
    // Seals compare as numbers, not text ("100" is after "12").
    expect(writeCheckpointForward(file, head("100", 1000), key)).toEqual(head("100", 1000));
  });

  it("is not overwritten when it no longer carries a valid signature", () => {
    writeCheckpointForward(file, head("5", 50), key);
    const edited = { ...JSON.parse(readFileSync(file, "utf8")), seq: "4" };
    writeFileSync(file, JSON.stringify(edited));
    expect(() => writeCheckpointForward(file, head("6", 60), key)).toThrow(/does not carry a valid signature/);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(edited);
  });

  it("keeps when the last whole walk began, under its signature, and still reads a file written before it was kept", () => {
    const withWhole = signCheckpoint({ seq: "3", hash: "h3", entries: 30, at, wholeAt: "2026-12-01T00:00:00.000Z" }, key);
    writeCheckpointForward(file, withWhole, key);
    expect(readCheckpoint(file, key)).toEqual(withWhole);
    const { wholeAt: _removed, ...stripped } = withWhole;
    writeFileSync(file, JSON.stringify(stripped));
    expect(() => readCheckpoint(file, key)).toThrow(/does not carry a valid signature/);
    writeFileSync(file, JSON.stringify(head("3", 30)));
    expect(readCheckpoint(file, key)).toEqual(head("3", 30));
  });

  it("keeps where the walk of the whole log in slices stands under its signature, and refuses a malformed one", () => {
    const walk = {
      began: "2026-12-06T00:17:00.000Z",
      seq: "2",
      hash: "h2",
      entries: 20,
      retired: 0,
      retiredEnd: null,
      inRetiredStretch: false,
    };
    const withWalk = signCheckpoint({ seq: "3", hash: "h3", entries: 30, at, walk }, key);
    writeCheckpointForward(file, withWalk, key);
    expect(readCheckpoint(file, key)).toEqual(withWalk);
    // Moved back, the next slice would walk again what was walked; moved on, it would skip seals unwalked.
    for (const edit of [{ seq: "1" }, { seq: "3" }, { entries: 21 }, { inRetiredStretch: true }, { retiredEnd: at }]) {
      writeFileSync(file, JSON.stringify({ ...withWalk, walk: { ...walk, ...edit } }));
      expect(() => readCheckpoint(file, key)).toThrow(/does not carry a valid signature/);
    }
    const { walk: _removed, ...stripped } = withWalk;
    writeFileSync(file, JSON.stringify(stripped));
    expect(() => readCheckpoint(file, key)).toThrow(/does not carry a valid signature/);
    writeFileSync(file, JSON.stringify({ ...withWalk, walk: { ...walk, seq: 2 } }));
    expect(() => readCheckpoint(file, key)).toThrow(`checkpoint ${file} is not a checkpoint file: walk.seq is not a seal number`);
    writeFileSync(file, JSON.stringify({ ...withWalk, walk: { ...walk, retiredEnd: "soon" } }));
    expect(() => readCheckpoint(file, key)).toThrow("walk.retiredEnd is neither a time nor null");
  });

  it("makes a whole walk due with no checkpoint, none known, or the last one that many days ago", () => {
    const now = new Date("2026-12-08T00:00:00.000Z");
    const since = (wholeAt: string) => ({ seq: "3", hash: "h3", entries: 30, at, wholeAt });
    expect(wholeWalkDue(null, 7, now)).toBe(true);
    expect(wholeWalkDue(head("3", 30), 7, now)).toBe(true);
    expect(wholeWalkDue(since("2026-12-01T00:00:00.001Z"), 7, now)).toBe(false);
    expect(wholeWalkDue(since("2026-12-01T00:00:00.000Z"), 7, now)).toBe(true);
    expect(wholeWalkDue(since("2026-12-07T12:00:00.000Z"), 1, now)).toBe(false);
  });
});
