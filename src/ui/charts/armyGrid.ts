/**
 * The army as a picture: one cell per soldier, units as blocks in unit order, coloured by the day
 * each soldier defected (loyal grey, caught vermillion); past MAX_SOLDIER_CELLS soldiers, one cell
 * per group of units coloured by the share defected. Drawn on a canvas through ImageData, so a
 * million soldiers cost one pass over `fate` and one over the pixels, and no DOM node per soldier.
 * The legend is painted on the canvas too, so the PNG export is the canvas itself.
 */
import { shownDay, type Chart, type ChartData } from "./chartData";
import { CAPTURED_BASE, CAUGHT_BASE } from "../../model/result";
import { armyCells, type ArmyCells } from "./armyCells";
import { formatCount, formatShare, formatThreshold } from "./format";
import { containerWidth } from "./frame";
import { cellAt, gridLayout, type GridLayout } from "./gridLayout";
import { COLOURS, dayColour, shareColour } from "./palette";
import { createTooltip } from "./tooltip";
import { FONT_FAMILY, textWidth, wrapText } from "./textLayout";

const PAD = 8;
const LEGEND_ROW = 22;

/** Soldiers on the roll at the end of the run (slots of later mobilisations never joined). */
function soldiersShown(data: ChartData): number {
  const { army } = data.series;
  return Math.min(data.fate.length, army[army.length - 1] ?? 0);
}

export function gridNote(cells: ArmyCells, unitSize: number): string {
  if (cells.mode === "soldier") return unitSize > 1 ? `One cell per soldier; each block is a unit of ${formatCount(unitSize)}.` : "One cell per soldier.";
  const units = cells.perCell / unitSize;
  return `One cell per ${units === 1 ? "unit" : `${formatCount(units)} units`} (${formatCount(cells.perCell)} soldiers), coloured by the share defected.`;
}

export function describeArmy(data: ChartData): string {
  const n = soldiersShown(data);
  let defected = 0;
  let caught = 0;
  let captured = 0;
  for (let i = 0; i < n; i++) {
    if (data.fate[i] >= 0) defected++;
    else if (data.fate[i] <= CAPTURED_BASE) captured++;
    else if (data.fate[i] <= CAUGHT_BASE) caught++;
  }
  const units = Math.ceil(n / Math.max(1, data.params.unitSize));
  return `The army of ${formatCount(n)} soldiers in ${formatCount(units)} units at day ${data.summary.days}: ${formatCount(defected)} defected (${formatShare(n > 0 ? defected / n : 0)}), ${formatCount(caught)} caught, ${captured > 0 ? `${formatCount(captured)} captured in combat, ` : ""}${formatCount(n - defected - caught - captured)} loyal.`;
}

/** Paints the legend rows at the top of the canvas and returns their height; `paint` false: only measures. */
function paintLegend(ctx: CanvasRenderingContext2D, cells: ArmyCells, unitSize: number, width: number, paint = true): number {
  if (paint) {
    ctx.font = `12px ${FONT_FAMILY}`;
    ctx.textBaseline = "middle";
    ctx.fillStyle = COLOURS.text;
  }
  let x = PAD;
  let row = 0;
  const place = (w: number) => {
    if (x > PAD && x + w > width - PAD) {
      row++;
      x = PAD;
    }
    const at = { x, y: PAD + row * LEGEND_ROW + LEGEND_ROW / 2 };
    x += w + 16;
    return at;
  };
  const ramp = cells.mode === "soldier" ? { label: "defected on day", from: String(cells.firstDay), to: String(cells.lastDay), colour: (t: number) => dayColour(t) } : { label: "share defected", from: "0%", to: "100%", colour: (t: number) => shareColour(t) };
  const rampWidth = 100;
  const total = textWidth(ramp.label) + 6 + textWidth(ramp.from) + 4 + rampWidth + 4 + textWidth(ramp.to);
  let at = place(total);
  if (paint) {
    ctx.fillText(ramp.label, at.x, at.y);
    let rx = at.x + textWidth(ramp.label) + 6;
    ctx.fillText(ramp.from, rx, at.y);
    rx += textWidth(ramp.from) + 4;
    for (let k = 0; k < rampWidth; k++) {
      ctx.fillStyle = ramp.colour(k / (rampWidth - 1));
      ctx.fillRect(rx + k, at.y - 6, 1, 12);
    }
    ctx.fillStyle = COLOURS.text;
    ctx.fillText(ramp.to, rx + rampWidth + 4, at.y);
  }
  const swatches: Array<[string, string]> = cells.mode === "soldier" ? [[COLOURS.loyal, "loyal"], [COLOURS.caught, "caught"]] : [[COLOURS.loyal, "no one defected"]];
  if (cells.mode === "soldier" && cells.anyCaptured) swatches.push([COLOURS.captured, "captured"]);
  for (const [colour, label] of swatches) {
    at = place(16 + textWidth(label));
    if (!paint) continue;
    ctx.fillStyle = colour;
    ctx.fillRect(at.x, at.y - 6, 12, 12);
    ctx.fillStyle = COLOURS.text;
    ctx.fillText(label, at.x + 16, at.y);
  }
  if (paint) ctx.fillStyle = COLOURS.mutedText;
  for (const line of wrapText(gridNote(cells, unitSize), width - 2 * PAD)) {
    row++;
    if (paint) ctx.fillText(line, PAD, PAD + row * LEGEND_ROW + LEGEND_ROW / 2);
  }
  return PAD + (row + 1) * LEGEND_ROW + 4;
}

