/**
 * A native <select> cuts its chosen option's text at its edge, and long scenario and parameter
 * names do not fit the side column or a phone. Every select on the page keeps its chosen text
 * readable: as its title (a hover tooltip) and, when the text is cut, whole on a line under the
 * select (a phone has no hover). Installed once on the page, it follows selects as they are built.
 */

const CAPTION_CLASS = "whole-option-text";
/** Room a select's arrow and inner padding take beside its text, in pixels (Chromium: about 20). */
const ARROW = 20;

let measure: CanvasRenderingContext2D | null = null;

/** Width of `text` in `select`'s font, in pixels. */
function textWidthIn(select: HTMLSelectElement, text: string): number {
  measure ??= document.createElement("canvas").getContext("2d");
  if (!measure) return 0;
  const style = getComputedStyle(select);
  measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return measure.measureText(text).width;
}

/** Whether `select` shows `text` cut (false while the select is not laid out). */
function isCut(select: HTMLSelectElement, text: string): boolean {
  if (select.clientWidth === 0) return false;
  const style = getComputedStyle(select);
  const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - ARROW;
  return textWidthIn(select, text) > room;
}

function caption(select: HTMLSelectElement): HTMLElement {
  const next = select.nextElementSibling;
  if (next instanceof HTMLElement && next.classList.contains(CAPTION_CLASS)) return next;
  const span = document.createElement("span");
  span.className = CAPTION_CLASS;
  // A screen reader reads the chosen option itself; the caption is for the eye.
  span.setAttribute("aria-hidden", "true");
  span.hidden = true;
  select.after(span);
  return span;
}

/** Brings `select`'s title and caption up to date with its chosen option. */
export function updateWholeOptionText(select: HTMLSelectElement): void {
  const text = select.selectedOptions[0]?.text ?? "";
  if (select.title !== text) select.title = text;
  const cut = text !== "" && isCut(select, text);
  const existing = select.nextElementSibling;
  if (!cut && !(existing instanceof HTMLElement && existing.classList.contains(CAPTION_CLASS))) return;
  const span = caption(select);
  if (span.textContent !== text) span.textContent = text;
  span.hidden = !cut;
}

const followed = new WeakSet<HTMLSelectElement>();

function follow(select: HTMLSelectElement, resized: ResizeObserver, changed: MutationObserver): void {
  if (followed.has(select)) return;
  followed.add(select);
  const update = () => updateWholeOptionText(select);
  select.addEventListener("change", update);
  select.addEventListener("input", update);
  resized.observe(select);
  changed.observe(select, { childList: true, subtree: true, characterData: true });
  // The page also sets a select's value in code (a scenario adopted, a control reset), which fires no event.
  const proto = HTMLSelectElement.prototype;
  for (const key of ["value", "selectedIndex"] as const) {
    const property = Object.getOwnPropertyDescriptor(proto, key)!;
    Object.defineProperty(select, key, {
      configurable: true,
      get() {
        return property.get!.call(this);
      },
      set(value: unknown) {
        const before = select.selectedIndex;
        property.set!.call(this, value);
        // The lab sets every control's value on each change; measuring the text forces a layout,
        // so only a changed choice is measured (a resize or new options are followed above).
        if (select.selectedIndex !== before) update();
      },
    });
  }
  update();
}

/** Keeps the chosen text of every select under `root`, now and later, readable whole. */
export function keepOptionTextWhole(root: HTMLElement): void {
  const resized = new ResizeObserver((entries) => {
    for (const entry of entries) updateWholeOptionText(entry.target as HTMLSelectElement);
  });
  const changed = new MutationObserver((records) => {
    const selects = new Set<HTMLSelectElement>();
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const select = target?.closest("select");
      if (select && followed.has(select)) selects.add(select);
    }
    for (const select of selects) updateWholeOptionText(select);
  });
  const added = new MutationObserver((records) => {
    // Every redraw of a chart adds hundreds of SVG nodes under the page: only added HTML can hold a select.
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        if (node instanceof HTMLSelectElement) follow(node, resized, changed);
        else for (const select of node.querySelectorAll("select")) follow(select, resized, changed);
      }
  });
  for (const select of root.querySelectorAll("select")) follow(select, resized, changed);
  added.observe(root, { childList: true, subtree: true });
}
