// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { createAppState } from "../../../src/ui/state/appState";
import { elementField, formSettings } from "../../../src/ui/forms/formSettings";

function form() {
  const select = document.createElement("select");
  select.append(new Option("a", "a"), new Option("b", "b"));
  const from = document.createElement("input");
  const runs = document.createElement("input");
  runs.value = "20";
  return { select, from, runs, fields: { path: elementField(select), from: elementField(from), runs: elementField(runs) } };
}

describe("formSettings", () => {
  it("records only the fields the user changed; a change that overwrites others lets them follow again", () => {
    const store = createAppState();
    const f = form();
    const settings = formSettings(store, "sweep", f.fields);
    f.from.value = "0.3";
    settings.edited("from");
    expect(store.get().sweep).toEqual({ from: "0.3" });
    f.select.value = "b";
    f.from.value = "0"; // the new parameter's range, filled by the form
    settings.edited("path", ["from"]);
    expect(store.get().sweep).toEqual({ path: "b" });
  });
  it("writes settings from the store into the fields, a select only to a value it offers", () => {
    const store = createAppState({ tipping: { path: "b", from: "0.25", runs: "15" } });
    const f = form();
    formSettings(store, "tipping", f.fields).apply();
    expect([f.select.value, f.from.value, f.runs.value]).toEqual(["b", "0.25", "15"]);
    store.set({ tipping: { path: "nope", runs: "9" } });
    expect([f.select.value, f.runs.value]).toEqual(["b", "9"]);
  });
});

describe("formSettings.forget", () => {
  it("drops the user's values of the named fields from the store, so they follow the page again", () => {
    const store = createAppState({ calibration: { from: "0.3", runs: "7" } });
    const f = form();
    const settings = formSettings(store, "calibration", f.fields);
    settings.apply();
    settings.forget(["from"]);
    expect(store.get().calibration).toEqual({ runs: "7" });
    const before = store.get().calibration;
    settings.forget(["path"]); // never edited: nothing changes
    expect(store.get().calibration).toBe(before);
  });
});
