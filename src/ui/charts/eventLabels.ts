/**
 * Where the scheduled events' labels go on a chart over days, as pure data. Each event's rule
 * carries its name ("mobilisation") when the names fit in MAX_ROWS rows; when they would not (five
 * mobilisations on a phone stacked into three rows, chieu-hoi's dozen events into four), each rule
 * carries a one-letter tag instead ("M") and the chart's legend names the tags, so the picture keeps
 * what every rule is without a stack of labels over the curve. A label near the plot's right end
 * goes to the left of its rule; rows are given by where the label is drawn, whichever side.
 */
import type { ScaleLinear } from "d3";
import type { ScheduledEvent } from "../../model/params";
import type { ModelParams } from "../../model/params";
import { COLOURS } from "./palette";
import { eventMarks, type EventMark } from "./timeline";
import { textWidth } from "./textLayout";
import type { LegendEntry } from "./legend";

export const EVENT_FONT = 11;
/** Most rows of names before the rules get tags instead. */
export const MAX_ROWS = 2;
/** Gap between a rule and its label. */
const OFFSET = 3;
/** Least space between two labels in one row. */
const PAD = 4;

/** A letter per kind of event (distinct, so the legend can name them). */
export const EVENT_TAGS: Record<ScheduledEvent["kind"], string> = { setback: "S", mobilisation: "M", leaflets: "L", extend: "E", combat: "C" };

export interface PlacedLabel {
  mark: EventMark;
  text: string;
  /** "end": drawn to the left of the rule (near the plot's right end). */
  anchor: "start" | "end";
  /** Left and right edge of the text, in plot coordinates. */
  left: number;
  right: number;
  row: number;
}

export interface EventLabelLayout {
  labels: PlacedLabel[];
  /** Tags instead of names. */
  tagged: boolean;
  rows: number;
}

/** Lays out `texts` (one per mark) beside their rules, each in the first row where it clears the labels before it. */
function place(marks: EventMark[], texts: string[], x: ScaleLinear<number, number>): PlacedLabel[] {
  const end = Math.max(...x.range());
  const labels = marks.map((mark, i) => {
    const at = x(mark.day);
    const width = textWidth(texts[i], EVENT_FONT);
    const anchor: "start" | "end" = at + OFFSET + width > end ? "end" : "start";
    const left = anchor === "start" ? at + OFFSET : at - OFFSET - width;
    return { mark, text: texts[i], anchor, left, right: left + width, row: 0 };
  });
  const rowEnds: number[] = [];
  for (const label of [...labels].sort((a, b) => a.left - b.left)) {
    let row = rowEnds.findIndex((rowEnd) => rowEnd + PAD <= label.left);
    if (row < 0) row = rowEnds.push(-Infinity) - 1;
    rowEnds[row] = label.right;
    label.row = row;
  }
  return labels;
}

/** The labels of `marks` on `x`: names when they fit in MAX_ROWS rows, tags otherwise. */
export function eventLabelLayout(marks: EventMark[], x: ScaleLinear<number, number>): EventLabelLayout {
  const rowsOf = (labels: PlacedLabel[]) => labels.reduce((most, l) => Math.max(most, l.row + 1), 0);
  const named = place(
    marks,
    marks.map((m) => m.label),
    x,
  );
  if (rowsOf(named) <= MAX_ROWS) return { labels: named, tagged: false, rows: rowsOf(named) };
  const tagged = place(
    marks,
    marks.map((m) => EVENT_TAGS[m.kind]),
    x,
  );
  return { labels: tagged, tagged: true, rows: rowsOf(tagged) };
}

/** The legend entries naming the tags of the events of `params` on `x` (none when the rules carry names). */
export function eventLegend(params: ModelParams, x: ScaleLinear<number, number>): LegendEntry[] {
  const marks = eventMarks(params);
  if (!eventLabelLayout(marks, x).tagged) return [];
  const kinds = [...new Set(marks.map((m) => m.kind))];
  return kinds.map((kind) => ({ label: marks.find((m) => m.kind === kind)!.label, colour: COLOURS.event, mark: "event" as const, tag: EVENT_TAGS[kind] }));
}
