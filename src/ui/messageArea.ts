/** The page's message area: rejected input listed field by field, run errors, notices. */
import type { InputIssue } from "../scenario/index";

/** A button a message offers (e.g. "Run the ensemble" when a link did not run it by itself). */
export interface MessageAction {
  label: string;
  run(): void;
}

export interface MessageArea {
  show(kind: "error" | "notice", title: string, lines?: readonly string[], action?: MessageAction): void;
  clear(): void;
}

export function messageArea(root: HTMLElement): MessageArea {
  return {
    show(kind, title, lines = [], action) {
      const box = document.createElement("div");
      box.className = `message ${kind}`;
      box.setAttribute("role", kind === "error" ? "alert" : "status");
      box.appendChild(document.createElement("strong")).textContent = title;
      if (lines.length) {
        const list = box.appendChild(document.createElement("ul"));
        for (const line of lines) list.appendChild(document.createElement("li")).textContent = line;
      }
      if (action) {
        const offer = box.appendChild(document.createElement("button"));
        offer.type = "button";
        offer.className = "message-action";
        offer.textContent = action.label;
        offer.addEventListener("click", () => {
          box.remove();
          action.run();
        });
      }
      const close = box.appendChild(document.createElement("button"));
      close.type = "button";
      close.className = "dismiss";
      close.textContent = "Dismiss";
      close.addEventListener("click", () => box.remove());
      root.replaceChildren(box);
    },
    clear() {
      root.replaceChildren();
    },
  };
}

/** "parameters.army.size: -5 is not allowed ..." for each issue. */
export function issueLines(issues: readonly InputIssue[]): string[] {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
}
