/** The dashboard's charts, in display order: the curve and the army first, the pictures people remember. */
import type { Chart } from "./chartData";
import { cascadeChart } from "./cascadeChart";
import { dailyChart } from "./dailyChart";
import { awarenessChart } from "./awarenessChart";
import { thresholdHistogram } from "./thresholdHistogram";
import { bandwagonChart } from "./bandwagonChart";
import { armyGrid } from "./armyGrid";

export type { Chart, ChartData } from "./chartData";
export { chartToPng, chartToSvg } from "./exportChart";

export const CHARTS: Chart[] = [cascadeChart, armyGrid, dailyChart, bandwagonChart, awarenessChart, thresholdHistogram];

export { cascadeChart, dailyChart, awarenessChart, thresholdHistogram, bandwagonChart, armyGrid };
