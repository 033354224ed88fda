/**
 * A paragraph (or list) for words next to an existing part of a page, made on first use: the
 * verdicts go beside the summary, the statistics table and the sweep chart without those views
 * having to lay them out.
 */
import "./words.css";

export function verdictSlot<K extends "p" | "ul" | "details">(anchor: HTMLElement, id: string, where: "before" | "after", tag: K, className = "verdict"): HTMLElementTagNameMap[K] {
  const found = document.getElementById(id);
  if (found) return found as HTMLElementTagNameMap[K];
  const slot = document.createElement(tag);
  slot.id = id;
  slot.className = className;
  slot.setAttribute("aria-live", "polite");
  anchor.insertAdjacentElement(where === "before" ? "beforebegin" : "afterend", slot);
  return slot;
}
