/**
 * The page's whole state, with one owner: the lab's scenario and changed parameters, the
 * comparison being built, and what the sweep, tipping-point and calibration forms hold. Views read
 * it, subscribe to it and change it with `set`; only src/ui/state/persistState.ts writes it to the
 * address and to local storage, and src/ui/state/initialState.ts reads it back.
 */
import type { Comparison } from "../../ensemble/comparisonFile";
import type { LabState } from "./labState";
import { DEFAULT_STATE } from "./labAddress";
import { EMPTY_COMPARISON } from "../compare/comparisonState";
import { NO_SETTINGS, type PanelSettings } from "./panelSettings";
import { createStore, type Store } from "./store";

export interface AppState {
  lab: LabState;
  comparison: Comparison;
  sweep: PanelSettings;
  tipping: PanelSettings;
  calibration: PanelSettings;
  /** The step of the scenario's story on screen, 1-based; 0 when no tour is on. */
  story: number;
  /** The player's day on the lab's charts (`&day=`); null: the whole run. A new lab state resets it. */
  day: number | null;
}

export type AppStore = Store<AppState>;

export const DEFAULT_APP_STATE: AppState = {
  lab: DEFAULT_STATE,
  comparison: EMPTY_COMPARISON,
  sweep: NO_SETTINGS,
  tipping: NO_SETTINGS,
  calibration: NO_SETTINGS,
  story: 0,
  day: null,
};

export function createAppState(initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>({ ...DEFAULT_APP_STATE, ...initial });
}
