/** Look-ups over spans sorted by start, by binary search: stages call them per mention, so they must not scan. */
import type { Span } from './types.js';

/** Index of the first item whose `key` is ≥ `value` (items sorted by `key`). */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(items[middle]!) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The span of `spans` (sorted, not overlapping) that holds `offset`, or null. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | null {
  const index = lowerBound(spans, offset + 1, (span) => span.start) - 1;
  const span = spans[index];
  return span && span.start <= offset && offset < span.end ? span : null;
}

/** Items (sorted by `start`) that lie wholly inside `range`. */
export function within<T>(items: readonly T[], range: Span, start: (item: T) => number, end: (item: T) => number): T[] {
  const result: T[] = [];
  for (let index = lowerBound(items, range.start, start); index < items.length && start(items[index]!) < range.end; index++) {
    if (end(items[index]!) <= range.end) result.push(items[index]!);
  }
  return result;
}

/**
 * A growing set of non-overlapping spans over a text of `length` characters, as a map of taken
 * characters: "does this overlap anything?" costs the span's length, and adding one costs the
 * same, whatever the number of spans (a sorted array would make long articles quadratic).
 */
export class DisjointSpans {
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }

  overlaps(start: number, end: number): boolean {
    for (let index = Math.max(0, start); index < end && index < this.taken.length; index++) if (this.taken[index]) return true;
    return false;
  }

  /** Adds a span that overlaps none already held. */
  add(span: Span): void {
    this.taken.fill(1, Math.max(0, span.start), Math.min(span.end, this.taken.length));
  }
}
