import type { DomainEvent } from "./DomainEvent";
import { InProcessEventBus } from "./InProcessEventBus";

const event = (id: string): DomainEvent => ({
  id,
  type: "t",
  source: "s",
  aggregateType: "A",
  aggregateId: "1",
  occurredAt: new Date(0).toISOString(),
  actorId: "x",
  schemaVersion: 1,
  data: {},
});

async function settle(ms = 30): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

describe("the in-process event bus", () => {
  it("gives a group that subscribes late the events published before it", async () => {
    const bus = new InProcessEventBus();
    await bus.publish("s", [event("1"), event("2")]);
    const seen: string[] = [];
    await bus.subscribe({ stream: "s", group: "g", consumer: "c", handler: async (e) => void seen.push(e.id) });
    await bus.publish("s", [event("3")]);
    await settle();
    expect(seen).toEqual(["1", "2", "3"]);
  });

  it("delivers each event once per group, to every group", async () => {
    const bus = new InProcessEventBus();
    const a: string[] = [];
    const b: string[] = [];
    await bus.subscribe({ stream: "s", group: "a", consumer: "c", handler: async (e) => void a.push(e.id) });
    await bus.subscribe({ stream: "s", group: "b", consumer: "c", handler: async (e) => void b.push(e.id) });
    await bus.publish("s", [event("1")]);
    await bus.publish("s", [event("2")]);
    await settle();
    expect(a).toEqual(["1", "2"]);
    expect(b).toEqual(["1", "2"]);
  });

  it("retries a failed event, in order, before the ones after it", async () => {
    const bus = new InProcessEventBus();
    const seen: string[] = [];
    let failures = 1;
    await bus.subscribe({
      stream: "s",
      group: "g",
      consumer: "c",
      handler: async (e) => {
        if (e.id === "1" && failures-- > 0) throw new Error("not yet");
        seen.push(e.id);
      },
    });
    await bus.publish("s", [event("1"), event("2")]);
    await settle(700);
    expect(seen).toEqual(["1", "2"]);
  });
});
