/**
 * Keeps a panel's form (the sweep, the tipping point, calibration) in the page's store: each field
 * the user changes is recorded by name with its text (panelSettings.ts), so the address and local
 * storage hold it and a reload brings it back; fields the user never touched keep following the
 * lab's scenario. A change of the settings in the store (a restore) is written into the fields.
 */
import type { AppStore } from "../state/appState";
import type { Panel, PanelSettings } from "../state/panelSettings";
import { sameSettings } from "../state/panelSettings";

/** A field as the settings see it: its text, and a way to set it (false if the value is not offered). */
export interface SettingField {
  get(): string;
  set(text: string): boolean;
}

/** An <input> or <select> as a SettingField (a select takes only a value among its options). */
export function elementField(element: HTMLInputElement | HTMLSelectElement): SettingField {
  return {
    get: () => element.value,
    set(text) {
      if (element instanceof HTMLSelectElement && ![...element.options].some((option) => option.value === text)) return false;
      element.value = text;
      return true;
    },
  };
}

export interface FormSettings {
  /** The user changed `name`; `reset` names fields the change overwrote (they follow it again). */
  edited(name: string, reset?: readonly string[]): void;
  /** The user's values of `names` no longer apply (e.g. another scenario's targets): the fields follow the page again. */
  forget(names: readonly string[]): void;
  /** Writes the store's settings into the fields (after the fields' options were refilled). */
  apply(): void;
}

/** `fields` in the order they must be set (a parameter before its range). */
export function formSettings(store: AppStore, panel: Panel, fields: Readonly<Record<string, SettingField>>): FormSettings {
  const edited = new Set(Object.keys(store.get()[panel]));
  const snapshot = (): PanelSettings => Object.fromEntries(Object.keys(fields).filter((name) => edited.has(name)).map((name) => [name, fields[name].get()]));
  const apply = () => {
    const settings = store.get()[panel];
    for (const name of Object.keys(fields)) if (Object.hasOwn(settings, name) && fields[name].get() !== settings[name]) fields[name].set(settings[name]);
  };
  store.subscribe((state, previous) => {
    if (state[panel] === previous[panel] || sameSettings(state[panel], snapshot())) return;
    edited.clear();
    for (const name of Object.keys(state[panel])) edited.add(name);
    apply();
  });
  return {
    edited(name, reset = []) {
      for (const other of reset) edited.delete(other);
      edited.add(name);
      store.set({ [panel]: snapshot() });
    },
    forget(names) {
      if (!names.some((name) => edited.has(name))) return;
      for (const name of names) edited.delete(name);
      store.set({ [panel]: snapshot() });
    },
    apply,
  };
}
