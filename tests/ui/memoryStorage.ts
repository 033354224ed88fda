/** A Storage of our own, so tests never touch a real one; past `quota` characters a value is refused as a browser's local storage refuses it. */
export function memoryStorage(quota = Infinity): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (k) => [...items.keys()][k] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem(key, value) {
      if (value.length > quota) throw new DOMException("quota exceeded", "QuotaExceededError");
      items.set(key, value);
    },
  };
}
