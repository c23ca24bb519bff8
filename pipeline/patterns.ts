/** Building regular expressions from word lists in dictionaries. */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of words, longest first (so that 'kemarin lusa' wins over 'kemarin'); spaces match any whitespace. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegExp(word).replace(/ /g, '\\s+'))
    .join('|');
}

/** Characters that a case-insensitive Unicode pattern folds to ASCII letters (ſ → s, Kelvin sign → k) where a non-Unicode one does not. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;
/** Escapes that read otherwise without 'u' (properties, code points) or that match surrogate halves one by one (\S, \W, \D), or back-references. */
const UNICODE_ESCAPE = /^\\(?:[pPSWDBk1-9]|u\{)/;
/** Whether `text` holds a letter beyond ASCII (its case may fold otherwise without 'u') or an astral character (one character with 'u', two without). */
const foldsOrPairsOtherwise = (text: string): boolean => /[^\P{L}\x00-\x7f]/u.test(text) || /[\ud800-\udfff]/.test(text);

/**
 * The pattern without its look-arounds ((?=…), (?!…), (?<=…), (?<!…)), as a pattern that reads
 * the same without the flag 'u'; null where it cannot be one: a quantified look-around, an
 * escape of UNICODE_ESCAPE, any-character, a negated class, a letter beyond ASCII (whose case
 * folds otherwise) or an astral character (one character with 'u', two without).
 */
export function withoutLookarounds(source: string): string | null {
  let result = '';
  for (let index = 0; index < source.length; ) {
    const char = source[index]!;
    if (char === '\\') {
      if (UNICODE_ESCAPE.test(source.slice(index, index + 3))) return null;
      result += source.slice(index, index + 2);
      index += 2;
    } else if (char === '[') {
      if (source[index + 1] === '^') return null;
      const end = classEnd(source, index);
      const members = source.slice(index + 1, end - 1);
      if (/\\(?:[pPSWD]|u\{)/.test(members) || foldsOrPairsOtherwise(members)) return null;
      result += source.slice(index, end);
      index = end;
    } else if (char === '(' && /^\(\?<?[=!]/.test(source.slice(index, index + 4))) {
      const end = groupEnd(source, index);
      if (end > source.length || /^[*+?{]/.test(source.slice(end, end + 1))) return null;
      index = end;
    } else {
      if (char === '.' || foldsOrPairsOtherwise(char)) return null;
      result += char;
      index++;
    }
  }
  return result || null;
}

/** The index just past the character class that opens at `start`. */
function classEnd(source: string, start: number): number {
  let index = start + 1;
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
  return index + 1;
}

/** The index just past the group that opens at `start` (past the end when it does not close). */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let index = start; index < source.length; ) {
    const char = source[index]!;
    if (char === '\\') index += 2;
    else if (char === '[') index = classEnd(source, index);
    else {
      if (char === '(') depth++;
      else if (char === ')' && --depth === 0) return index + 1;
      index++;
    }
  }
  return source.length + 1;
}

interface Gate {
  /** The pattern without look-arounds and 'u': global. */
  gate: RegExp;
  /** The pattern itself, global, to search from the gate's match. */
  scan: RegExp;
}

/** Gates derived once per source and flags (matchAll and split build new instances of a pattern). */
const gates = new Map<string, Gate | null>();

function gateOf(source: string, flags: string): Gate | null {
  const key = `${flags}/${source}`;
  let found = gates.get(key);
  if (found !== undefined) return found;
  found = null;
  const bare = withoutLookarounds(source);
  if (bare) {
    try {
      found = { gate: new RegExp(bare, `g${flags.replace(/[^ims]/g, '')}`), scan: new RegExp(source, `${flags.replace(/[gy]/g, '')}g`) };
    } catch {
      found = null;
    }
  }
  gates.set(key, found);
  return found;
}

/** The last text checked for FOLDS_TO_ASCII, and the answer: a pattern runs many times over one text. */
let lastChecked: { text: string; folds: boolean } = { text: '', folds: false };

function foldsToAscii(text: string): boolean {
  if (text !== lastChecked.text) lastChecked = { text, folds: FOLDS_TO_ASCII.test(text) };
  return lastChecked.folds;
}

/**
 * A Unicode pattern that finds where it can first match with a cheaper pattern, then searches
 * from there. V8 runs Unicode patterns with look-behinds, and case-insensitive ones above all,
 * several times slower than plain ones: a list of 72 speech verbs scans a 5,000-character
 * article in 123 µs with the flags 'iu' and in 24 µs with 'i'. The gate is the same pattern
 * without its look-arounds and without 'u' (withoutLookarounds): every match of the pattern is a
 * match of the gate at the same place, so the first match cannot start before the gate's first,
 * and searching from there finds the same match. Text with ſ or the Kelvin sign, which only the
 * Unicode pattern folds to s and k, is searched without the gate.
 */
export class GatedRegExp extends RegExp {
  /** This pattern's gate, looked up once (undefined: not yet). */
  private gateCache: Gate | null | undefined;

  private gate(): Gate | null {
    if (this.gateCache === undefined) this.gateCache = this.sticky ? null : gateOf(this.source, this.flags);
    return this.gateCache;
  }

  override exec(text: string): RegExpExecArray | null {
    const gated = this.gate();
    const start = this.global ? this.lastIndex : 0;
    if (!gated || start > text.length || foldsToAscii(text)) return super.exec(text);
    gated.gate.lastIndex = start;
    const first = gated.gate.exec(text);
    let match: RegExpExecArray | null = null;
    if (first) {
      gated.scan.lastIndex = first.index;
      match = gated.scan.exec(text);
    }
    if (this.global) this.lastIndex = match ? gated.scan.lastIndex : 0;
    return match;
  }

  /** matchAll without the copy of the pattern that RegExp's own makes (it would compile it again on every call). */
  override [Symbol.matchAll](text: string): IterableIterator<RegExpMatchArray> {
    const gated = this.global ? this.gate() : null;
    if (!gated || foldsToAscii(text)) return super[Symbol.matchAll](text);
    return matchesFrom(gated, text, this.lastIndex);
  }
}

/** Every match of a gated global pattern in `text` from `start`, as matchAll gives them. */
function* matchesFrom({ gate, scan }: Gate, text: string, start: number): IterableIterator<RegExpMatchArray> {
  // The shared gate and scan may be used between two steps: their positions are set on each use.
  for (let from = start; from <= text.length; ) {
    gate.lastIndex = from;
    const first = gate.exec(text);
    if (!first) return;
    scan.lastIndex = first.index;
    const match = scan.exec(text);
    if (!match) return;
    // An empty match moves on by one character, as matchAll does.
    from = match[0] === '' ? scan.lastIndex + (scan.unicode && (text.codePointAt(scan.lastIndex) ?? 0) > 0xffff ? 2 : 1) : scan.lastIndex;
    yield match;
  }
}

/** `pattern` as a GatedRegExp where a gate can be derived from it (a Unicode pattern), else itself. */
export function gated(pattern: RegExp): RegExp {
  return pattern.unicode && !pattern.sticky && gateOf(pattern.source, pattern.flags) ? new GatedRegExp(pattern.source, pattern.flags) : pattern;
}
