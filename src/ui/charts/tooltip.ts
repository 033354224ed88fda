/**
 * The one tooltip of a chart: an absolutely positioned box inside the chart's container (which
 * charts.css makes `position: relative`). Text goes in through textContent only, one line per
 * entry, so nothing in the data can become markup.
 */

export interface Tooltip {
  /** Shows `lines` near the point (x, y), in pixels relative to the container. */
  show(lines: string[], x: number, y: number): void;
  hide(): void;
  readonly element: HTMLDivElement;
}

/** Where the box goes: right of and above the pointer, flipped to stay inside the container. */
export function tooltipPosition(x: number, y: number, boxWidth: number, boxHeight: number, containerWidth: number, offset = 12): { left: number; top: number } {
  let left = x + offset;
  if (left + boxWidth > containerWidth) left = x - offset - boxWidth;
  left = Math.max(0, Math.min(left, containerWidth - boxWidth));
  const top = Math.max(0, y - offset - boxHeight);
  return { left, top };
}

export function createTooltip(container: HTMLElement): Tooltip {
  const element = document.createElement("div");
  element.className = "dc-tooltip";
  element.setAttribute("role", "status");
  element.setAttribute("aria-live", "polite");
  element.hidden = true;
  container.appendChild(element);
  return {
    element,
    show(lines, x, y) {
      element.replaceChildren(
        ...lines.map((line, i) => {
          const div = document.createElement("div");
          if (i === 0) div.className = "dc-tooltip-head";
          div.textContent = line;
          return div;
        }),
      );
      element.hidden = false;
      const { left, top } = tooltipPosition(x, y, element.offsetWidth, element.offsetHeight, container.clientWidth || 640);
      element.style.left = `${left}px`;
      element.style.top = `${top}px`;
    },
    hide() {
      element.hidden = true;
    },
  };
}
