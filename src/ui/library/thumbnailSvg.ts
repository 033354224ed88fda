/**
 * A library card's small curve: the defected share over the run (0 to 100%), with the cascade
 * cut-off as a dashed rule. Colours come from CSS (currentColor and classes), so it follows the
 * page's light or dark scheme. Decorative beside the verdict sentence, which says the same in words.
 */
const NS = "http://www.w3.org/2000/svg";
const W = 240;
const H = 64;
const PAD = 2;

export function thumbnailSvg(points: readonly [number, number][], days: number, cutoff: number, label: string): SVGSVGElement {
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("class", "thumbnail");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  const x = (d: number) => PAD + ((W - 2 * PAD) * d) / Math.max(1, days);
  const y = (share: number) => H - PAD - (H - 2 * PAD) * share;
  const add = (tag: string, attrs: Record<string, string | number>) => {
    const node = svg.appendChild(document.createElementNS(NS, tag));
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
    return node;
  };
  add("rect", { class: "thumbnail-frame", x: 0.5, y: 0.5, width: W - 1, height: H - 1, rx: 3 });
  add("line", { class: "thumbnail-cutoff", x1: PAD, x2: W - PAD, y1: y(cutoff), y2: y(cutoff) });
  const d = points.map(([day, share], k) => `${k ? "L" : "M"}${x(day).toFixed(1)},${y(share).toFixed(1)}`).join("");
  add("path", { class: "thumbnail-curve", d, "data-points": points.length });
  return svg;
}