/**
 * The cells' pixels: a white image with each cell's device pixels filled, kept between redraws.
 * With the same layout (a slider moved, the player stepped) the gaps are white already and every
 * cell is painted over, so only the cells are written.
 */
let lastImage: { key: string; image: ImageData } | null = null;

/** Fills every cell's device pixels in one ImageData (cell by cell, the same pixels as cellPosition gives). */
function paintCells(ctx: CanvasRenderingContext2D, layout: GridLayout, colours: Uint32Array, dpr: number, left: number, top: number): void {
  const w = Math.max(1, Math.ceil(layout.width * dpr));
  const h = Math.max(1, Math.ceil(layout.height * dpr));
  const key = `${w}x${h}:${dpr}:${layout.cells}:${layout.blockSize}:${layout.cell}:${layout.blockCols}:${layout.gap}:${layout.blocksPerRow}`;
  const reuse = lastImage !== null && lastImage.key === key;
  const image = reuse ? lastImage!.image : ctx.createImageData(w, h);
  lastImage = { key, image };
  const pixels = new Uint32Array(image.data.buffer);
  if (!reuse) pixels.fill(0xffffffff);
  const { blockSize, blockCols, blockRows, blocksPerRow, cell, gap } = layout;
  const blockWidth = blockCols * cell + gap;
  const blockHeight = blockRows * cell + gap;
  for (let i = 0, b = 0; i < layout.cells; b++) {
    const bx = (b % blocksPerRow) * blockWidth;
    const by = Math.floor(b / blocksPerRow) * blockHeight;
    const end = Math.min(layout.cells, i + blockSize);
    for (let j = 0; i < end; i++, j++) {
      const x = bx + (j % blockCols) * cell;
      const y = by + Math.floor(j / blockCols) * cell;
      const x0 = Math.round(x * dpr);
      const x1 = Math.min(w, Math.round((x + cell) * dpr));
      const y0 = Math.round(y * dpr);
      const y1 = Math.min(h, Math.round((y + cell) * dpr));
      const c = colours[i];
      for (let py = y0; py < y1; py++) {
        const row = py * w;
        for (let px = x0; px < x1; px++) pixels[row + px] = c;
      }
    }
  }
  ctx.putImageData(image, Math.round(left * dpr), Math.round(top * dpr));
}

function cellLines(data: ChartData, cells: ArmyCells, i: number, day: number): string[] {
  const unitSize = Math.max(1, data.params.unitSize);
  if (cells.mode === "soldier") {
    // Up to the player's day, what happens later is not known yet.
    const f0 = data.fate[i];
    const later = (f0 >= 0 && f0 > day) || (f0 <= CAPTURED_BASE ? CAPTURED_BASE - f0 > day : f0 <= CAUGHT_BASE && CAUGHT_BASE - f0 > day);
    const f = later ? -1 : f0;
    const fate = f >= 0 ? (f === 0 ? "Defected at the start (day 0)" : `Defected on day ${f}`) : f <= CAPTURED_BASE ? `Captured on day ${CAPTURED_BASE - f}` : f <= CAUGHT_BASE ? `Caught on day ${CAUGHT_BASE - f}` : "Loyal";
    return [`Soldier ${formatCount(i)}, unit ${formatCount(Math.floor(i / unitSize))}`, fate, `Base threshold ${formatThreshold(data.thresholds[i])}`];
  }
  const first = i * cells.perCell;
  const size = Math.min(cells.perCell, cells.soldiers - first);
  const u0 = Math.floor(first / unitSize);
  const u1 = Math.floor((first + size - 1) / unitSize);
  return [
    u0 === u1 ? `Unit ${formatCount(u0)}` : `Units ${formatCount(u0)}–${formatCount(u1)}`,
    `Defected ${formatShare(cells.defected[i] / size)} (${formatCount(cells.defected[i])} of ${formatCount(size)})`,
    `Caught ${formatCount(cells.caught[i])}`,
    ...(cells.captured[i] > 0 ? [`Captured ${formatCount(cells.captured[i])}`] : []),
    cells.defected[i] > 0 ? `Mean day of defection ${(cells.daySum[i] / cells.defected[i]).toFixed(1)}` : "No defections",
  ];
}

