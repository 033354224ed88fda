/**
 * The pinned variants as an ordered list: colour (a colour picker), name (an editable text field:
 * a name is only ever text, never markup), what it is, baseline, shown, move up / down and remove.
 * The name's field is a one-line textarea that grows with its text, so a long name wraps and is read
 * whole on a phone (a text input would cut it off); Enter commits it as in a text input. Everything is
 * a native control, so it works from the keyboard; Alt+ArrowUp / Alt+ArrowDown on a row move it
 * too, and focus follows the moved variant.
 */
import type { Comparison } from "../../ensemble/comparisonFile";
import { MAX_NAME } from "./comparisonState";
import { VARIANT_COLOURS } from "./variantColour";

export interface VariantListEvents {
  rename(index: number, name: string): string | null;
  setHidden(index: number, hidden: boolean): void;
  setColour(index: number, colour: string): void;
  setBaseline(index: number): void;
  move(index: number, delta: number): void;
  remove(index: number): void;
}

export interface VariantList {
  render(comparison: Comparison): void;
  /** After a change, puts focus on `control` of the variant now at `index`. */
  focus(index: number, control: "up" | "down" | "remove" | "name"): void;
}

export function variantList(root: HTMLOListElement, events: VariantListEvents): VariantList {
  const el = <K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, className?: string, text?: string) => {
    const node = parent.appendChild(document.createElement(tag));
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const button = (parent: HTMLElement, className: string, text: string, label: string, onClick: () => void) => {
    const b = el(parent, "button", className, text);
    b.type = "button";
    b.setAttribute("aria-label", label);
    b.title = label;
    b.addEventListener("click", onClick);
    return b;
  };
  return {
    render(comparison) {
      root.replaceChildren();
      const count = comparison.variants.length;
      comparison.variants.forEach((variant, index) => {
        const item = el(root, "li", `variant${variant.hidden ? " is-hidden" : ""}`);
        item.dataset.index = String(index);
        item.addEventListener("keydown", (event) => {
          if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
          event.preventDefault();
          events.move(index, event.key === "ArrowUp" ? -1 : 1);
        });
        const colour = variant.colour ?? VARIANT_COLOURS[index % VARIANT_COLOURS.length];
        const swatch = el(item, "span", "swatch");
        swatch.style.background = colour;
        swatch.setAttribute("aria-hidden", "true");

        const main = el(item, "div", "variant-main");
        const name = el(main, "textarea", "variant-name");
        name.rows = 1;
        name.value = variant.name;
        name.maxLength = MAX_NAME;
        name.setAttribute("aria-label", `Name of variant ${index + 1}`);
        name.spellcheck = false;
        const error = el(main, "p", "field-error");
        error.hidden = true;
        error.id = `variant-${index}-name-error`;
        // A name is one line: Enter commits it (once; the change on leaving the field then does nothing).
        let committed = name.value;
        const commit = () => {
          if (name.value === committed) return;
          committed = name.value;
          const problem = events.rename(index, name.value.replace(/\s*[\r\n]+\s*/g, " "));
          error.hidden = problem === null;
          error.textContent = problem ?? "";
          name.setAttribute("aria-invalid", String(problem !== null));
          if (problem) name.setAttribute("aria-describedby", error.id);
        };
        name.addEventListener("change", commit);
        name.addEventListener("keydown", (event) => {
          if (event.key !== "Enter") return;
          event.preventDefault();
          commit();
        });
        const army = variant.scenario.parameters.army;
        el(main, "span", "variant-about", `${variant.scenario.name} · ${army.size.toLocaleString("en-US")} soldiers, ${army.days} days`);

        const options = el(item, "div", "variant-options");
        const baseline = el(el(options, "label", "check"), "input");
        baseline.type = "radio";
        baseline.name = "baseline";
        baseline.className = "variant-baseline";
        baseline.checked = comparison.baseline === index;
        baseline.addEventListener("change", () => baseline.checked && events.setBaseline(index));
        baseline.parentElement!.append(" baseline");
        const shown = el(el(options, "label", "check"), "input");
        shown.type = "checkbox";
        shown.className = "variant-shown";
        shown.checked = !variant.hidden;
        shown.addEventListener("change", () => events.setHidden(index, !shown.checked));
        shown.parentElement!.append(" shown");
        const picker = el(el(options, "label", "check"), "input");
        picker.type = "color";
        picker.className = "variant-colour";
        picker.value = colour.toLowerCase();
        picker.setAttribute("aria-label", `Colour of ${variant.name}`);
        picker.addEventListener("change", () => events.setColour(index, picker.value));
        picker.parentElement!.append(" colour");

        const actions = el(item, "div", "variant-actions");
        const up = button(actions, "move-up", "↑", `Move up: ${variant.name}`, () => events.move(index, -1));
        up.disabled = index === 0;
        const down = button(actions, "move-down", "↓", `Move down: ${variant.name}`, () => events.move(index, 1));
        down.disabled = index === count - 1;
        button(actions, "remove", "Remove", `Remove: ${variant.name}`, () => events.remove(index));
      });
    },
    focus(index, control) {
      const item = root.querySelector<HTMLElement>(`li[data-index="${index}"]`);
      const selector = { up: ".move-up", down: ".move-down", remove: ".remove", name: ".variant-name" }[control];
      const target = item?.querySelector<HTMLButtonElement | HTMLInputElement>(selector);
      if (target && !target.disabled) target.focus();
      else item?.querySelector<HTMLElement>(".variant-name")?.focus();
    },
  };
}
