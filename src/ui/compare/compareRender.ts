/**
 * Fills the compare view's form from the state: the variant list, the ensemble settings (a box the
 * user is typing in is left alone), which buttons apply, and the link notice.
 */
import { MAX_VARIANTS, type Comparison } from "../../ensemble/comparisonFile";
import type { ComparisonLinkStatus } from "../state/persistState";
import { MAX_ENCODED_COMPARISON } from "../state/comparisonAddress";
import { MAX_SERIES_ROWS } from "./ensembleResults";
import type { CompareForm } from "./compareForm";

/** What the buttons depend on besides the comparison. */
export interface EnsembleStatus {
  /** This view's ensemble is running on the pool. */
  running: boolean;
  /** The ensemble shown stopped short and can be continued. */
  unfinished: boolean;
  /** Complete runs per variant on screen. */
  done: number;
  /** The series CSV can be built in the page. */
  hasSeries: boolean;
  /** An ensemble is on screen. */
  shown: boolean;
}

export function renderCompareForm(form: CompareForm, comparison: Comparison, status: EnsembleStatus): void {
  form.empty.hidden = comparison.variants.length > 0;
  const posterior = comparison.posterior;
  form.posterior.hidden = !posterior;
  form.posteriorText.textContent = posterior
    ? `Over the posterior: run r of every variant sets ${posterior.paths.join(", ")} to draw r mod ${posterior.draws.length} of ${posterior.draws.length} posterior draws, so the spread includes what the calibration leaves uncertain and the variants stay paired run by run.${posterior.note ? ` ${posterior.note}` : ""}`
    : "";
  if (document.activeElement !== form.name) form.name.value = comparison.name;
  if (document.activeElement !== form.runs.input) form.runs.input.value = String(comparison.runs);
  if (document.activeElement !== form.seed.input) form.seed.input.value = String(comparison.masterSeed);
  form.crn.checked = comparison.commonRandomNumbers;
  form.runButton.disabled = status.running || comparison.variants.length === 0;
  form.cancelButton.disabled = !status.running;
  form.continueButton.hidden = status.running || !status.unfinished;
  form.pinButton.disabled = form.addShipped.disabled = comparison.variants.length >= MAX_VARIANTS;
  form.summaryButton.disabled = status.done === 0;
  form.seriesButton.disabled = status.done === 0 || !status.hasSeries;
  form.seriesButton.title = status.shown && !status.hasSeries ? `Too many rows to build in the page (over ${MAX_SERIES_ROWS.toLocaleString("en-US")}): download the comparison and run “defection compare comparison.json --out series.csv”.` : "";
  form.jsonButton.disabled = comparison.variants.length === 0;
}

export function renderLinkStatus(permalink: HTMLElement, status: ComparisonLinkStatus): void {
  permalink.classList.toggle("too-large", status.kind === "too-large");
  if (status.kind === "none") permalink.textContent = "";
  else if (status.kind === "link") permalink.textContent = "The address of this page now holds the comparison: copy it to share it.";
  else
    permalink.textContent = `This comparison is too large for a link (${status.length.toLocaleString("en-US")} characters encoded, limit ${MAX_ENCODED_COMPARISON.toLocaleString("en-US")}), so the address does not hold it: share the file from “Comparison (JSON)” instead.`;
}
