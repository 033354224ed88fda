/**
 * Text placement without measuring the DOM, so layout stays a pure function that tests can pin
 * and that runs before anything is attached. Widths are estimates for the system sans-serif font
 * (about 0.58 em per character on average), erring on the wide side.
 */

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
export const FONT_SIZE = 12;

export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return Math.ceil(text.length * fontSize * 0.58);
}

/** Greedy word wrap to lines no wider than `maxWidth` (a single over-long word keeps its own line). */
export function wrapText(text: string, maxWidth: number, fontSize = FONT_SIZE): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

export interface LegendItemPlacement {
  x: number;
  row: number;
}

/** Legend entries (swatch + label) laid left to right, wrapping to a new row when `width` is full. */
export function legendPlacement(labels: string[], width: number, swatch = 18, gap = 16): LegendItemPlacement[] {
  const out: LegendItemPlacement[] = [];
  let x = 0;
  let row = 0;
  for (const label of labels) {
    const w = swatch + 4 + textWidth(label);
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    out.push({ x, row });
    x += w + gap;
  }
  return out;
}
