/**
 * The comparison's files: "Load comparison or scenario…" (a comparison file replaces the
 * comparison and runs it, a scenario file is added as a variant) and the downloads (the runs as
 * the command line's series and summary CSVs, the comparison as a file `defection compare` runs).
 */
import { InputError, loadScenario, parseJson } from "../../scenario/index";
import { isComparisonObject, type Comparison } from "../../ensemble/comparisonFile";
import { issueLines, type MessageArea } from "../messageArea";
import { download, downloadText } from "../download";
import { uploadRefusal } from "../uploadLimit";
import { comparisonFileText, readComparisonText } from "./comparisonFileText";
import type { CompareForm } from "./compareForm";
import type { CompareController } from "./compareController";

export interface CompareFilesOptions {
  form: CompareForm;
  controller: CompareController;
  messages: MessageArea;
  comparison(): Comparison;
  /** The download's file name without extension. */
  fileStem(): string;
}

export function wireCompareFiles({ form, controller, messages, comparison, fileStem }: CompareFilesOptions): void {
  form.fileInput.addEventListener("change", async () => {
    const file = form.fileInput.files?.[0];
    form.fileInput.value = "";
    if (!file) return;
    const tooLarge = uploadRefusal(file.name, file.size);
    if (tooLarge) return messages.show("error", tooLarge);
    const label = file.name.replace(/\.json$/i, "").slice(0, 100) || "loaded";
    try {
      const text = await file.text();
      if (isComparisonObject(parseJson(text, "file"))) controller.load(readComparisonText(text), `Loaded ${file.name}`, "run");
      else controller.add(loadScenario(text), label);
    } catch (error) {
      messages.show("error", `${file.name} was not loaded (nothing was changed):`, error instanceof InputError ? issueLines(error.issues) : [(error as Error).message]);
    }
  });

  const names = () => comparison().variants.map((v) => v.name);
  form.seriesButton.addEventListener("click", () => {
    const shown = controller.ensemble;
    if (!shown) return;
    try {
      download(new Blob(shown.results.seriesCsvParts(names()), { type: "text/csv" }), `${fileStem()}-series.csv`);
    } catch (error) {
      messages.show("error", (error as Error).message);
    }
  });
  form.summaryButton.addEventListener("click", () => {
    const shown = controller.ensemble;
    if (shown) downloadText(shown.results.summaryCsv(names()), `${fileStem()}-summary.csv`, "text/csv");
  });
  form.jsonButton.addEventListener("click", () => downloadText(comparisonFileText(comparison()), `${fileStem()}.json`, "application/json"));
}
