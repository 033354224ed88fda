/** The dashboard's charts, in display order. */
import type { Chart } from "./chartData";
import { cascadeChart } from "./cascadeChart";
import { dailyChart } from "./dailyChart";
import { awarenessChart } from "./awarenessChart";
import { thresholdHistogram } from "./thresholdHistogram";
import { bandwagonChart } from "./bandwagonChart";
import { armyGrid } from "./armyGrid";

export type { Chart, ChartData } from "./chartData";
export { chartToPng, chartToSvg } from "./exportChart";

export const CHARTS: Chart[] = [cascadeChart, dailyChart, awarenessChart, thresholdHistogram, bandwagonChart, armyGrid];

export { cascadeChart, dailyChart, awarenessChart, thresholdHistogram, bandwagonChart, armyGrid };
