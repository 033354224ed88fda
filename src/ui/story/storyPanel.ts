/**
 * Plays a scenario's story (src/scenario/story.ts): "Take the tour" under the scenario's
 * description, then a step's sentence with Back and Next (buttons, and the arrow keys inside the
 * panel) just above the charts. Each step
 * applies its settings on top of the scenario (through the lab, so they are validated and run as
 * any change is) and points at its chart. The step is the store's `story`, which persistState.ts
 * writes to the address; opening an address with a step shows that step's sentence and mark over
 * the settings the address holds, without applying the step's settings again.
 */
import type { ScenarioFile } from "../../scenario/index";
import type { Story } from "../../scenario/story";
import type { AppStore } from "../state/appState";
import { baseScenario, type Override } from "../state/labState";
import { appendElement as el } from "../appendElement";
import { clearStoryMarks, markStoryPoint } from "./storyMark";
import "./story.css";

export interface StoryPanelOptions {
  store: AppStore;
  /** Applies a step's settings to the lab (the scenario's own values plus these); false if they are not valid. */
  apply(overrides: Map<string, Override>): boolean;
  /** Days of the run on screen. */
  days(): number;
  /** The charts: a step's sentence goes just above them, next to what it points at. */
  charts: HTMLElement;
}

export function storyPanel(anchor: HTMLElement, options: StoryPanelOptions): void {
  const { store } = options;
  const root = document.createElement("section");
  root.id = "story";
  root.className = "story";
  root.setAttribute("aria-label", "Guided tour");
  anchor.insertAdjacentElement("afterend", root);
  const story = (): Story | undefined => (baseScenario(store.get().lab.source) as ScenarioFile).story;

  function go(step: number): void {
    const steps = story()?.steps ?? [];
    if (step > 0) {
      const settings = new Map(Object.entries(steps[step - 1].set));
      if (!options.apply(settings)) return;
    }
    store.set({ story: step });
  }

  function render(): void {
    const current = story();
    let step = store.get().story;
    if (!current || step > current.steps.length) {
      if (step !== 0) store.set({ story: 0 });
      step = 0;
    }
    // The buttons are made anew: the one that had the focus gets it back (Next when Back is gone).
    const focused = root.contains(document.activeElement) ? (document.activeElement as HTMLElement).id : null;
    const refocus = () => {
      const target = focused && document.getElementById(focused);
      if (!focused) return;
      if (target instanceof HTMLButtonElement && !target.disabled) target.focus();
      else (document.getElementById("story-next") ?? document.getElementById("story-start"))?.focus();
    };
    root.replaceChildren();
    root.hidden = !current;
    // The offer to take the tour sits with the scenario's description; a step sits above the
    // charts (under the sticky player), so that its sentence and its mark are seen together.
    const above = current !== undefined && step > 0;
    const moved = above !== (root.nextElementSibling === options.charts);
    if (above) options.charts.insertAdjacentElement("beforebegin", root);
    else anchor.insertAdjacentElement("afterend", root);
    if (!current) return clearStoryMarks();
    const n = current.steps.length;
    const title = current.title ?? "A guided tour";
    if (step === 0) {
      clearStoryMarks();
      const start = el(root, "button", { type: "button", id: "story-start" }, `Take the tour: ${title} (${n} steps)`);
      start.addEventListener("click", () => {
        go(1);
        document.getElementById("story-next")?.focus();
      });
      refocus();
      return;
    }
    el(root, "p", { class: "story-where" }, `${title} · step ${step} of ${n}`);
    el(root, "p", { class: "story-text", id: "story-text", "aria-live": "polite" }, current.steps[step - 1].text);
    const buttons = el(root, "div", { class: "story-buttons" });
    const back = el(buttons, "button", { type: "button", id: "story-back" }, "Back");
    back.disabled = step === 1;
    back.addEventListener("click", () => go(step - 1));
    const next = el(buttons, "button", { type: "button", id: "story-next", class: "primary" }, step === n ? "Finish" : "Next");
    next.addEventListener("click", () => (step === n ? go(0) : go(step + 1)));
    const leave = el(buttons, "button", { type: "button", id: "story-leave" }, "Leave the tour");
    leave.addEventListener("click", () => go(0));
    refocus();
    if (moved && above) root.scrollIntoView({ block: "start" });
    mark();
  }

  function mark(): void {
    const step = store.get().story;
    const current = story();
    if (!current || step === 0) return;
    markStoryPoint(current.steps[step - 1].point, options.days());
  }

  // The arrow keys step through the tour while the focus is in it (buttons keep their own keys).
  root.addEventListener("keydown", (event) => {
    const step = store.get().story;
    const n = story()?.steps.length ?? 0;
    if (step === 0) return;
    if (event.key === "ArrowRight" && step < n) go(step + 1);
    else if (event.key === "ArrowLeft" && step > 1) go(step - 1);
    else return;
    event.preventDefault();
    document.getElementById("story-next")?.focus();
  });

  store.subscribe((state, previous) => {
    // Another scenario ends the tour.
    if (state.story !== 0 && baseScenario(state.lab.source) !== baseScenario(previous.lab.source)) return store.set({ story: 0 });
    if (state.story !== previous.story || state.lab.source !== previous.lab.source) render();
  });
  // Charts are redrawn after each run, on each played day, on a view option and when the window is
  // resized: the mark goes with them, so it is drawn again.
  document.addEventListener("lab:charts-drawn", () => mark());
  render();
}
