import { clientMerged } from "@silta/events";
import type { Logger } from "../log";
import type { DomainEvent } from "./DomainEvent";
import { streamOf } from "./EventBus";
import { InProcessEventBus } from "./InProcessEventBus";
import { contractHandler, subscribeGroup } from "./subscribeGroup";

const clientId = "7c3e8f5a-1d2b-4c6e-9f0a-2b3c4d5e6f70";
const mergedClientId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const event = (id: string, type: string, data: Record<string, unknown>): DomainEvent => ({
  id,
  type,
  source: "clients",
  aggregateType: "Client",
  aggregateId: clientId,
  occurredAt: new Date(0).toISOString(),
  actorId: "x",
  schemaVersion: 1,
  data,
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

function recordingLog() {
  const warnings: unknown[] = [];
  const log = { warn: (fields: unknown) => void warnings.push(fields), debug: () => undefined } as unknown as Logger;
  return { log, warnings };
}

describe("contractHandler", () => {
  it("hands the parsed data of its contracts to apply, skips malformed data with a warning, and leaves other types alone", async () => {
    const applied: unknown[] = [];
    const { log, warnings } = recordingLog();
    const handle = contractHandler([clientMerged], log, "client merge", async (_, data) => void applied.push(data));
    await handle(event("1", "client.merged", { clientId, mergedClientId }));
    await handle(event("2", "client.merged", { clientId }));
    await handle(event("3", "client.created", { clientId }));
    expect(applied).toEqual([{ clientId, mergedClientId }]);
    expect(warnings).toEqual([expect.objectContaining({ eventId: "2" })]);
  });

  it("lets a failure of apply through, so the bus offers the event again", async () => {
    const handle = contractHandler([clientMerged], recordingLog().log, "client merge", () => Promise.reject(new Error("down")));
    await expect(handle(event("1", "client.merged", { clientId, mergedClientId }))).rejects.toThrow("down");
  });
});

describe("subscribeGroup", () => {
  it("subscribes the group to every source's stream, and stops them all at once", async () => {
    const bus = new InProcessEventBus();
    const seen: string[] = [];
    const subscription = await subscribeGroup(bus, {
      sources: ["clients", "teams"],
      group: "g",
      handler: async (e) => void seen.push(e.id),
    });
    await bus.publish(streamOf("clients"), [event("1", "t", {})]);
    await bus.publish(streamOf("teams"), [event("2", "t", {})]);
    await settle();
    expect(seen.sort()).toEqual(["1", "2"]);
    await subscription.stop();
    await bus.publish(streamOf("clients"), [event("3", "t", {})]);
    await settle();
    expect(seen.sort()).toEqual(["1", "2"]);
  });
});
