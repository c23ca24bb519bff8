/**
 * A memo of a function of one key that starts again past `limit` entries: a corpus's vocabulary
 * has no end (names, numbers, typos), so a memo kept across articles must not grow with it.
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly compute: (key: K) => V, private readonly limit = 20_000) {}

  get(key: K): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      if (this.entries.size >= this.limit) this.entries.clear();
      value = this.compute(key);
      this.entries.set(key, value);
    }
    return value;
  }
}
