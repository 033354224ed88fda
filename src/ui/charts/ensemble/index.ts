/** The charts of a comparison, in display order. */
import type { EnsembleChart } from "./ensembleChart";
import { ensembleCurves } from "./ensembleCurves";
import { finalShareChart } from "./finalShareChart";
import { cascadeProbabilityChart } from "./cascadeProbabilityChart";
import { pairedDifferenceChart } from "./pairedDifferenceChart";
import { dailyDifferenceChart } from "./dailyDifferenceChart";

export type { EnsembleChart, EnsembleChartOptions } from "./ensembleChart";

export const ENSEMBLE_CHARTS: EnsembleChart[] = [ensembleCurves, dailyDifferenceChart, pairedDifferenceChart, cascadeProbabilityChart, finalShareChart];

export { ensembleCurves, dailyDifferenceChart, finalShareChart, cascadeProbabilityChart, pairedDifferenceChart };
