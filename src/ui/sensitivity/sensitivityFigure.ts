/**
 * The sensitivity analysis's figure on the page: its title, a choice of the output shown, the
 * sentence naming the levers that matter, the ranked bars (charts/sensitivity/indicesChart.ts),
 * their text alternative and the exports (indices and points CSVs, the spec for the command line,
 * SVG and PNG); drawn from what is done.
 */
import type { OutputAnalysis } from "../../sensitivity/sensitivityAnalysis";
import type { SensitivityOutput } from "../../sensitivity/sensitivityOutputs";
import type { SensitivitySpec } from "../../sensitivity/sensitivitySpec";
import { renderIndicesChart } from "../charts/sensitivity/indicesChart";
import { appendElement as el } from "../appendElement";
import { OUTPUT_LABELS } from "./sensitivityForm";
import { leverSentence } from "./leverSentence";

export interface SensitivityFigure {
  body: HTMLElement;
  indicesButton: HTMLButtonElement;
  pointsButton: HTMLButtonElement;
  specButton: HTMLButtonElement;
  svgButton: HTMLButtonElement;
  pngButton: HTMLButtonElement;
  /** Draws the analyses (null: too few complete units yet); `note` says how much is done. */
  draw(spec: SensitivitySpec, analyses: readonly OutputAnalysis[] | null, note: string, labels: ReadonlyMap<string, string>, onPick: (path: string) => void): void;
  clear(): void;
}

export function sensitivityFigure(root: HTMLElement, onOutput: () => void): SensitivityFigure {
  const figure = el(root, "section", { class: "chart sensitivity-chart", id: "levers-chart", "aria-labelledby": "levers-chart-title" });
  const title = el(figure, "h3", { id: "levers-chart-title" }, "Which levers matter");
  const pick = el(figure, "div", { class: "sweep-axis" });
  el(pick, "label", { for: "levers-shown" }, "Output shown");
  const shown = el(pick, "select", { id: "levers-shown" });
  shown.addEventListener("change", onOutput);
  const sentence = el(figure, "p", { class: "levers-sentence", id: "levers-sentence", "aria-live": "polite" });
  const body = el(figure, "div", { class: "chart-body", id: "levers-chart-body" });
  const alt = el(figure, "p", { class: "chart-alt", id: "levers-chart-alt" });
  const exports = el(figure, "div", { class: "chart-exports" });
  const indicesButton = el(exports, "button", { type: "button", id: "levers-download-indices" }, "Indices CSV");
  const pointsButton = el(exports, "button", { type: "button", id: "levers-download-points" }, "Points CSV");
  const specButton = el(exports, "button", { type: "button", id: "levers-download-spec" }, "Spec JSON");
  const svgButton = el(exports, "button", { type: "button", id: "levers-download-svg", "aria-label": "SVG: levers chart" }, "SVG");
  const pngButton = el(exports, "button", { type: "button", id: "levers-download-png", "aria-label": "PNG: levers chart" }, "PNG");
  figure.hidden = true;
  return {
    body,
    indicesButton,
    pointsButton,
    specButton,
    svgButton,
    pngButton,
    draw(spec, analyses, note, labels, onPick) {
      figure.hidden = false;
      const options = spec.outputs.map((o) => o as string);
      if ([...shown.options].map((o) => o.value).join() !== options.join()) {
        const before = shown.value;
        shown.replaceChildren(...spec.outputs.map((o) => new Option(OUTPUT_LABELS[o], o)));
        if (options.includes(before)) shown.value = before;
      }
      const output = shown.value as SensitivityOutput;
      const method = spec.method === "sobol" ? "Sobol indices" : "Morris screening";
      title.textContent = `Which levers matter: ${OUTPUT_LABELS[output].toLowerCase()} (${method}, ${spec.name})`;
      const analysis = analyses?.find((a) => a.output === output);
      if (!analysis) {
        body.replaceChildren();
        sentence.textContent = note;
        alt.textContent = note;
        return;
      }
      const label = (path: string) => labels.get(path) ?? path;
      sentence.textContent = `${note ? `${note} ` : ""}${leverSentence(spec.method, analysis, OUTPUT_LABELS[output], label)}`;
      renderIndicesChart(body, { title: title.textContent, method: spec.method, analysis, outputLabel: OUTPUT_LABELS[output], labels, onPick });
      alt.textContent = body.querySelector("desc")?.textContent ?? "";
    },
    clear() {
      body.replaceChildren();
      sentence.textContent = "";
    },
  };
}
