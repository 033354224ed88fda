/**
 * The smallest store that gives a page's state one owner: one object holding the whole state,
 * `set(patch)` that replaces the parts given and notifies, and `subscribe` for the views (the
 * shape of Svelte's `writable`). The state is never mutated: a listener gets the new state and
 * the previous one, so it can tell which part changed by identity.
 */
export type Listener<T> = (state: T, previous: T) => void;

export interface Store<T extends object> {
  get(): T;
  /** Replaces the parts of the state in `patch`; listeners run only if a part changed identity. */
  set(patch: Partial<T>): void;
  /** Calls `listener` on every change from now on; returns the function that unsubscribes it. */
  subscribe(listener: Listener<T>): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<Listener<T>>();
  return {
    get: () => state,
    set(patch) {
      const changed = (Object.keys(patch) as (keyof T)[]).some((key) => !Object.is(patch[key], state[key]));
      if (!changed) return;
      const previous = state;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
