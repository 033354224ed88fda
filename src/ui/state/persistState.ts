/**
 * The one writer of the page's state to the outside: on every change of the store it rewrites the
 * address (history.replaceState, so the back button is not flooded) and the copy in local storage
 * (savedState.ts). The comparison is deflated for the address (comparisonAddress.ts), which is
 * asynchronous, so it is encoded 150 ms after the last change of it; until then the address keeps
 * the comparison's previous encoding. A comparison too long for a link is left out of the address
 * and saved as its file's text. A loaded scenario that local storage cannot keep (too large, or
 * storage off) is said with the address's warning, since a reload would lose it.
 */
import type { Comparison } from "../../ensemble/comparisonFile";
import { comparisonFileText } from "../compare/comparisonFileText";
import type { AppState, AppStore } from "./appState";
import { encodeAddress } from "./appAddress";
import { MAX_ENCODED_COMPARISON, encodeComparison } from "./comparisonAddress";
import { saveLab } from "./savedState";
import { notKeptNotice } from "../uploadLimit";
import { measured } from "../testHooks";

/** What the address holds of the comparison, for the compare view to say. */
export type ComparisonLinkStatus = { kind: "none" } | { kind: "link"; length: number } | { kind: "too-large"; length: number };

export interface PersistOptions {
  storage: Storage | null;
  /** The comparison's link changed (after it was encoded). */
  onComparisonLink(status: ComparisonLinkStatus): void;
  /** The lab's part could not all go into the address (a loaded scenario too long for it), or not into local storage. */
  onWarning(warning: string): void;
  /** Replaces the page's address; history.replaceState by default. */
  replaceSearch?(search: string): void;
}

const ENCODE_DELAY_MS = 150;

export interface Persistence {
  /** Encodes a pending comparison now and writes; resolves when written. */
  flush(): Promise<void>;
}

export function persistState(store: AppStore, options: PersistOptions): Persistence {
  const replaceSearch = options.replaceSearch ?? ((search: string) => history.replaceState(null, "", `${location.pathname}${search}`));
  /** The comparison last encoded and its encoding (null: none, or too large for a link). */
  let encoded: { comparison: Comparison; link: string | null } = { comparison: store.get().comparison, link: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Promise<void> = Promise.resolve();

  function write(state: AppState, labChanged: boolean): void {
    const { search, warning } = encodeAddress(state, encoded.link);
    replaceSearch(search);
    const tooLarge = encoded.link === null && encoded.comparison.variants.length > 0;
    const kept = saveLab(options.storage, { search: encodeAddress(state, encoded.link, Infinity).search, comparison: tooLarge ? comparisonFileText(encoded.comparison) : null });
    const source = state.lab.source;
    const notKept = kept || source.kind !== "file" ? null : notKeptNotice(source.name);
    if (labChanged && (warning || notKept)) options.onWarning([warning, notKept].filter(Boolean).join(" "));
  }

  async function encode(): Promise<void> {
    const comparison = store.get().comparison;
    if (comparison.variants.length === 0) {
      encoded = { comparison, link: null };
      options.onComparisonLink({ kind: "none" });
    } else {
      const text = await encodeComparison(comparison);
      if (store.get().comparison !== comparison) return; // a newer change will encode
      const fits = text.length <= MAX_ENCODED_COMPARISON;
      encoded = { comparison, link: fits ? text : null };
      options.onComparisonLink({ kind: fits ? "link" : "too-large", length: text.length });
    }
    write(store.get(), false);
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => (pending = encode().catch((error) => console.error(error))), ENCODE_DELAY_MS);
  }

  store.subscribe((state, previous) => {
    measured("persist:write", () => write(state, state.lab !== previous.lab));
    if (state.comparison !== previous.comparison) schedule();
  });
  write(store.get(), true);
  if (store.get().comparison.variants.length > 0) schedule();

  return {
    async flush() {
      clearTimeout(timer);
      await pending;
      if (encoded.comparison !== store.get().comparison) await encode();
    },
  };
}
