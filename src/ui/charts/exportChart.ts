/**
 * Downloads of a rendered chart. The charts draw with presentation attributes (no page CSS), so a
 * copy of the SVG is already standalone; export adds a white background and the chart's title as
 * a visible heading. The army grid is a canvas: its SVG wraps the bitmap in an <image>, its PNG is
 * the canvas under the same heading. Nothing here loads anything from outside the page.
 */
import { COLOURS } from "./palette";
import { FONT_FAMILY } from "./textLayout";

const SVG_NS = "http://www.w3.org/2000/svg";
const HEADING = 30;
const PNG_SCALE = 2;

function chartElement(container: HTMLElement): SVGSVGElement | HTMLCanvasElement {
  const element = container.querySelector<SVGSVGElement | HTMLCanvasElement>("svg.dc-chart-svg, canvas.dc-chart-canvas");
  if (element === null) throw new Error("invalid chart container: no rendered chart in it");
  return element;
}

function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  return el;
}

function heading(text: string): SVGTextElement {
  const title = svgElement("text", { x: 8, y: 20, "font-size": 15, "font-weight": 600, fill: COLOURS.text, "font-family": FONT_FAMILY });
  title.textContent = text;
  return title;
}

/** A standalone copy of the chart: the chart moved down under its title, on white. */
function standalone(container: HTMLElement): SVGSVGElement {
  const source = chartElement(container);
  const width = source instanceof HTMLCanvasElement ? parseFloat(source.style.width) || source.width : +source.getAttribute("width")!;
  const height = source instanceof HTMLCanvasElement ? parseFloat(source.style.height) || source.height : +source.getAttribute("height")!;
  const title = source instanceof HTMLCanvasElement ? source.dataset.title ?? "" : source.querySelector("title")?.textContent ?? "";
  const total = height + HEADING;
  const svg = svgElement("svg", { xmlns: SVG_NS, width, height: total, viewBox: `0 0 ${width} ${total}`, "font-family": FONT_FAMILY, "font-size": 12, color: COLOURS.text });
  svg.appendChild(svgElement("rect", { width, height: total, fill: COLOURS.background }));
  svg.appendChild(heading(title));
  const body = svgElement("g", { transform: `translate(0,${HEADING})` });
  if (source instanceof HTMLCanvasElement) {
    const titleEl = svgElement("title", {});
    titleEl.textContent = title;
    const desc = svgElement("desc", {});
    desc.textContent = source.getAttribute("aria-label") ?? "";
    svg.prepend(titleEl, desc);
    body.appendChild(svgElement("image", { width, height, href: source.toDataURL("image/png") }));
  } else {
    const copy = source.cloneNode(true) as SVGSVGElement;
    // Interaction layers mean nothing in a file.
    copy.querySelectorAll(".hover-overlay, .hover-focus").forEach((el) => el.remove());
    const text: Element[] = [];
    for (const el of Array.from(copy.childNodes)) {
      if (el instanceof Element && (el.tagName === "title" || el.tagName === "desc")) text.push(el);
      else body.appendChild(el);
    }
    svg.prepend(...text);
  }
  svg.appendChild(body);
  return svg;
}

/** The rendered chart in `container` as the text of a standalone SVG file. */
export function chartToSvg(container: HTMLElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(standalone(container))}`;
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed: the canvas gave no image"))), "image/png"));
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("PNG export failed: the SVG could not be drawn"));
    image.src = url;
  });
}

/** The grid's own pixels (already at device resolution) under its title. */
function canvasWithHeading(source: HTMLCanvasElement): Promise<Blob> {
  const scale = source.width / (parseFloat(source.style.width) || source.width);
  const canvas = document.createElement("canvas");
  canvas.width = source.width;
  canvas.height = source.height + Math.round(HEADING * scale);
  const ctx = canvas.getContext("2d");
  if (ctx === null) return Promise.reject(new Error("PNG export failed: no 2D canvas"));
  ctx.fillStyle = COLOURS.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(source, 0, Math.round(HEADING * scale));
  ctx.scale(scale, scale);
  ctx.fillStyle = COLOURS.text;
  ctx.font = `600 15px ${FONT_FAMILY}`;
  ctx.textBaseline = "alphabetic";
  ctx.fillText(source.dataset.title ?? "", 8, 20);
  return canvasBlob(canvas);
}

/** The rendered chart in `container` as a PNG (SVG charts at twice their on-screen size, the grid at its device resolution). */
export async function chartToPng(container: HTMLElement): Promise<Blob> {
  const source = chartElement(container);
  if (source instanceof HTMLCanvasElement) return canvasWithHeading(source);
  const svg = standalone(container);
  const width = +svg.getAttribute("width")!;
  const height = +svg.getAttribute("height")!;
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: "image/svg+xml" }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * PNG_SCALE);
    canvas.height = Math.round(height * PNG_SCALE);
    const ctx = canvas.getContext("2d");
    if (ctx === null) throw new Error("PNG export failed: no 2D canvas");
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await canvasBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Wires a figure's SVG and PNG buttons: each downloads the chart in `body` as `stem.svg` or
 * `stem.png` when `ready()` (there is a result drawn); a failed PNG is shown in `messages`.
 */
export function bindChartDownloads(
  buttons: { svgButton: HTMLElement; pngButton: HTMLElement; body: HTMLElement },
  fileStem: () => string,
  ready: () => boolean,
  messages: { show(kind: "error", text: string): void },
  download: (blob: Blob, name: string) => void,
): void {
  buttons.svgButton.addEventListener("click", () => ready() && download(new Blob([chartToSvg(buttons.body)], { type: "image/svg+xml" }), `${fileStem()}.svg`));
  buttons.pngButton.addEventListener("click", async () => {
    if (!ready()) return;
    try {
      download(await chartToPng(buttons.body), `${fileStem()}.png`);
    } catch (error) {
      messages.show("error", (error as Error).message);
    }
  });
}