export const armyGrid: Chart = {
  id: "army",
  title: "The army, soldier by soldier",
  describe: describeArmy,
  render(container, data) {
    const width = containerWidth(container);
    const days = data.series.army.length - 1;
    const unitSize = Math.max(1, data.params.unitSize);
    const day = shownDay(data);
    const cells = armyCells(data.fate, soldiersShown(data), unitSize, days, undefined, day, data.series.army[day]);

    // The canvas and its tooltip stay between redraws (a new canvas is a new bitmap to allocate);
    // what the pointer reads is the drawing's, swapped in below.
    const view = canvasView(container);
    const { canvas, ctx } = view;
    const label = `${armyGrid.title}. ${describeArmy(data)}`;
    canvas.setAttribute("aria-label", label);
    canvas.dataset.mode = cells.mode;
    canvas.dataset.cells = String(cells.cells);
    canvas.dataset.day = String(day);
    canvas.textContent = label;
    if (ctx === null) return;

    const legendHeight = paintLegend(ctx, cells, unitSize, width, false);
    const layout = gridLayout(cells.cells, cells.blockSize, width - 2 * PAD, Math.max(200, Math.min(520, width * 0.6)));
    const height = legendHeight + layout.height + PAD;
    const dpr = Math.min(2, Math.max(1, globalThis.devicePixelRatio || 1));
    // Setting a canvas's size clears it and allocates its bitmap again, even to the same size.
    const [canvasWidth, canvasHeight] = [Math.round(width * dpr), Math.round(height * dpr)];
    const resized = canvas.width !== canvasWidth || canvas.height !== canvasHeight;
    if (canvas.width !== canvasWidth) canvas.width = canvasWidth;
    if (canvas.height !== canvasHeight) canvas.height = canvasHeight;
    if (resized || canvas.style.width !== `${width}px` || canvas.style.height !== `${height}px`) {
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    // The background and the legend stay on a canvas that kept its size when the legend says the
    // same (its numbers are the first and last day of defection) over the same grid; then only the
    // cells are painted, each over its old pixels.
    const legend = `${width}:${dpr}:${cells.mode}:${cells.firstDay}:${cells.lastDay}:${cells.anyCaptured}:${cells.perCell}:${unitSize}:${legendHeight}:${layout.cells}:${layout.cell}:${layout.width}:${layout.height}`;
    if (resized || view.legend !== legend) {
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.fillStyle = COLOURS.background;
      ctx.fillRect(0, 0, width, height);
      paintLegend(ctx, cells, unitSize, width);
      view.legend = legend;
    }
    paintCells(ctx, layout, cells.colours, dpr, PAD, legendHeight);
    view.shown = { data, cells, layout, legendHeight, day };
  },
};

interface CanvasView {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D | null;
  /** What the legend painted on the canvas says (see render). */
  legend: string;
  /** What is drawn, for the tooltip. */
  shown: { data: ChartData; cells: ArmyCells; layout: GridLayout; legendHeight: number; day: number } | null;
}

const views = new WeakMap<HTMLElement, CanvasView>();

/** The container's canvas and tooltip, made on the first draw (or when something else replaced them). */
function canvasView(container: HTMLElement): CanvasView {
  const kept = views.get(container);
  if (kept && kept.canvas.parentElement === container) return kept;
  container.replaceChildren();
  container.classList.add("dc-chart");
  container.dataset.chart = armyGrid.id;
  const canvas = document.createElement("canvas");
  canvas.className = "dc-chart-canvas";
  canvas.setAttribute("role", "img");
  canvas.dataset.title = armyGrid.title;
  container.appendChild(canvas);
  const view: CanvasView = { canvas, ctx: canvas.getContext("2d"), legend: "", shown: null };
  views.set(container, view);
  const tooltip = createTooltip(container);
  canvas.addEventListener("pointermove", (event) => {
    const shown = view.shown;
    if (!shown) return;
    const rect = canvas.getBoundingClientRect();
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    const i = cellAt(shown.layout, px - PAD, py - shown.legendHeight);
    if (i < 0) tooltip.hide();
    else tooltip.show(cellLines(shown.data, shown.cells, i, shown.day), px + canvas.offsetLeft, py + canvas.offsetTop);
  });
  canvas.addEventListener("pointerleave", () => tooltip.hide());
  return view;
}
