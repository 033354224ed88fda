/** Two switches for the lab's charts: draw the earlier runs faintly, and lock the axes between runs. */
import { appendElement } from "../appendElement";

export interface ViewOptions {
  readonly ghosts: boolean;
  readonly locked: boolean;
}

export function viewOptions(root: HTMLElement, onChange: (options: ViewOptions, changed: keyof ViewOptions) => void): ViewOptions {
  root.replaceChildren();
  root.classList.add("view-options");
  const box = (id: string, text: string, checked: boolean, title: string) => {
    const label = appendElement(root, "label", { for: id, title });
    const input = appendElement(label, "input", { type: "checkbox", id });
    input.checked = checked;
    label.append(` ${text}`);
    return input;
  };
  const ghosts = box("show-ghosts", "Earlier runs", true, "Draw the last three runs faintly behind this one");
  const locked = box("lock-axes", "Lock axes", false, "Keep the axes of the cascade and daily charts between runs (they widen only if a run would leave them)");
  const options: ViewOptions = {
    get ghosts() {
      return ghosts.checked;
    },
    get locked() {
      return locked.checked;
    },
  };
  ghosts.addEventListener("change", () => onChange(options, "ghosts"));
  locked.addEventListener("change", () => onChange(options, "locked"));
  return options;
}
