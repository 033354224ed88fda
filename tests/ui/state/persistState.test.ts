import { describe, expect, it } from "vitest";
import { createAppState } from "../../../src/ui/state/appState";
import { persistState, type ComparisonLinkStatus } from "../../../src/ui/state/persistState";
import { SAVED_LAB_KEY, restoreLab } from "../../../src/ui/state/savedState";
import { decodeState } from "../../../src/ui/state/labAddress";
import { EMPTY_COMPARISON, addVariant } from "../../../src/ui/compare/comparisonState";
import { SHIPPED } from "../../../src/ui/shippedScenarios";
import { MAX_ENCODED_COMPARISON } from "../../../src/ui/state/comparisonAddress";
import { memoryStorage } from "../memoryStorage";

function setUp() {
  const store = createAppState();
  const storage = memoryStorage();
  const addresses: string[] = [];
  const links: ComparisonLinkStatus[] = [];
  const persistence = persistState(store, { storage, replaceSearch: (s) => addresses.push(s), onComparisonLink: (l) => links.push(l), onWarning: () => {} });
  return { store, storage, addresses, links, persistence };
}

describe("persistState, the one writer of the address and local storage", () => {
  it("says when a loaded scenario cannot be kept in local storage (a reload would lose it), once per change of the lab", () => {
    const store = createAppState();
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException("quota exceeded", "QuotaExceededError");
    };
    const warnings: string[] = [];
    persistState(store, { storage: full, replaceSearch: () => {}, onComparisonLink: () => {}, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]); // a shipped scenario comes back from the address alone
    store.set({ lab: { source: { kind: "file", name: "army", scenario: SHIPPED.get("watts-2002")! }, overrides: new Map() } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("army is not kept in this browser");
    store.set({ sweep: { runs: "7" } });
    expect(warnings).toHaveLength(1);
  });
  it("writes the address and the saved copy on every change of the store", () => {
    const { store, storage, addresses } = setUp();
    expect(addresses).toEqual(["?scenario=asylum-offer-deadline"]);
    store.set({ lab: decodeState("?scenario=watts-2002&seed=4").state, sweep: { runs: "7" } });
    expect(addresses[1]).toMatch(/^\?scenario=watts-2002&seed=4&sweep=[\w-]+$/);
    expect(JSON.parse(storage.getItem(SAVED_LAB_KEY)!)).toEqual({ version: 1, search: addresses[1], comparison: null });
  });
  it("puts the comparison in the address once encoded, and what it saved restores the same state", async () => {
    const { store, storage, addresses, links, persistence } = setUp();
    const comparison = addVariant(EMPTY_COMPARISON, { name: "a", hidden: false, scenario: SHIPPED.get("watts-2002")! });
    store.set({ comparison, tipping: { level: "0.7" } });
    await persistence.flush();
    expect(links).toEqual([{ kind: "link", length: expect.any(Number) }]);
    expect(addresses.at(-1)).toMatch(/&tipping=[\w-]+&compare=[\w-]+$/);
    const restored = await restoreLab(storage);
    expect(restored).toEqual({ kind: "restored", state: { lab: store.get().lab, tipping: { level: "0.7" } }, comparison });
  });
  it("leaves a comparison too long for a link out of the address and saves its file's text", async () => {
    const { store, storage, addresses, links, persistence } = setUp();
    let comparison = EMPTY_COMPARISON;
    // Eight variants of different scenarios with long, incompressible names.
    const ids = [...SHIPPED.keys()].slice(0, 8);
    ids.forEach((id, k) => (comparison = addVariant(comparison, { name: `${k}-${Buffer.from(String(Math.sin(k + 1) * 1e17).repeat(12)).toString("base64")}`.slice(0, 190), hidden: false, scenario: SHIPPED.get(id)! })));
    store.set({ comparison });
    await persistence.flush();
    expect(links.at(-1)!.kind).toBe("too-large");
    expect((links.at(-1) as { length: number }).length).toBeGreaterThan(MAX_ENCODED_COMPARISON);
    expect(addresses.at(-1)).not.toContain("compare=");
    const saved = JSON.parse(storage.getItem(SAVED_LAB_KEY)!);
    expect(saved.comparison).toContain('"kind": "comparison"');
    expect(await restoreLab(storage)).toMatchObject({ kind: "restored", comparison });
  });
});
