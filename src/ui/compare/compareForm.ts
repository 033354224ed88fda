/**
 * The "Compare variants" view's DOM, built once: the adders, the variant list's place, the ensemble
 * settings, the status bar, the table, the exports, the link notice and the charts' place. No
 * state and no behaviour: compareView.ts wires the events, compareRender.ts fills it in.
 */
import { MAX_ENSEMBLE_RUNS } from "../../ensemble/comparisonFile";
import { BATCH_DEFAULTS } from "../../batch/batchDefaults";
import { SHIPPED } from "../shippedScenarios";
import { fillScenarioOptions } from "../library/scenarioGroups";
import { appendElement as el } from "../appendElement";
import { numberInput, type NumberInput } from "../forms/numberInput";

/** The largest seed (one limit for the command line and the page, src/batch/batchDefaults.ts). */
export const MAX_SEED = BATCH_DEFAULTS.maxSeed;

export interface CompareForm {
  pinButton: HTMLButtonElement;
  shipped: HTMLSelectElement;
  addShipped: HTMLButtonElement;
  fileInput: HTMLInputElement;
  messagesRoot: HTMLElement;
  listRoot: HTMLOListElement;
  /** Says the runs draw parameters from a posterior, with a button to drop it. */
  posterior: HTMLElement;
  posteriorText: HTMLElement;
  dropPosterior: HTMLButtonElement;
  empty: HTMLElement;
  name: HTMLInputElement;
  runs: NumberInput;
  seed: NumberInput;
  crn: HTMLInputElement;
  showRuns: HTMLInputElement;
  runButton: HTMLButtonElement;
  cancelButton: HTMLButtonElement;
  continueButton: HTMLButtonElement;
  bar: HTMLProgressElement;
  statusText: HTMLElement;
  table: HTMLElement;
  seriesButton: HTMLButtonElement;
  summaryButton: HTMLButtonElement;
  jsonButton: HTMLButtonElement;
  permalink: HTMLElement;
  chartsRoot: HTMLElement;
}

/** Builds the view in `root`; `onRuns` and `onSeed` get valid committed values of those boxes. */
export function compareForm(root: HTMLElement, onRuns: (runs: number) => void, onSeed: (seed: number) => void): CompareForm {
  root.replaceChildren();
  const intro = el(root, "div", { class: "compare-intro" });
  el(intro, "h2", {}, "Compare variants");
  el(intro, "p", {}, "Pin the current settings as a variant, change the sliders, pin another (up to 8). Each variant is run many times from one master seed; with common random numbers run k of every variant draws the same random numbers, so differences come from the settings alone.");

  const adders = el(root, "div", { class: "compare-add" });
  const pinButton = el(adders, "button", { type: "button", id: "compare-pin" }, "Pin current settings");
  el(adders, "label", { for: "compare-shipped", class: "visually-hidden" }, "Shipped scenario to add as a variant");
  const shipped = el(adders, "select", { id: "compare-shipped" });
  fillScenarioOptions(shipped, SHIPPED);
  const addShipped = el(adders, "button", { type: "button", id: "compare-add-shipped" }, "Add scenario");
  el(adders, "label", { class: "button", for: "compare-file" }, "Load comparison or scenario…");
  const fileInput = el(adders, "input", { id: "compare-file", class: "visually-hidden", type: "file", accept: ".json,application/json" });

  const messagesRoot = el(root, "div", { id: "compare-messages", "aria-live": "polite" });
  const listRoot = el(root, "ol", { class: "variant-list", id: "variant-list", "aria-label": "Variants" });
  const posterior = el(root, "div", { class: "posterior-notice", id: "compare-posterior" });
  const posteriorText = el(posterior, "p", {});
  const dropPosterior = el(posterior, "button", { type: "button", id: "compare-drop-posterior" }, "Drop the posterior (one point again)");
  const empty = el(root, "p", { class: "empty-hint" }, "No variants yet. Set the scenario's controls (beside the results, or under them on a phone) and press “Pin current settings”, or add a shipped scenario.");

  const settings = el(root, "fieldset", { class: "ensemble-settings" });
  el(settings, "legend", {}, "Ensemble");
  const field = (id: string, label: string, attrs: Record<string, string>) => {
    const wrap = el(settings, "div", { class: "setting" });
    el(wrap, "label", { for: id }, label);
    const input = el(wrap, "input", { id, ...attrs });
    const error = el(wrap, "p", { class: "field-error", id: `${id}-error` });
    error.hidden = true;
    return { input, error };
  };
  const name = field("compare-name", "Comparison name", { type: "text", maxlength: "200" }).input;
  const runsField = field("compare-runs", "Runs per variant", { type: "number", min: "1", max: String(MAX_ENSEMBLE_RUNS), step: "1" });
  const seedField = field("compare-seed", "Master seed", { type: "number", min: "0", max: String(MAX_SEED), step: "1" });
  const runs = numberInput(runsField.input, runsField.error, { min: 1, max: MAX_ENSEMBLE_RUNS, integer: true }, onRuns);
  const seed = numberInput(seedField.input, seedField.error, { min: 0, max: MAX_SEED, integer: true }, onSeed);
  const check = (id: string, label: string) => {
    const wrap = el(settings, "label", { class: "check setting-check", for: id });
    const input = el(wrap, "input", { id, type: "checkbox" });
    wrap.append(` ${label}`);
    return input;
  };
  const crn = check("compare-crn", "Common random numbers");
  const showRuns = check("compare-show-runs", "Show 5 single runs faintly");

  const status = el(root, "div", { class: "run-status compare-status" });
  const runButton = el(status, "button", { type: "button", id: "compare-run", class: "primary" }, "Run ensemble");
  const cancelButton = el(status, "button", { type: "button", id: "compare-cancel" }, "Cancel");
  const continueButton = el(status, "button", { type: "button", id: "compare-continue", title: "Run the runs this ensemble still lacks, keeping those done" }, "Continue");
  continueButton.hidden = true;
  const bar = el(status, "progress", { "aria-label": "Ensemble progress", max: "1" });
  const statusText = el(status, "span", { class: "status-text", role: "status" }, "");

  const table = el(root, "section", { id: "compare-table", "aria-label": "Statistics per variant" });
  const exports = el(root, "div", { class: "exports", role: "group", "aria-label": "Download the comparison" });
  el(exports, "span", {}, "Download:");
  const seriesButton = el(exports, "button", { type: "button", id: "compare-download-series" }, "Series CSV (every run)");
  const summaryButton = el(exports, "button", { type: "button", id: "compare-download-summary" }, "Summary CSV");
  const jsonButton = el(exports, "button", { type: "button", id: "compare-download-json" }, "Comparison (JSON)");
  const permalink = el(root, "p", { class: "permalink-status", id: "compare-permalink" });
  const chartsRoot = el(root, "div", { id: "compare-charts", class: "charts" });
  return { pinButton, shipped, addShipped, fileInput, messagesRoot, listRoot, posterior, posteriorText, dropPosterior, empty, name, runs, seed, crn, showRuns, runButton, cancelButton, continueButton, bar, statusText, table, seriesButton, summaryButton, jsonButton, permalink, chartsRoot };
}
