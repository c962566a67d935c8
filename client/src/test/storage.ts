/**
 * A DOM Storage kept in memory, for component tests. Node 25 and later define a global `localStorage` of their own
 * (undefined unless Node is started with `--localstorage-file`), which hides the test DOM's; tests install this one
 * where the page would have the browser's.
 */
export function installMemoryStorage(target: { localStorage?: Storage } = window): Storage {
  const items = new Map<string, string>();
  const storage: Storage = {
    get length() {
      return items.size;
    },
    clear: () => {
      items.clear();
    },
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
  Object.defineProperty(target, 'localStorage', { value: storage, configurable: true, writable: true });
  return storage;
}
