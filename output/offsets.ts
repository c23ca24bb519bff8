/**
 * The pipeline works in UTF-16 indices (JavaScript strings); records give code points
 * (Python's `str` indices). This is the one place where the two meet.
 */

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Returns a function that maps a UTF-16 index of `text` to its code-point index. */
export function codePointIndexer(text: string): (utf16Index: number) => number {
  // Fast path: without astral characters the two index systems agree.
  if (!/[\uD800-\uDBFF]/.test(text)) return (index) => index;
  const prefix = new Uint32Array(text.length + 1);
  let codePoints = 0;
  for (let index = 0; index < text.length; index++) {
    const secondHalf = index > 0 && isLow(text.charCodeAt(index)) && isHigh(text.charCodeAt(index - 1));
    // An index inside a surrogate pair maps to the start of its code point.
    prefix[index] = secondHalf ? codePoints - 1 : codePoints;
    if (!secondHalf) codePoints++;
  }
  prefix[text.length] = codePoints;
  return (index) => prefix[index]!;
}

/** The inverse: maps a code-point index of `text` to its UTF-16 index (for JavaScript consumers such as the report). */
export function utf16Indexer(text: string): (codePointIndex: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (index) => index;
  const positions: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const secondHalf = index > 0 && isLow(text.charCodeAt(index)) && isHigh(text.charCodeAt(index - 1));
    if (!secondHalf) positions.push(index);
  }
  positions.push(text.length);
  return (index) => positions[Math.min(index, positions.length - 1)]!;
}
