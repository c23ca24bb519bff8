/**
 * Quotation marks: which mark opens, which closes, and the quoted spans they make.
 * Scraped text mixes styles (“ ” " ' ‘ ’ « »), pairs an opening " with a closing ”, and nests
 * the same marks ("… kebijakan “pintu terbuka” aliansi …"). A mark's role comes from its shape
 * where it has one, and from its neighbours where it has not (a straight " after a space opens).
 */
import type { Span } from '../../pipeline/types.js';

const OPENING = new Set(['“', '«', '‹', '„']);
const CLOSING = new Set(['”', '»', '›']);
const AMBIGUOUS_DOUBLE = new Set(['"', '＂']);
const SINGLE_OPEN = new Set(['‘']);
const SINGLE_CLOSE = new Set(['’']);

export interface QuotedSpan {
  /** Offsets of the opening and closing marks (end: just after the closing mark). */
  open: number;
  close: number;
  /** Inner text span, marks excluded. */
  inner: Span;
  /** The quote ran to the end of its paragraph without a closing mark. */
  unclosed: boolean;
}

const isSpace = (char: string | undefined): boolean => char === undefined || /\s/u.test(char);
const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

type Role = 'open' | 'close' | null;

/** The role of the mark at `index` in `text`. */
function roleOf(text: string, index: number, openDepth: number, singleOpen: boolean): Role {
  const mark = text[index]!;
  const before = text[index - 1];
  const after = text[index + 1];
  if (OPENING.has(mark)) return 'open';
  if (CLOSING.has(mark)) {
    // A ” used as an opener: after a space and before a word.
    if (openDepth === 0 && isSpace(before) && isWordChar(after)) return 'open';
    return 'close';
  }
  if (AMBIGUOUS_DOUBLE.has(mark)) {
    const opensHere = (isSpace(before) || /[(\[:—–-]/u.test(before ?? '')) && !isSpace(after);
    const closesHere = !isSpace(before) && (isSpace(after) || /[.,;:!?)\]…—–-]/u.test(after ?? ''));
    if (opensHere && !closesHere) return 'open';
    if (closesHere && !opensHere) return openDepth > 0 ? 'close' : null;
    return openDepth > 0 ? 'close' : 'open';
  }
  if (SINGLE_OPEN.has(mark) || (mark === "'" && isSpace(before) && isWordChar(after))) return 'open';
  if (SINGLE_CLOSE.has(mark) || mark === "'") {
    // An apostrophe inside a word (Jum’at, Qur'an) is not a mark.
    if (isWordChar(before) && isWordChar(after)) return null;
    return singleOpen ? 'close' : null;
  }
  return null;
}

const MARKS = /[“”«»‹›„"＂‘’']/gu;

/** The quoted spans of one paragraph, outermost only (nested quotes stay inside their outer quote). */
export function quotedSpans(text: string, paragraph: Span): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const stack: Array<{ index: number; single: boolean }> = [];
  MARKS.lastIndex = paragraph.start;
  for (let match = MARKS.exec(text); match && match.index < paragraph.end; match = MARKS.exec(text)) {
    const index = match.index;
    const single = /[‘’']/u.test(match[0]);
    const role = roleOf(text, index, stack.filter((entry) => !entry.single).length, stack.some((entry) => entry.single));
    if (role === 'open') {
      stack.push({ index, single });
    } else if (role === 'close') {
      // Close the innermost open mark of the same family; a double mark may also close a single one left open.
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.single !== single) at--;
      if (at < 0) continue;
      const opener = stack[at]!;
      stack.length = at;
      if (stack.length === 0) spans.push({ open: opener.index, close: index + 1, inner: { start: opener.index + 1, end: index }, unclosed: false });
    }
  }
  // A double quote left open runs to the end of the paragraph.
  const outer = stack.find((entry) => !entry.single);
  if (outer) spans.push({ open: outer.index, close: paragraph.end, inner: { start: outer.index + 1, end: paragraph.end }, unclosed: true });
  return spans.sort((a, b) => a.open - b.open);
}

/** Whether a paragraph opens with a quotation mark (it then continues an unclosed quote). */
export function opensWithQuote(text: string, paragraph: Span): boolean {
  return /^[“"«„‘']/u.test(text.slice(paragraph.start, paragraph.start + 1));
}
