// @vitest-environment jsdom
/**
 * A control's number box: it changes the lab only when the user is done typing (Enter, or leaving
 * the box), with the whole value; an invalid value is reported and never changes anything.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../src/scenario/index";
import { controlField } from "../../../src/ui/lab/controlField";
import { controlsFor } from "../../../src/ui/lab/controlSpecs";

const scenario = loadScenario(readFileSync(join(import.meta.dirname, "../../../scenarios/asylum-offer-deadline.json"), "utf8"));

function armySize() {
  const spec = [...controlsFor(scenario).main].find((s) => s.path === "army.size")!;
  const changes: unknown[] = [];
  const problems: string[] = [];
  const field = controlField(spec, scenario, { change: (_path, value) => changes.push(value), invalid: (_path, message) => problems.push(message), reset: () => undefined });
  document.body.replaceChildren(field.element);
  const box = field.element.querySelector<HTMLInputElement>("input[type=number]")!;
  return { box, changes, problems };
}

const type = (box: HTMLInputElement, text: string) => {
  for (let k = 1; k <= text.length; k++) {
    box.value = text.slice(0, k);
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }
};
const enter = (box: HTMLInputElement) => box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));

describe("controlField's number box", () => {
  it("typing 1e99 runs nothing, not even the prefix 1; Enter reports it as not allowed", () => {
    const { box, changes, problems } = armySize();
    type(box, "1e99");
    expect(changes).toEqual([]);
    expect(problems).toEqual([]);
    enter(box);
    expect(changes).toEqual([]);
    expect(problems).toEqual(["Army size: 1e+99 is not allowed: expected a whole number from 1 to 10,000,000 (soldiers)"]);
  });
  it("3.7 is refused whole, never run as 3; 3000 runs on leaving the box", () => {
    const { box, changes, problems } = armySize();
    type(box, "3.7");
    box.dispatchEvent(new Event("change", { bubbles: true }));
    expect(changes).toEqual([]);
    expect(problems).toEqual([expect.stringMatching(/^Army size: 3\.7 is not allowed/)]);
    type(box, "3000");
    box.dispatchEvent(new Event("change", { bubbles: true }));
    expect(changes).toEqual([3000]);
  });

  it("a changed value is marked, and its Reset button asks for the scenario's value; a slider's moves are live", () => {
    const spec = [...controlsFor(scenario).main].find((s) => s.path === "offer.attractiveness")!;
    const resets: string[] = [];
    const changes: [unknown, unknown][] = [];
    const field = controlField(spec, scenario, { change: (_path, value, live) => changes.push([value, live]), invalid: () => undefined, reset: (path) => resets.push(path) });
    document.body.replaceChildren(field.element);
    const reset = field.element.querySelector<HTMLButtonElement>("button.reset-one")!;
    field.show(0.1, undefined, false);
    expect(field.element.classList.contains("changed")).toBe(false);
    expect(reset.hidden).toBe(true);
    field.show(0.3, undefined, true);
    expect(field.element.classList.contains("changed")).toBe(true);
    expect(field.element.querySelector("label")!.textContent).toContain("changed");
    expect(reset.hidden).toBe(false);
    reset.click();
    expect(resets).toEqual(["offer.attractiveness"]);
    const slider = field.element.querySelector<HTMLInputElement>("input[type=range]")!;
    slider.value = "0.25";
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    expect(changes).toEqual([[0.25, true]]);
  });

  it("a greyed control's reason is a text its inputs point to (aria-describedby), not only a tooltip; it goes when the control comes back", () => {
    const fieldOf = (path: string) => {
      const spec = [...controlsFor(scenario).main, ...controlsFor(scenario).more].find((s) => s.path === path)!;
      const field = controlField(spec, scenario, { change: () => undefined, invalid: () => undefined, reset: () => undefined });
      document.body.replaceChildren(field.element);
      return field;
    };
    const describedBy = (input: Element) => (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? `missing #${id}`);
    const reason = "Only used while the offer has a deadline";

    const numeric = fieldOf("offer.attractiveness");
    const slider = numeric.element.querySelector<HTMLInputElement>("input[type=range]")!;
    const box = numeric.element.querySelector<HTMLInputElement>("input[type=number]")!;
    numeric.show(0.1, reason);
    expect(slider.disabled).toBe(true);
    for (const input of [slider, box]) {
      expect(describedBy(input)).toContain(reason);
      expect(describedBy(input).some((text) => text.includes(" to "))).toBe(true); // the range is still described
    }
    numeric.show(undefined);
    expect(describedBy(slider).join(" ")).toMatch(/Not used by this scenario/);
    numeric.show(0.1);
    expect(slider.disabled).toBe(false);
    expect(describedBy(slider).join(" ")).not.toContain(reason);
    expect(describedBy(slider).join(" ")).not.toMatch(/Not used/);
    expect(describedBy(slider)).toHaveLength(2);

    const select = fieldOf("observation.local");
    const input = select.element.querySelector("select")!;
    const option = input.options[0].value;
    select.show(option, reason);
    expect(input.disabled).toBe(true);
    expect(describedBy(input)).toEqual([reason]);
    select.show(option);
    expect(input.hasAttribute("aria-describedby")).toBe(false);
  });
});
