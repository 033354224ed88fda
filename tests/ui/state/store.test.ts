import { describe, expect, it } from "vitest";
import { createStore } from "../../../src/ui/state/store";

describe("createStore", () => {
  it("set replaces the parts given and tells each listener the new and the previous state", () => {
    const store = createStore({ a: 1, b: "x" });
    const seen: [unknown, unknown][] = [];
    store.subscribe((state, previous) => seen.push([state, previous]));
    const before = store.get();
    store.set({ a: 2 });
    expect(store.get()).toEqual({ a: 2, b: "x" });
    expect(seen).toEqual([[{ a: 2, b: "x" }, { a: 1, b: "x" }]]);
    expect(before).toEqual({ a: 1, b: "x" }); // never mutated
  });
  it("a patch that changes nothing notifies no one", () => {
    const part = { deep: true };
    const store = createStore({ part, n: 0 });
    let calls = 0;
    store.subscribe(() => calls++);
    store.set({ part, n: 0 });
    store.set({});
    expect(calls).toBe(0);
  });
  it("unsubscribing stops the notices, and a listener may set the store again", () => {
    const store = createStore({ n: 0, doubled: 0 });
    const stop = store.subscribe((state) => store.set({ doubled: state.n * 2 }));
    store.set({ n: 3 });
    expect(store.get().doubled).toBe(6);
    stop();
    store.set({ n: 4 });
    expect(store.get().doubled).toBe(6);
  });
});
