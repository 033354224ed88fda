/**
 * The results column's views, "This run", "Compare variants" and "Sweep", as ARIA tabs: click or
 * Enter to pick one, the arrow keys (and Home / End) move between tabs, only the chosen tab is in
 * the tab order.
 */
export interface ViewTabs {
  select(id: string): void;
  readonly selected: string;
}

export function viewTabs(tablist: HTMLElement, onSelect: (id: string) => void): ViewTabs {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  let selected = tabs.find((t) => t.getAttribute("aria-selected") === "true")?.id ?? tabs[0].id;
  const select = (id: string, focus = false) => {
    for (const tab of tabs) {
      const on = tab.id === id;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      document.getElementById(tab.getAttribute("aria-controls")!)!.hidden = !on;
      if (on && focus) tab.focus();
    }
    if (id !== selected) {
      selected = id;
      onSelect(id);
    }
  };
  tabs.forEach((tab, k) => {
    tab.addEventListener("click", () => select(tab.id));
    tab.addEventListener("keydown", (event) => {
      const to = { ArrowRight: k + 1, ArrowLeft: k - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      select(tabs[(to + tabs.length) % tabs.length].id, true);
    });
  });
  return {
    select: (id) => select(id),
    get selected() {
      return selected;
    },
  };
}
