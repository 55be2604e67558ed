/**
 * Hands on values in a fixed order of keys, whatever order they arrive in: Astro renders a
 * few pages at once and they finish in no set order, but Pagefind's index depends on the order
 * pages are added to it, and two builds of the same content must write the same index.
 */
export class InOrder<T> {
  private readonly place = new Map<string, number>();
  private readonly arrived = new Map<number, T | undefined>();
  private next = 0;
  private readonly length: number;

  /** `keys`: every key that may arrive, in the order its value is to be handed on. */
  constructor(keys: readonly string[]) {
    this.length = keys.length;
    keys.forEach((key, i) => {
      if (!this.place.has(key)) this.place.set(key, i);
    });
  }

  /** Whether `key` has a place in the order (a key without one is not handed on here). */
  has(key: string): boolean {
    return this.place.has(key);
  }

  /**
   * Records what arrived for `key` (undefined: nothing to hand on, but the key is done) and
   * returns, in order, every value now due.
   */
  arrive(key: string, value: T | undefined): T[] {
    const at = this.place.get(key);
    if (at === undefined || at < this.next || this.arrived.has(at)) return [];
    this.arrived.set(at, value);
    const due: T[] = [];
    while (this.arrived.has(this.next)) {
      const v = this.arrived.get(this.next);
      this.arrived.delete(this.next++);
      if (v !== undefined) due.push(v);
    }
    return due;
  }

  /** Everything that arrived and is still held (behind a key that never came), in order. */
  flush(): T[] {
    const rest = [...this.arrived].sort((a, b) => a[0] - b[0]).flatMap(([, v]) => (v === undefined ? [] : [v]));
    this.arrived.clear();
    this.next = this.length;
    return rest;
  }
}
