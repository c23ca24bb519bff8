/**
 * Finds entity mentions in one sentence by the cues of Indonesian news text:
 * gazetteer names, titles and roles, speech verbs, honorifics, appositions,
 * organisation heads and place cues. Each finder is a small function over the
 * sentence's tokens; the stage resolves overlaps and links mentions afterwards.
 */
import type { EntityType } from '../../output/types.js';
import { longestMatch, type EntityData, type TrieNode } from './data.js';

/** Why a mention was proposed; kept for the closing note and for debugging. */
export type Cue = 'gazetteer' | 'title' | 'speech-verb' | 'honorific' | 'apposition' | 'org-head' | 'place-head' | 'place-cue' | 'acronym' | 'byline' | 'dateline' | 'known-name' | 'nickname' | 'proper-name' | 'initials' | 'list' | 'pair';

export interface Candidate {
  /** Token indices within the sentence, [first, last). */
  first: number;
  last: number;
  type: EntityType;
  cue: Cue;
  /** Gazetteer canonical name, when the name is known. */
  canonical: string | undefined;
  /** A role or title the text gives the person (token range within the sentence). */
  role: { first: number; last: number } | undefined;
  /** For headed names ("Forum NRC"): how many words the head has. */
  head: number | undefined;
}

/** What a finder may add to a candidate. */
type CandidateDetails = Partial<Pick<Candidate, 'canonical' | 'role' | 'head'>>;

/** A new candidate, with every field in the same order: one object shape keeps V8 on its fast path. */
export function candidate(first: number, last: number, type: EntityType, cue: Cue, details: CandidateDetails = {}): Candidate {
  return { first, last, type, cue, canonical: details.canonical, role: details.role, head: details.head };
}

/** One sentence's tokens, as words (their text) with their layout. */
export interface SentenceView {
  words: string[];
  /** The words in lower case, for case-insensitive phrase look-ups. */
  lower: string[];
  /** Whether whitespace precedes each word. */
  spaced: boolean[];
  /** Gazetteer matches by start index, filled on first look-up (null: none). */
  known: Array<Match | null | undefined>;
  /** Whether each word is capitalised and not a stopword: a word that can be part of a name. */
  nameWord: boolean[];
  /** Index of the first word that can open the sentence (after opening quotes and brackets). */
  opening: number;
}

type Match = ReturnType<typeof longestMatch>;

/** The gazetteer match starting at `index`, computed once per sentence. */
export function knownAt(view: SentenceView, index: number, data: EntityData): Match {
  let found = view.known[index];
  if (found === undefined) {
    found = longestMatch(data.gazetteer, view.words, index);
    view.known[index] = found;
  }
  return found;
}

const CAPITALISED = /^\p{Lu}/u;
/** A word of capitals (and digits): an acronym. */
export const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;
const LETTER = /\p{L}/u;
const CLOSING = new Set([',', '.', ':', ';', '!', '?', ')', '”', '"', '’']);

export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90; // ASCII fast path: A–Z
  return CAPITALISED.test(word) && LETTER.test(word);
}

/** Whether a word starts with a lower-case letter. */
export function isLowercase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return /^\p{Ll}/u.test(word);
}

/**
 * The run of name words starting at `index`: capitalised words, name particles between them
 * ("von", "bin"), and words joined by a hyphen without spaces ("Al-Bukhary"). Returns its end.
 */
export function nameRunEnd(view: SentenceView, index: number, data: EntityData, maxWords = 6): number {
  const { words, spaced } = view;
  const { nameWord } = view;
  let end = index;
  let count = 0;
  while (end < words.length && (count < maxWords || !spaced[end])) {
    if (spaced[end] || end === index) count++;
    const word = words[end]!;
    if (nameWord[end]) {
      end++;
      continue;
    }
    const joinsNext = end + 1 < words.length && nameWord[end + 1]!;
    if (end > index && data.nameParticles.has(word) && joinsNext) {
      end++;
      continue;
    }
    // "Majed al-Ansari", "Abdel Fattah el-Sisi": a particle hyphened to the name word it belongs to.
    if (end > index && data.nameParticles.has(word) && end + 2 < words.length && words[end + 1] === '-' && !spaced[end + 1] && !spaced[end + 2] && nameWord[end + 2]) {
      end += 3;
      continue;
    }
    // "NATO-Rusia", "Al-Bukhary", "Tae-yong": a hyphen with no space on either side.
    if (end > index && word === '-' && !spaced[end] && end + 1 < words.length && !spaced[end + 1] && LETTER.test(words[end + 1]!)) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

/** The start of the name run that ends just before `end` (== `end` when there is none). */
export function nameRunStart(view: SentenceView, end: number, data: EntityData, maxWords = 4): number {
  let start = end;
  while (start > 0 && end - start < maxWords) {
    const candidate = start - 1;
    if (nameRunEnd(view, candidate, data, maxWords) < end) break;
    start = candidate;
  }
  // A particle or hyphen cannot open a name.
  while (start < end && !isCapitalised(view.words[start]!)) start++;
  return start;
}

/** The longest phrase of `trie` at `index` (in lower case where asked), or null. */
export function match(trie: TrieNode, view: SentenceView, index: number, lowercase = false) {
  return longestMatch(trie, lowercase ? view.lower : view.words, index);
}

/** Gazetteer names; the longest match at each position. */
export function findGazetteerNames(view: SentenceView, data: EntityData, out: Candidate[]): void {
  for (let index = 0; index < view.words.length; index++) {
    const found = knownAt(view, index, data);
    if (!found) continue;
    let last = found.end;
    // "Eropa Tengah dan Timur", "Jawa Tengah dan Timur": a region coordinated with another direction.
    if (found.entry.type === 'LOC' && data.directions.has(view.words[last - 1]!) && view.words[last] === 'dan' && data.directions.has(view.words[last + 1] ?? '')) {
      out.push(candidate(index, last + 2, 'LOC', 'gazetteer'));
      index = last + 1;
      continue;
    }
    // "Jakarta Selatan", "Lampung Utara", "Bekasi Utara": a known place and a direction name another place.
    const direction = knownEnd(view, found, data);
    if (direction > last) {
      out.push(candidate(index, direction, 'LOC', 'place-head'));
      index = direction - 1;
      continue;
    }
    out.push(candidate(index, last, found.entry.type, 'gazetteer', { canonical: found.entry.name }));
    index = last - 1;
  }
}

/**
 * The end of the direction ("Selatan", "Barat Daya") after a known place that ends at `index`, in
 * languages that write it after the place; `index` where there is none.
 */
function directionEnd(view: SentenceView, index: number, data: EntityData): number {
  if (!data.directionsFollowPlaces || !view.spaced[index]) return index;
  if (index + 1 < view.words.length && view.spaced[index + 1] && data.directions.has(`${view.words[index]} ${view.words[index + 1]}`)) return index + 2;
  return data.directions.has(view.words[index] ?? '') ? index + 1 : index;
}

/** Where a known name ends, with the direction after a place ("Jakarta Selatan"). */
function knownEnd(view: SentenceView, known: NonNullable<Match>, data: EntityData): number {
  return known.entry.type === 'LOC' ? directionEnd(view, known.end, data) : known.end;
}

/** Skips what may stand between a title and the name: qualifiers, known names, a bracketed aside, one comma or dash. */
function skipQualifiers(view: SentenceView, index: number, data: EntityData): number {
  let cursor = index;
  let separators = 0;
  for (;;) {
    const word = view.words[cursor];
    if (word === undefined) return cursor;
    const qualifier = match(data.qualifiers, view, cursor, true);
    // "Jaksa Agung X" but "Juru bicara Kementerian ESDM Agung Pribadi": a qualifier that is also a given name qualifies only the title it follows.
    if (qualifier && (cursor === index || !data.firstNames.has(word))) {
      cursor = qualifier.end;
      continue;
    }
    // "Lettu Czi Mochtar", "Brigjen TNI Achiruddin": the corps or force after a rank.
    if (data.rankSuffixes.has(word)) {
      cursor++;
      continue;
    }
    const known = knownAt(view, cursor, data);
    if (known && known.entry.type !== 'PERSON') {
      cursor = knownEnd(view, known, data);
      continue;
    }
    if (word === '(') {
      const close = view.words.indexOf(')', cursor);
      if (close > cursor && close - cursor <= 6) {
        cursor = close + 1;
        continue;
      }
    }
    if ((word === ',' || word === '–' || word === '—' || word === '-') && separators === 0 && cursor > index) {
      separators++;
      cursor++;
      continue;
    }
    return cursor;
  }
}

/** A lowercase title phrase (case-insensitive) starting at `index`. */
export function titleAt(view: SentenceView, index: number, data: EntityData): number | null {
  return match(data.titles, view, index, true)?.end ?? null;
}

/** The fewest words of a run after a title that hold an institution (its head word and a name word) and a person's two-word name. */
const MIN_INSTITUTION_AND_NAME = 4;

/** The most words of a person's name: "Terbit Rencana Perangin Angin", "Wan Mohd Zahari Wan Busu". */
const MAX_NAME_WORDS = 5;

/** The most words a bracket inside a title's institution may hold: "(Persero)", "(BPS)", "(Purn)". */
const MAX_BRACKET_WORDS = 4;

/**
 * Where the name starts in a run of capitalised words after a title: after the last known name
 * ("Pelatih Timnas Indonesia Shin Tae-yong") or the last title ("Kapolda Metro Jaya Irjen Fadil
 * Imran") that still leaves a word of the run; `start` where there is none.
 */
function nameAfterInstitution(view: SentenceView, start: number, end: number, data: EntityData): number {
  // After honorifics the run is the name: a title or an honorific inside it is the father's ("Tengku Datuk Seri Zafrul Tengku Abdul Aziz").
  if (afterHonorifics(view, start, data)) return start;
  let nameStart = start;
  for (let cursor = start; cursor < end; cursor++) {
    // "Direktur Utama PT Timah Tbk Mochtar Riza", "PT Bank Rakyat Indonesia (Persero) Tbk Sunarso": a legal form ends the company's name.
    // Where the run ends with it, the name may follow a comma ("Direktur Multi Prima Sejahtera Tbk, Hery Soegiarto").
    const legalEnd = data.legalForms.has(view.words[cursor]!) ? legalFormsEnd(view, cursor, data) : end;
    if (legalEnd < end) {
      nameStart = legalEnd;
      cursor = nameStart - 1;
      continue;
    }
    const known = knownAt(view, cursor, data);
    // "Rektor Universitas Jenderal Soedirman Akhmad Sodiq": a title right after an institution's head word is part of its name.
    const title = known || cursor === start || namedAfterSomeone(view, cursor, data) ? null : titleAt(view, cursor, data);
    // "Kombes Pol Hengki": a title's qualifiers after it are the title's too.
    const boundary = (known ? knownEnd(view, known, data) : null) ?? (title !== null ? skipQualifiers(view, title, data) : null);
    const honours = boundary === null && cursor > start ? honorificsEnd(view, cursor, data) : null;
    if (honours !== null && honours < end) return honours;
    if (boundary !== null && boundary < end) {
      // No name opens with a connector: "Komisi IX DPR dari Fraksi PDI-P" goes on.
      if (!data.connectors.has(view.words[boundary]!)) nameStart = boundary;
      cursor = boundary - 1;
    }
  }
  return nameStart;
}

/**
 * The end of the honorifics starting at `index` ("Menteri Kemajuan Desa dan Wilayah Datuk Seri Dr
 * Ahmad Zahid Hamidi": they open the name, so what stands before them is the title's), or null.
 */
export function honorificsEnd(view: SentenceView, index: number, data: EntityData): number | null {
  let end = index;
  // One word ("Datuk") or two that are honours only together ("Tan Sri": "Tan" alone is a surname).
  for (;;) {
    if (end + 1 < view.words.length && data.honorifics.has(`${view.words[end]} ${view.words[end + 1]}`)) end += 2;
    else if (end < view.words.length && data.honorifics.has(view.words[end]!)) end++;
    else break;
  }
  return end > index && !data.notAfterHonorific.has(view.words[end] ?? '') ? end : null;
}

/** Whether an honorific stands right before `index`: what follows it is a person's name. */
function afterHonorifics(view: SentenceView, index: number, data: EntityData): boolean {
  return index > 0 && data.honorifics.has(view.words[index - 1]!);
}

/** Whether `word` is a connector that goes on with a name which has (`foreign`) or has not used a foreign one: "Bank of America dan …" ends at "dan". */
function continuesName(word: string, foreign: boolean, data: EntityData): boolean {
  return data.connectors.has(word) && (!foreign || data.foreignConnectors.has(word));
}

/** The end of the name runs joined by connectors from the connector at `index`: "… for Development of Economics and Finance". */
function connectedEnd(view: SentenceView, index: number, data: EntityData): number {
  let end = index;
  let foreign = false;
  while (continuesName(view.words[end] ?? '', foreign, data) && view.nameWord[end + 1]) {
    foreign ||= data.foreignConnectors.has(view.words[end]!);
    end = nameRunEnd(view, end + 1, data, 8);
  }
  return end;
}

/**
 * "Menteri Perdagangan Dalam Negeri dan Hal Ehwal Pengguna, Datuk Seri …": a title's portfolio that goes on past a connector
 * at `index`, up to the comma before the name, its short form's bracket or a given name. The comma's or the bracket's index,
 * or where the name starts, or null.
 */
function portfolioAfterConnector(view: SentenceView, index: number, data: EntityData): number | null {
  const goesOn = (at: number): boolean => view.nameWord[at] === true || (data.innerNameWords.has(view.words[at] ?? '') && view.nameWord[at + 1] === true);
  if (!data.connectors.has(view.words[index] ?? '') || !goesOn(index + 1) || knownAt(view, index + 1, data) || titleAt(view, index + 1, data) !== null) return null;
  let end = index + 1;
  while (goesOn(end)) end = view.nameWord[end] ? nameRunEnd(view, end, data, 8) : end + 1;
  // "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Ajat …": or up to the portfolio's short form in brackets.
  if (view.words[end] === ',' || (view.words[end] === '(' && shortBracketEnd(view, end) !== null)) return end;
  // The portfolio may go on past another connector before the name ("untuk Terorisme dan Intelijen Keuangan Brian …").
  while (data.connectors.has(view.words[end] ?? '') && view.nameWord[end + 1]) end = nameRunEnd(view, end + 1, data, 8);
  // "Wakil Menteri Keuangan AS untuk Terorisme dan Intelijen Keuangan Brian Nelson": or up to a given name two words in or more.
  return givenNameWithin(view, index + 2, end, data);
}

/**
 * "Menteri Kemajuan Desa dan Wilayah, Datuk Seri Dr Ahmad Zahid Hamidi": a portfolio whose first words are a run of
 * their own, at `index`, then a connector; only where the run holds no given name and a name follows the comma
 * (not "Gubernur Anies Baswedan dan Ahmad Riza Patria, Rabu, …"). The comma's index, or null.
 */
function portfolioAfterRun(view: SentenceView, index: number, data: EntityData): number | null {
  const runEnd = nameRunEnd(view, index, data, 8);
  if (runEnd === index || holdsGivenName(view, index, runEnd, data) || knownAt(view, index, data)?.entry.type === 'PERSON') return null;
  const comma = portfolioAfterConnector(view, runEnd, data);
  return comma !== null && nameAfterTitleComma(view, comma, data) !== null ? comma : null;
}

/**
 * Where the name starts after the comma at `comma` that closes a title: after honorifics ("Menteri Besar, Datuk Seri …"),
 * or a name set off by another comma or followed by a speech verb, or one word before where it was said ("Direktur
 * Teknologi dan Operasional Bank Mandiri, Sasmita di Jakarta, Jumat"). Null where no name follows.
 */
function nameAfterTitleComma(view: SentenceView, comma: number, data: EntityData): number | null {
  const honours = honorificsEnd(view, comma + 1, data);
  if (honours !== null) return honours;
  if (setOffName(view, comma + 1, data)) return comma + 1;
  const nameEnd = nameRunEnd(view, comma + 1, data, MAX_NAME_WORDS);
  return nameEnd > comma + 1 && !data.weekdays.has(view.lower[comma + 1]!) && data.placePrepositions.has(view.words[nameEnd] ?? '') ? comma + 1 : null;
}

/** The most words of one item of an institution's list: "Ketahanan Pangan", "Kelautan". */
const MAX_LIST_ITEM_WORDS = 3;

/**
 * From the comma at `comma`, the rest of a list that names an institution: ", Kelautan, dan Pertanian",
 * ", Riset, dan Teknologi". Items are short runs of capitalised words; the last follows a connector
 * ('dan', with or without a comma before it). The start (`last`) and end of the last item's run, or null.
 */
function listedInstitutionEnd(view: SentenceView, comma: number, data: EntityData): { last: number; end: number } | null {
  // "Direktur Utama PT Bank Mandiri, Agus Martowardoyo dan Direktur Utama PT PKG …": a person or a title is no item.
  const personOrTitle = (at: number): boolean => data.firstNames.has(view.words[at]!) || titleAt(view, at, data) !== null;
  let cursor = comma;
  while (view.words[cursor] === ',') {
    const joined = data.connectors.has(view.words[cursor + 1] ?? '');
    const start = joined ? cursor + 2 : cursor + 1;
    // An item that is a name of its own (a known one, an acronym, a head word's) makes a list of institutions: "Kementerian Keuangan, BI, dan OJK".
    if (!view.nameWord[start] || ACRONYM.test(view.words[start]!) || knownAt(view, start, data) || match(data.orgHeads, view, start) || match(data.placeHeads, view, start)) return null;
    if (personOrTitle(start)) return null;
    const end = nameRunEnd(view, start, data, 8);
    if (joined) return { last: start, end };
    if (end - start > MAX_LIST_ITEM_WORDS) return null;
    cursor = end;
    // "Pendidikan, Kebudayaan dan Teknologi": the last item may follow its connector without a comma.
    const last = cursor + 1;
    if (data.connectors.has(view.words[cursor] ?? '') && view.nameWord[last]) {
      return personOrTitle(last) ? null : { last, end: nameRunEnd(view, last, data, 8) };
    }
  }
  return null;
}

/** The index after a short bracket that opens at `index` ("(BPS)", "(Persero)"), or null. */
function shortBracketEnd(view: SentenceView, index: number): number | null {
  if (view.words[index] !== '(') return null;
  const close = view.words.indexOf(')', index);
  return close > index && close - index <= MAX_BRACKET_WORDS ? close + 1 : null;
}

/** Whether a short bracket at `index` closes an institution and a name follows it: "(Indef) Tauhid Ahmad". */
function nameAfterBracket(view: SentenceView, index: number, data: EntityData): boolean {
  const after = shortBracketEnd(view, index);
  return after !== null && nameRunEnd(view, after, data, 8) > after;
}

/**
 * "Direktur Utama Perum Bulog Budi Waseso": in a run after a title that does not open with a given
 * name, the first given name two words in or more, followed by another word of the run, starts the
 * person's name ("Susilo Bambang Yudhoyono" holds two given names); one word in after a known name (`afterKnown`).
 */
function startAtFirstName(view: SentenceView, start: number, end: number, data: EntityData, afterKnown = false): number {
  if (data.firstNames.has(view.words[start] ?? '')) return start;
  // "Direktur Toba Pulp Firman Mulya Nauli": after a known name the institution may go on by one word;
  // "Kepala Bapanas Arief Prasetyo Adi": an institution the article named by that short form may be one word, and so may
  // a brand written with a capital inside ("CEO GoTo Patrick Walujo").
  const oneWord = afterKnown || data.shortForms.has(view.words[start] ?? '') || BRAND.test(view.words[start] ?? '');
  return givenNameWithin(view, start + (oneWord ? 1 : 2), end, data) ?? start;
}

/** The end of the first known name (not a person's) that starts in [from, to) and whose end `fits`, or null. */
function knownEndWhere(view: SentenceView, from: number, to: number, data: EntityData, fits: (end: number) => boolean): number | null {
  for (let index = from; index < to; index++) {
    const known = knownAt(view, index, data);
    const end = known && known.entry.type !== 'PERSON' ? knownEnd(view, known, data) : null;
    if (end !== null && fits(end)) return end;
  }
  return null;
}

/** Whether a known name (not a person's) in [from, to) ends at `to`: what follows it goes on from it. */
function knownEndsAt(view: SentenceView, from: number, to: number, data: EntityData): boolean {
  return knownEndWhere(view, from, to, data, (end) => end === to) !== null;
}

/** The end of a known organisation or place that starts in [from, to) and ends past `to` (its name holds commas), or null. */
function knownEndPast(view: SentenceView, from: number, to: number, data: EntityData): number | null {
  return knownEndWhere(view, from, to, data, (end) => end > to);
}

/** The first given name in [start, end) followed by another word of the run ("Airlangga Hartarto"), or null. */
function givenNameWithin(view: SentenceView, start: number, end: number, data: EntityData): number | null {
  for (let index = start; index + 1 < end; index++) if (view.spaced[index] && data.firstNames.has(view.words[index]!)) return index;
  return null;
}

/** Whether a known name or a bracketed aside stands in [start, end): "Komisi I DPR", "Badan Pusat Statistik (BPS)". */
function institutionBetween(view: SentenceView, start: number, end: number, data: EntityData): boolean {
  for (let index = start; index < end; index++) if (view.words[index] === '(' || knownAt(view, index, data)) return true;
  return false;
}

/**
 * Where the role starts before a title at `index`: at the capitalised words of its portfolio and a
 * possessive in English ("Japanese Economy Minister", "CNN's chief medical correspondent", "the
 * president’s lawyer").
 */
function portfolioStart(view: SentenceView, index: number, data: EntityData): number {
  let first = index;
  // "Istri korban, Siti Nurhaliza", "Kuasa hukum tersangka, Budi Santoso": where the head comes first, a role noun or
  // a title right before the title is whose the title tells.
  if (!data.portfolioBeforeTitle) {
    // "Penjabat Gubernur Kalbar", "Plt Kepala Dinas", "Mantan Menteri": a word that qualifies the title opens the role.
    for (let before = first - 1; before >= Math.max(0, first - 3); before--) {
      if (match(data.roles, view, before, true)?.end === first || match(data.titles, view, before, true)?.end === first || match(data.titlePrefixes, view, before, true)?.end === first) first = before;
    }
    return first;
  }
  for (;;) {
    const possessive = first > 1 && !view.spaced[first - 1] && POSSESSIVE.test(view.words[first - 1]!) ? 1 : 0;
    const word = first - 1 - possessive;
    if (word < 0 || !view.spaced[first] || knownAt(view, word, data)?.entry.type === 'PERSON') return first;
    // "the president’s lawyer": a common noun's possessive, with its article, opens the role.
    if (possessive && LOWERCASE_WORD.test(view.words[word]!)) return word > 0 && data.appositionArticles.has(view.lower[word - 1]!) ? word - 1 : word;
    // "former special envoy": a qualifier in lower case qualifies the title that follows it; not a connector
    // that qualifies a title before it ("ambassador to"): "sending the bill to President Joe Biden".
    if (!view.nameWord[word] && (possessive || match(data.qualifiers, view, word, true)?.end !== first || data.connectors.has(view.lower[word]!) || data.prepositions.has(view.lower[word]!))) return first;
    first = word;
  }
}
const POSSESSIVE = /^['’]s$/u;

/** Whether a name of two words or more at `index` is set off by a comma after it or followed by a speech verb: "Sajid Javid, approved", "Sajid Javid said". */
function setOffName(view: SentenceView, index: number, data: EntityData): boolean {
  const end = nameRunEnd(view, index, data, MAX_NAME_WORDS);
  return end - index >= 2 && (view.words[end] === ',' || data.speechAfter.has(view.lower[end] ?? ''));
}

/**
 * Whether a place or an institution opens at `index`: a head word ("Jawatankuasa", "Desa Sukamaju") or a
 * known organisation or place, which must end at `last` where that is given.
 */
function opensInstitution(view: SentenceView, index: number, data: EntityData, last?: number): boolean {
  const known = knownAt(view, index, data);
  if (known) return known.entry.type !== 'PERSON' && (last === undefined || known.end === last);
  return match(data.placeHeads, view, index) !== null || match(data.orgHeads, view, index) !== null;
}

/** The most lowercase words that may describe a title before the name: "pakar hukum tata negara", "pebulu tangkis tunggal putra". */
const MAX_DESCRIPTORS = 3;
const LOWERCASE_WORD = /^\p{Ll}+$/u;

/**
 * Where the name starts after a title (at `title`) and lowercase words that describe it ("ahli
 * epidemiologi", "pemain perseorangan negara Lee Zii Jia"), or null. Only where a speech verb
 * stands before the title or after the name: elsewhere such words are as likely the sentence's own.
 */
function describedNameStart(view: SentenceView, title: number, start: number, data: EntityData): number | null {
  let cursor = start;
  while (cursor < start + MAX_DESCRIPTORS && isDescriptionWord(view, cursor, data)) cursor++;
  // "pengamat pertanian dari Institut Pertanian Bogor (IPB) Dwi Andreas Santosa", "peneliti dari Indef Bhima Yudhistira": the
  // institution after "dari" is the title's, and the name follows it, whatever the verb.
  if (data.institutionPrepositions.has(view.lower[cursor] ?? '') && opensInstitution(view, cursor + 1, data)) return cursor + 1;
  // "Juru bicara kementerian, Nasser Kanaani, menyebut": the name set off by commas right after the words that describe the title.
  if (cursor > start && commaNameThenVerb(view, cursor, data)) return cursor + 1;
  if (cursor === start || !view.nameWord[cursor] || match(data.orgHeads, view, cursor)) return null;
  if (title > 0 && data.speechBefore.has(view.lower[title - 1]!)) return cursor;
  // "Pelatih tunggal putra pelatnas PBSI, Irwansyah, mengatakan": the institution, then the name set off by commas before the verb.
  const runEnd = nameRunEnd(view, cursor, data, 8);
  return verbFollows(view, runEnd, data) || commaNameThenVerb(view, runEnd, data) ? cursor : null;
}

/** Whether a comma at `comma` is followed by a name set off by another comma, or not, and then a speech verb. */
function commaNameThenVerb(view: SentenceView, comma: number, data: EntityData): boolean {
  if (view.words[comma] !== ',' || !view.nameWord[comma + 1]) return false;
  const end = nameRunEnd(view, comma + 1, data, MAX_NAME_WORDS);
  return view.words[end] === ',' ? data.speechAfter.has(view.lower[end + 1] ?? '') : verbFollows(view, end, data);
}

/** "Wakil Menteri Luar Negeri Rusia Alexander Grushko", "juru bicara Kremlin Dmitry Peskov". */
export function findTitledNames(view: SentenceView, data: EntityData, out: Candidate[]): void {
  for (let index = 0; index < view.words.length; index++) {
    const titleEnd = titleAt(view, index, data);
    // "Anggota Komisi I DPR Christina Aryani": a role noun names someone only after an institution ("anggota Hamas" names no one).
    const roleEnd = titleEnd === null ? (match(data.roles, view, index, true)?.end ?? null) : null;
    let opening = titleEnd ?? roleEnd;
    // "para pemimpin Barat", "Raja-Raja Melayu": a plural title names no one.
    if (opening === null || (index > 0 && data.pluralMarkers.has(view.lower[index - 1]!)) || reduplicated(view, index)) continue;
    // "Amirul Hakim Zulkifli": after a given name a title word is a word of the name.
    if (titleEnd !== null && titleWordInName(view, index, data)) continue;
    // "Stadion Kapten I Wayan Dipta", "Jalan Jenderal Sudirman", "Universitas Jenderal Soedirman": right after a place's or an
    // institution's head word, a title is part of its name (not after an institution's name: "Kantor Staf Presiden Moeldoko").
    if (titleEnd !== null && (placeHeadEndsAt(view, index, data) || memberHeadEndsAt(view, index, data) || namedAfterSomeone(view, index, data))) continue;
    // "General Mills": a known name that opens with a title word is that name, not a title and a name; "Pimpinan Pusat
    // Muhammadiyah": so is an institution whose head word opens with one.
    if ((knownAt(view, index, data)?.end ?? 0) > opening || (match(data.orgHeads, view, index)?.end ?? 0) > opening) continue;
    // "Kepala Badan Koordinasi Penanaman Modal (BKPM)": a known institution that opens inside the title and goes on past it
    // ends the title where it opens.
    for (let inner = index + 1; inner < opening; inner++) {
      const known = knownAt(view, inner, data);
      if (known && known.entry.type !== 'PERSON' && knownEnd(view, known, data) > opening) {
        opening = inner;
        break;
      }
    }
    let nameStart = skipQualifiers(view, opening, data);
    let titleStop = opening;
    const portfolio = titleEnd !== null ? portfolioAfterConnector(view, nameStart, data) ?? portfolioAfterRun(view, nameStart, data) : null;
    if (portfolio !== null) nameStart = titleStop = portfolio;
    // "Kepala Dinas Kesehatan dan Penataan Ruang (PUPR) Ajat …": the portfolio's short form in brackets, then the name.
    if (portfolio !== null && view.words[nameStart] === '(') {
      const after = shortBracketEnd(view, nameStart);
      if (after !== null && view.nameWord[after]) nameStart = titleStop = after;
    }
    // "Menteri Besar, Datuk Seri Muhammad Sanusi Md Nor berkata", "the UK Home Secretary, Sajid Javid, approved": a comma right
    // after the title, before honorifics that open the name or before a name set off by another comma or followed by a speech verb.
    if (view.words[nameStart] === ',' && nameStart === titleStop) nameStart = nameAfterTitleComma(view, nameStart, data) ?? nameStart;
    // "Kapolres Jakarta Barat Kombes Pasma Royce": a rank after the title and its institution is the title's too.
    for (let rank = titleAt(view, nameStart, data); rank !== null; rank = titleAt(view, nameStart, data)) nameStart = skipQualifiers(view, rank, data);
    // "kata pakar hukum tata negara Refly Harun": lowercase words that describe the title, where a speech verb frames the name.
    const described = describedNameStart(view, index, nameStart, data);
    if (described !== null) nameStart = skipQualifiers(view, described, data);
    let nameEnd = nameRunEnd(view, nameStart, data, 8);
    // The institution after a title may go on past a bracket or a connector; the name follows it.
    for (;;) {
      const word = view.words[nameEnd];
      if (nameEnd === nameStart || word === undefined) break;
      if (word === '(') {
        // "Kepala Badan Pusat Statistik (BPS) Margo Yuwono", "Direktur Utama PT Pertamina (Persero) Nicke Widyawati".
        let after = shortBracketEnd(view, nameEnd);
        // "Kepala Badan Pusat Statistik (BPS) Brigjen Margo Yuwono": a rank after the bracket is the title's too.
        for (let rank = after === null ? null : titleAt(view, after, data); rank !== null; rank = titleAt(view, after!, data)) after = skipQualifiers(view, rank, data);
        const end = after === null ? -1 : nameRunEnd(view, after, data, 8);
        if (after === null || end <= after) break;
        [nameStart, nameEnd] = [after, end];
      } else if (data.innerNameWords.has(word) && view.spaced[nameEnd] && view.nameWord[nameEnd + 1]) {
        // "Kepala Badan Intelijen Dalam Negeri Budi Gunawan": a word that opens no name goes on with the institution.
        nameEnd = nameRunEnd(view, nameEnd + 1, data, 8);
      } else if (word === ',' && !holdsGivenName(view, nameStart, nameEnd, data)) {
        // "Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian (KPKP) DKI Jakarta Suharini Eliawati": an institution named by a list.
        const list = listedInstitutionEnd(view, nameEnd, data);
        // Only where the institution's bracket or the person's name follows the last item: not a list of people
        // ("Menteri BUMN Erick Thohir, Sandiaga Uno, dan Bahlil Lahadalia").
        if (list !== null && view.words[list.end] === '(') nameEnd = list.end;
        else {
          // "…, dan Teknologi Nadiem Makarim": the last item's run ends with the person's two words.
          if (list !== null && list.end - list.last >= 3) [nameStart, nameEnd] = [list.end - 2, list.end];
          break;
        }
      } else if (data.connectors.has(word) && view.nameWord[nameEnd + 1] && !holdsGivenName(view, nameStart, nameEnd, data)) {
        // Not "Ketua Umum Partai Golkar Airlangga Hartarto dan Ketua Umum PAN …": a run that already holds a given name ends at the connector.
        // "Kepala Pusat Data dan Informasi BNPB Abdul Muhari": only where a known name or a title after the connector ends the institution,
        // or a bracket with a name after it: "Ekonom Institute for Development of Economics and Finance (Indef) Tauhid Ahmad".
        const end = nameRunEnd(view, nameEnd + 1, data, 8);
        const knownPast = knownEndPast(view, nameEnd + 1, end, data);
        // "Anggota Komisi IX DPR dari Fraksi PDI-P, Rahmad Handoyo, meminta": or the name follows a comma after it.
        // "Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti": or a given name after the connector's first word opens the name.
        if (nameAfterInstitution(view, nameEnd + 1, end, data) > nameEnd + 1 || commaNameThenVerb(view, end, data) || givenNameWithin(view, nameEnd + 2, end, data) !== null) nameEnd = end;
        // "Kepala Pusat Gempa Bumi dan Tsunami Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Bambang …": a known
        // institution whose name holds commas goes on past the run; the name follows it.
        else if (knownPast !== null) nameEnd = knownPast;
        else {
          const chain = connectedEnd(view, nameEnd, data);
          if (!nameAfterBracket(view, chain, data)) break;
          nameEnd = chain;
        }
      } else break;
    }
    const institutionStart = nameAfterInstitution(view, nameStart, nameEnd, data);
    // After honorifics the run is the name, whatever given names it holds ("Datuk Seri Zafrul Tengku Abdul Aziz").
    nameStart = afterHonorifics(view, institutionStart, data) ? institutionStart : startAtFirstName(view, institutionStart, nameEnd, data, knownEndsAt(view, opening, institutionStart, data));
    // A role noun names someone only after an institution; that may be the whole run, before a comma and the name.
    let roleNamed = roleEnd === null || institutionBetween(view, roleEnd, nameStart, data);
    const runEnd = nameEnd;
    nameEnd = Math.min(nameEnd, nameRunEnd(view, nameStart, data, MAX_NAME_WORDS));
    // "Direktur Eksekutif Indef, Tauhid Ahmad mengatakan": an unknown organisation, then the name after the comma;
    // "Pengerusi Jawatankuasa Kerja Raya negeri, Mohd Salleh Saidin berkata": a lowercase word may end the institution.
    // "Presiden Persatuan Pengguna Islam Malaysia (PPIM), Datuk Nadzim Johan": the institution's bracket may stand before the comma.
    // "Anggota Komisi IX DPR dari Fraksi PDI-P, Rahmad Handoyo": an institution joined by a connector runs up to the comma.
    const institutionEnd = shortBracketEnd(view, nameEnd) ?? (runEnd > nameEnd && view.words[runEnd] === ',' ? runEnd : nameEnd);
    const comma = isDescriptionWord(view, institutionEnd, data) ? institutionEnd + 1 : institutionEnd;
    let after = comma + 1;
    // "Ketua Polis Daerah Kubang Pasu, Supt Rodzi Abdul Ghani berkata": after an institution (its head may be the title's qualifier), the comma may hold a rank before the name.
    if (opensInstitution(view, nameStart, data) || opensInstitution(view, nameStart - 1, data)) for (let rank = titleAt(view, after, data); rank !== null; rank = titleAt(view, after, data)) after = skipQualifiers(view, rank, data);
    if (nameEnd > nameStart && view.words[comma] === ',' && titleAt(view, after, data) === null) {
      // Honours before the name are not counted in its words ("…, Datuk Dr Ahmad Parveez Ghulam Kadir, berkata").
      const secondEnd = nameRunEnd(view, honorificsEnd(view, after, data) ?? after, data, MAX_NAME_WORDS);
      const following = view.words[secondEnd]?.toLowerCase();
      // '…, kata Kepala Badan Pusat Statistik, Margo Yuwono.': after a speech verb, the name may end the sentence.
      const endsReport = (following === '.' || following === '!' || following === '?') && index > 0 && data.speechBefore.has(view.lower[index - 1]!);
      // "Seorang warga Cugenang, Dede Suherman (45), mengaku": an age in brackets after the name marks it as one.
      const aged = following === '(' && AGE.test(view.words[secondEnd + 1] ?? '') && view.words[secondEnd + 2] === ')';
      const verbFollows = following === undefined || following === ',' || endsReport || aged || data.speechAfter.has(following) || (!data.titleCommaNeedsSpeechVerb && isLowercase(view.words[secondEnd]!));
      // "Sen. Mike Lee, R-Utah, had": a party and a state set off by commas are no name.
      const partyTag = /^\p{Lu}$/u.test(view.words[after] ?? '') && view.words[after + 1] === '-' && !view.spaced[after + 1];
      // A name of one word only where it is set off by commas before a speech verb: "…, Irwansyah, mengatakan".
      const mononym = secondEnd - after === 1 && following === ',' && data.speechAfter.has(view.lower[secondEnd + 1] ?? '');
      if ((secondEnd - after >= 2 || mononym) && verbFollows && !partyTag) {
        // Honours before the name are the role's, as right after a title ("Menteri Besar, Datuk Seri …").
        const honours = honorificsEnd(view, after, data);
        nameStart = honours !== null && honours < secondEnd ? honours : after;
        nameEnd = secondEnd;
        roleNamed ||= aged || institutionBetween(view, roleEnd!, nameStart, data);
      }
    }
    if (!roleNamed) continue;
    // "Direktur Utama PT Sinar Abadi Jaya Tondi Siregar": an institution with no known end, then the name; a name's two words
    // close the run (rather than the company's three words and the first of the name).
    // Not where a capitalised word goes on past the run ("Kongres Kesatuan Pekerja-Pekerja Di Dalam Perkhidmatan Awam"), and
    // the name's words are whole words: a hyphenated one is one.
    const lastTwo = wordStartsBack(view, runEnd, 2);
    if (nameStart < runEnd && runEnd - nameStart >= MIN_INSTITUTION_AND_NAME && view.words[runEnd] !== '(' && !isCapitalised(view.words[runEnd] ?? '')
      && lastTwo > nameStart && match(data.orgHeads, view, nameStart) !== null) {
      out.push(candidate(nameStart, lastTwo, 'ORG', 'title'));
      [nameStart, nameEnd] = [lastTwo, runEnd];
    }
    // A lone abbreviation is no name: "Surat Keputusan Menteri Pendidikan dan Kebudayaan No. 70".
    const abbreviation = nameEnd - nameStart === 1 && view.words[nameStart]!.endsWith('.');
    // "… Ibu Pejabat Polis Kontinjen (IPK) Johor": a known place or organisation after the institution is no one's name.
    const known = knownAt(view, nameStart, data);
    const knownName = known !== null && known.entry.type !== 'PERSON' && knownEnd(view, known, data) >= nameEnd;
    // "president of District 751": one word right after a connector is the institution the title is of, not a name.
    const institutionOnly = nameEnd - nameStart === 1 && nameStart > 0 && data.connectors.has(view.words[nameStart - 1]!);
    // "chief Japan economist", "senior China analyst": one word before a lowercase title qualifies that title.
    const qualifiesTitle = nameEnd - nameStart === 1 && isLowercase(view.words[nameEnd] ?? '') && titleAt(view, nameEnd, data) !== null;
    // "Kepala sekolah SDN 4 Slipi", "Presiden Kongres Kesatuan Pekerja-Pekerja Di Dalam …": a run that opens with an
    // institution's head word, and holds no given name after it ("Aliansi Jens Stoltenberg" does), is the institution.
    const headOnly = (match(data.orgHeads, view, nameStart) !== null && givenNameWithin(view, nameStart + 1, nameEnd, data) === null)
      // "Kepala Perpustakaan UIN Alauddin berinisial AI": an institution's head word with one word or none after it in the run
      // names the institution, and leaves no word for a person.
      || institutionEndsRun(view, nameStart + 1, nameEnd, data);
    // "Mantan Menko Polhukam itu": a demonstrative makes the title phrase a description of someone named before.
    const pointsBack = nameEnd - nameStart === 1 && data.demonstratives.has(view.lower[nameEnd] ?? '');
    if (nameEnd > nameStart && !abbreviation && !knownName && !institutionOnly && !qualifiesTitle && !headOnly && !pointsBack && titleAt(view, nameStart, data) === null && !data.pronouns.has(view.words[nameStart]!)) {
      out.push(candidate(nameStart, nameEnd, 'PERSON', 'title', { role: { first: portfolioStart(view, index, data), last: nameStart } }));
      index = nameEnd - 1;
    }
  }
}

/**
 * A word with a capital inside after lowercase letters: a brand ("GoTo", "PayPal", "TikTok"), not a surname's
 * particle ("McDonald", "DeSantis", "MacArthur", "DiCaprio", "LeBron").
 */
const BRAND = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}/u;

/** Whether an institution's head word stands in (start, end) with at most one word after it before `end`. */
function institutionEndsRun(view: SentenceView, start: number, end: number, data: EntityData): boolean {
  for (let index = start; index < end; index++) {
    const head = isCapitalised(view.words[index]!) ? match(data.orgHeads, view, index) : null;
    if (head && head.end <= end && end - head.end <= 1) return true;
  }
  return false;
}

/** Where the `count` words that end at `end` start: a word runs from a spaced token up to the next one ("Pekerja-Pekerja" is one). */
function wordStartsBack(view: SentenceView, end: number, count: number): number {
  let start = end;
  for (let seen = 0; seen < count && start > 0; ) {
    start--;
    if (view.spaced[start]) seen++;
  }
  return start;
}

const AGE = /^\d{1,3}$/u;
/** A capitalised word cut short with a full stop: "No.", "Hal.", "Kab.". */
const SHORTENED = /^\p{Lu}\p{Ll}*\.$/u;

/** Whether a place's head word ("Stadion", "Negara Bagian") ends right before `index`. */
function placeHeadEndsAt(view: SentenceView, index: number, data: EntityData): boolean {
  return headEndsAt(view, index, data.placeHeads);
}

/**
 * Whether an institution's head word ends right before `index`, in a language whose head opens the name: a title there
 * is part of the name ("Universitas Jenderal Soedirman", "IAIN Syekh Nurjati"; not "State Department official David Holmes").
 */
function namedAfterSomeone(view: SentenceView, index: number, data: EntityData): boolean {
  return !data.modifiersBeforeHead && headEndsAt(view, index, data.orgHeads);
}

/** Whether one of `heads` ("Stadion", "UIN") ends right before `index`. */
function headEndsAt(view: SentenceView, index: number, heads: TrieNode): boolean {
  for (let start = Math.max(0, index - 2); start < index; start++) {
    if (view.spaced[index] && isCapitalised(view.words[start]!) && match(heads, view, start)?.end === index) return true;
  }
  return false;
}

/** Whether the head of an organisation of members ends right before the title at `index` ("Ikatan Dokter Indonesia"). */
function memberHeadEndsAt(view: SentenceView, index: number, data: EntityData): boolean {
  for (let start = Math.max(0, index - 2); start < index; start++) if (match(data.memberHeads, view, start)?.end === index) return true;
  return false;
}

/** The most words of ", Senin (10/1/2022)," between a speaker and the verb. */
const MAX_WHEN = 8;
/** The most words of an aside between a speaker and the verb: ", dalam keterbukaan informasi di Bursa Efek Jakarta (BEJ),". */
const MAX_ASIDE_WORDS = 16;

/** The comma that opens the stretch of words ending before `end`, within `reach` words; -1 where there is none. */
function openingComma(words: readonly string[], end: number, reach: number): number {
  for (let index = end - 1; index >= 0 && index >= end - reach; index--) if (words[index] === ',') return index;
  return -1;
}

/**
 * Where the speaker's name ends, before what stands between it and its verb at `last`: when,
 * where and how it was said ("Budi Santoso di Jakarta, Senin, mengatakan", "Budi saat ditemui
 * di Jakarta mengatakan", "Susanto, dalam laporannya ke bursa, Senin, mengatakan"). `last`
 * where there is none of these.
 */
function beforeTimeAndPlace(view: SentenceView, last: number, data: EntityData): number {
  const { words, lower } = view;
  let cursor = last;
  // ", Senin," / ", Senin (10/1/2022),"
  if (words[cursor - 1] === ',') {
    const open = openingComma(words, cursor - 1, MAX_WHEN);
    if (open >= 0 && data.weekdays.has(lower[open + 1]!)) cursor = open;
  }
  // "di Jakarta", "di Jakarta,", "saat ditemui di Jakarta", "di Gedung Sate, Bandung,"
  const placeEnd = words[cursor - 1] === ',' ? cursor - 1 : cursor;
  let placeStart = nameRunStart(view, placeEnd, data);
  if (placeStart < placeEnd && words[placeStart - 1] === ',') {
    const building = nameRunStart(view, placeStart - 1, data);
    if (building < placeStart - 1 && data.placePrepositions.has(words[building - 1] ?? '')) placeStart = building;
  }
  if (placeStart < placeEnd && placeStart > 1 && data.placePrepositions.has(words[placeStart - 1]!)) {
    let lead = placeStart - 1;
    for (let back = lead - 1; back >= 0 && back >= lead - 4 && LOWERCASE_WORD.test(words[back]!); back--) {
      if (data.asideOpeners.has(lower[back]!)) {
        lead = back;
        break;
      }
    }
    if (view.nameWord[lead - 1]) cursor = lead;
  }
  // ", dalam laporannya ke bursa,": an aside set off by commas on both sides.
  const asideEnd = words[cursor - 1] === ',' ? cursor - 1 : words[cursor] === ',' ? cursor : -1;
  const open = asideEnd > 0 ? openingComma(words, asideEnd, MAX_ASIDE_WORDS) : -1;
  if (open > 0 && data.asideOpeners.has(lower[open + 1]!)) cursor = open;
  return cursor;
}

/** Whether a speech verb follows the name that ends at `end`, past adverbs and when, where and how it was said. */
function verbFollows(view: SentenceView, end: number, data: EntityData): boolean {
  for (let verb = end; verb < view.words.length && verb <= end + MAX_ASIDE_WORDS + MAX_WHEN; verb++) {
    if (!data.speechAfter.has(view.lower[verb]!)) continue;
    let last = verb;
    while (last > end && data.betweenSpeakerAndVerb.has(view.words[last - 1]!)) last--;
    return beforeTimeAndPlace(view, last, data) === end;
  }
  return false;
}

/** "kata Stoltenberg", "Jen Psaki menambahkan". */
export function findSpeakers(view: SentenceView, data: EntityData, out: Candidate[]): void {
  const { words } = view;
  for (let index = 0; index < words.length; index++) {
    const word = view.lower[index]!;
    if (data.speechBefore.has(word)) {
      const end = nameRunEnd(view, index + 1, data, MAX_NAME_WORDS);
      if (end > index + 1 && titleAt(view, index + 1, data) === null) out.push(candidate(index + 1, end, 'PERSON', 'speech-verb'));
    }
    if (data.speechAfter.has(word)) {
      let last = index;
      while (last > 0 && data.betweenSpeakerAndVerb.has(words[last - 1]!)) last--;
      // "Faridah Romli, 53, berkata", "Smith, 45, said": an age set off by commas after the name.
      if (AGE.test(words[last - 1] ?? '') && words[last - 2] === ',') last -= 2;
      else if (words[last - 1] === ',' && AGE.test(words[last - 2] ?? '') && words[last - 3] === ',') last -= 3;
      last = beforeTimeAndPlace(view, last, data);
      // "…, Ade Armando, menilai": a name set off by commas before the verb.
      if (words[last - 1] === ',') {
        const start = nameRunStart(view, last - 1, data);
        if (start < last - 1 && words[start - 1] === ',' && last - 1 - start >= 2) last--;
      }
      // "Universitas Al Azhar Indonesia Ujang Komarudin menilai": a given name inside the run starts the speaker's name.
      const runStart = nameRunStart(view, last, data);
      // "Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti menjelaskan": after a connector inside an institution's name, its
      // last item may be one word.
      const continuesInstitution = runStart >= 2 && data.connectors.has(words[runStart - 1]!) && view.nameWord[runStart - 2] === true;
      const first = startAtFirstName(view, runStart, last, data, continuesInstitution);
      // "Maria Lopez of Houston said": a name after a preposition is not the verb's subject.
      const afterPreposition = first > 0 && data.prepositions.has(words[first - 1]!);
      // "Anggota Komisi VII dari Fraksi PKS Mulyanto menilai": a role noun opens no name (the title finder reads the person after it).
      const role = match(data.roles, view, first, true) !== null;
      if (first < last && titleAt(view, first, data) === null && !role && !afterPreposition) out.push(candidate(first, last, 'PERSON', 'speech-verb'));
      // Nothing but a comma or a known place before the verb: the subject may open the sentence, before its appositions.
      if (first === last ? words[last - 1] === ',' : words[first - 1] === ',' && opensInstitution(view, first, data, last)) {
        const subject = appositiveSubject(view, first, data);
        if (subject) {
          const [start, end, description] = subject;
          out.push(candidate(start, end, 'PERSON', describesPerson(view, end + 1, data) || description ? 'apposition' : 'speech-verb', description ? { role: description } : {}));
        }
      }
    }
  }
}

/** Whether an apposition that says what a person is starts at `index`: an age, a title, a role noun, "seorang". */
function describesPerson(view: SentenceView, index: number, data: EntityData): boolean {
  return AGE.test(view.words[index] ?? '') || titleAt(view, index, data) !== null || match(data.roles, view, index, true) !== null || match(data.appositionMarkers, view, index, true) !== null;
}

/** The most words a description may hold before the name that opens a sentence: "Seorang mangsa, Rohani Ismail, …". */
const MAX_LEAD_WORDS = 4;

/**
 * The name that opens the sentence and is set off by a comma or a bracket, with only appositions
 * between it and `end`, where the verb's clause starts: "Rohani Ismail, 47, dari Kampung Tebing,
 * Kuala Krai berkata", "Budi Santoso, yang tinggal di Tangerang, mengatakan", "Seorang mangsa,
 * Rohani Ismail, …". Its [first, last), or null.
 */
function appositiveSubject(view: SentenceView, end: number, data: EntityData): [number, number, { first: number; last: number } | null] | null {
  const { words } = view;
  let first = view.opening;
  let last = nameRunEnd(view, first, data, MAX_NAME_WORDS);
  /** A description before the name that says what the person is: "Istri korban, Nurhayati, …". */
  let described: { first: number; last: number } | null = null;
  if (last === first || (words[last] !== ',' && words[last] !== '(')) {
    const lead = words.indexOf(',', first);
    if (lead < 0 || lead - first > MAX_LEAD_WORDS || lead >= end) return null;
    // Its role, without a marker ("Seorang pedagang" is a trader).
    if (describesPerson(view, first, data) && !AGE.test(words[first]!)) described = { first: match(data.appositionMarkers, view, first, true)?.end ?? first, last: lead };
    for (let index = first + 1; index < lead; index++) if (view.nameWord[index]) return null;
    first = lead + 1;
    last = nameRunEnd(view, first, data, MAX_NAME_WORDS);
  }
  if (last === first || last >= end || (words[last] !== ',' && words[last] !== '(') || end - last > MAX_ASIDE_WORDS) return null;
  if (knownAt(view, first, data) || titleAt(view, first, data) !== null || data.pronouns.has(words[first]!) || ACRONYM.test(words[first]!)) return null;
  // One word ("Slamet, …") only where the apposition or the description before it says what the person is: "Slamet, warga …",
  // "Slamet, 52, …", "Istri korban, Nurhayati, …".
  if (last - first === 1 && (words[last] !== ',' || (!described && !describesPerson(view, last + 1, data)))) return null;
  for (let index = last; index < end; index++) if (data.speechAfter.has(view.lower[index]!) || data.speechBefore.has(view.lower[index]!)) return null;
  return [first, last, described];
}

/** The most words of a name that only its given name marks: "Dimas Drajad", "Joao Pedro Mendes". */
const MAX_GIVEN_NAME_RUN = 4;

/**
 * "Gol dicetak oleh Dimas Drajad pada menit ke-30": inside a sentence, a run of two to four capitalised
 * words of its own that opens with a given name (first-names.json) and holds no known name, title,
 * head word or acronym is a person, with no other cue. Not at the start of a sentence, where every
 * word is capitalised, nor inside a longer run ("Yayasan Budi Luhur").
 */
export function findGivenNames(view: SentenceView, data: EntityData, out: Candidate[]): void {
  const { words } = view;
  for (let index = view.opening + 1; index < words.length; index++) {
    if (!view.nameWord[index] || !data.firstNames.has(words[index]!) || !view.spaced[index]) continue;
    const end = nameRunEnd(view, index, data, MAX_GIVEN_NAME_RUN + 1);
    // "di Monte Carlo", "ke Beverly Hills": after a preposition of places only, a place.
    const own = !isCapitalised(words[index - 1]!) && !data.placeOnlyPrepositions.has(view.lower[index - 1]!) && !view.nameWord[end] && end - index >= 2 && end - index <= MAX_GIVEN_NAME_RUN;
    if (own && plainRun(view, index, end, data)) out.push(candidate(index, end, 'PERSON', 'proper-name'));
    index = Math.max(index, end - 1);
  }
}

/** Whether no word of the run [first, last) is a known name, a title, a head word or an acronym: a name of its own. */
/** "Amirul Hakim Zulkifli", "Nur Hakim": after a given name, a title word at `index` is a word of the name. */
export function titleWordInName(view: SentenceView, index: number, data: EntityData): boolean {
  return index > 0 && view.spaced[index] === true && view.nameWord[index - 1] === true && data.firstNames.has(view.words[index - 1]!);
}

function plainRun(view: SentenceView, first: number, last: number, data: EntityData): boolean {
  for (let at = first; at < last; at++) {
    if (knownAt(view, at, data) || (titleAt(view, at, data) !== null && !(at > first && titleWordInName(view, at, data))) || match(data.orgHeads, view, at) || match(data.placeHeads, view, at) || ACRONYM.test(view.words[at]!)) return false;
  }
  return true;
}

/**
 * Names that a list joins to one found: "dua pihak swasta, Efendy Sahputra dan Fajar Syahputra" (a person
 * with a given name makes the other run of two or more words a person too), "Kecamatan Dayeuhkolot dan
 * Baleendah" (a place's head word covers the names joined after it). Runs over nothing found yet, that no
 * title, head word or known name opens. Runs last: it reads what the other finders found.
 */
export function findListedNames(view: SentenceView, data: EntityData, out: Candidate[]): void {
  const { words } = view;
  const covered = (first: number, last: number): boolean => out.some((found) => found.first < last && first < found.last);
  const plain = (first: number, last: number): boolean => {
    for (let at = first; at < last; at++) if (data.weekdays.has(view.lower[at]!)) return false;
    return plainRun(view, first, last, data) && !covered(first, last);
  };
  for (const found of [...out]) {
    const person = found.type === 'PERSON' && found.cue === 'proper-name';
    if (!person && !(found.type === 'LOC' && found.cue === 'place-head')) continue;
    const minWords = person ? 2 : 1;
    // The run after "dan": "… dan Baleendah", "… dan Fajar Syahputra".
    if (data.listJoiners.has(words[found.last] ?? '')) {
      const first = found.last + 1;
      const last = nameRunEnd(view, first, data, MAX_GIVEN_NAME_RUN);
      if (last - first >= minWords && plain(first, last) && !view.nameWord[last]) out.push(candidate(first, last, found.type, 'list'));
    }
    // The run before it, for a person: "Efendy Sahputra dan …".
    if (person && found.first > 1 && data.listJoiners.has(words[found.first - 1]!)) {
      const last = found.first - 1;
      const first = nameRunStart(view, last, data, MAX_GIVEN_NAME_RUN);
      if (last - first >= minWords && first > view.opening && !view.nameWord[first - 1] && plain(first, last)) out.push(candidate(first, last, 'PERSON', 'list'));
    }
  }
}

/** Lowercase words, numbers and commas between a pair cue and the names: "pasangan calon nomor urut 3, …". */
const MAX_PAIR_ASIDE = 5;

/**
 * "pasangan Pramono Anung-Rano Karno", "paslon nomor urut 1, Ridwan Kamil-Suswono": after a pair cue,
 * two names joined by a hyphen with no space are two people, each by its own name.
 */
export function findPairedNames(view: SentenceView, data: EntityData, out: Candidate[]): void {
  const { words } = view;
  // Most sentences hold no hyphen, and so no pair.
  if (!words.includes('-')) return;
  for (let index = 0; index < words.length; index++) {
    const cue = match(data.pairCues, view, index, true);
    if (!cue) continue;
    let start = cue.end;
    while (start < cue.end + MAX_PAIR_ASIDE && start < words.length && (isLowercase(words[start]!) || /^\d+$/u.test(words[start]!) || words[start] === ',')) start++;
    if (!view.nameWord[start]) continue;
    const end = nameRunEnd(view, start, data, 2 * MAX_NAME_WORDS);
    let hyphen = -1;
    for (let at = start + 1; at + 1 < end; at++) {
      if (words[at] === '-' && !view.spaced[at] && !view.spaced[at + 1] && isCapitalised(words[at - 1]!) && isCapitalised(words[at + 1]!)) hyphen = at;
    }
    // Not a compound given name: "Frank-Walter Steinmeier", "Jean-Claude Juncker" (one word, then a name of two or more).
    if (hyphen < 0 || (hyphen === start + 1 && end - hyphen > 2) || titleAt(view, start, data) !== null || titleAt(view, hyphen + 1, data) !== null) continue;
    out.push(candidate(start, hyphen, 'PERSON', 'pair'), candidate(hyphen + 1, end, 'PERSON', 'pair'));
    index = end - 1;
  }
}

/** "Rina (34)", "Siti Aminah (42)", "AS (31)": news gives a person's age in brackets after the name or the initials. */
export function findAgedNames(view: SentenceView, data: EntityData, out: Candidate[]): void {
  const { words } = view;
  for (let index = 1; index + 2 < words.length; index++) {
    if (!AGE.test(words[index + 1]!) || !view.nameWord[index - 1]) continue;
    if (words[index] === '(' && words[index + 2] === ')') {
      const first = nameRunStart(view, index, data);
      const initials = first === index - 1 && ACRONYM.test(words[first]!);
      if (first < index && titleAt(view, first, data) === null && !data.pronouns.has(words[first]!)) out.push(candidate(first, index, 'PERSON', initials ? 'initials' : 'apposition'));
    } else if (words[index] === ',' && words[index + 2] === ',') {
      // "Lim Chee Keong, 45, yang …", "John Carter, 58, said": an age set off by commas, after a name of two words or more
      // that nothing else opens (a title, a head word, a known name: "Seksyen 13, …" has no comma before the number).
      const first = nameRunStart(view, index, data);
      if (index - first >= 2 && first > view.opening && plainRun(view, first, index, data)) out.push(candidate(first, index, 'PERSON', 'apposition'));
    }
  }
}

/** A person's initials: capitals, with or without full stops ("AS", "R.A.", "M R"). */
const INITIALS = /^\p{Lu}[\p{Lu}.]*$/u;
/** The most words a person's initials take: "M R A". */
const MAX_INITIALS = 3;

/**
 * "World Gold Council (WGC)", "Asian Development Bank (ADB)": an organisation named in English inside Indonesian or Malay
 * text, whose head word ends its name (foreignOrgHeads), spelled by the acronym in brackets after it. Not a person's
 * name ("Susilo Bambang Yudhoyono (SBY)": a given name stands in it).
 */
export function findSpelledForeignNames(view: SentenceView, data: EntityData, out: Candidate[]): void {
  const { words } = view;
  for (let open = 2; open + 2 < words.length; open++) {
    if (words[open] !== '(' || !ACRONYM.test(words[open + 1]!) || !data.foreignOrgHeads.has(words[open - 1]!)) continue;
    const start = nameRunStart(view, open, data, MAX_NAME_WORDS + 2);
    for (let first = start; first + 1 < open; first++) {
      if (!view.nameWord[first] || abbreviationAfter(view, open, words.slice(first, open).join(' '), data) === null) continue;
      if (givenNameWithin(view, first, open, data) === null && !data.firstNames.has(words[first]!)) out.push(candidate(first, open, 'ORG', 'proper-name'));
      break;
    }
  }
}

/** "pria berinisial AS", "korban berinisial R.A.": the initials news gives instead of a name. */
export function findInitials(view: SentenceView, data: EntityData, out: Candidate[]): void {
  const { words } = view;
  for (let index = 0; index + 1 < words.length; index++) {
    if (!data.initialsCues.has(view.lower[index]!)) continue;
    let end = index + 1;
    while (end < words.length && end - index - 1 < MAX_INITIALS && INITIALS.test(words[end]!)) end++;
    if (end > index + 1) out.push(candidate(index + 1, end, 'PERSON', 'initials'));
    index = end - 1;
  }
}

/** "Pak Budi", "Ibu Sri Mulyani", "Haji Lulung". */
export function findHonorifics(view: SentenceView, data: EntityData, out: Candidate[]): void {
  const { words } = view;
  for (let index = 0; index < words.length - 1; index++) {
    if (!data.honorifics.has(words[index]!) || data.notAfterHonorific.has(words[index + 1]!)) continue;
    // "Datuk Seri Dr Ahmad Zahid Hamidi": honorifics stack.
    let first = index + 1;
    while (first < words.length - 1 && data.honorifics.has(words[first]!)) first++;
    const end = nameRunEnd(view, first, data, MAX_NAME_WORDS);
    if (end > first) {
      out.push(candidate(first, end, 'PERSON', 'honorific'));
      index = end - 1;
    }
  }
}

/** The most words between an apposition's article and its title: "a former White House physician". */
const MAX_WORDS_BEFORE_ROLE = 3;

/**
 * "Owen Dempsey, a pulmonologist at …", "Ronny Jackson, the President's physician": after an article
 * at `index`, a title or role noun within a few words opens an apposition; the index after the article, or null.
 */
function articleBeforeRole(view: SentenceView, index: number, data: EntityData): number | null {
  const article = data.appositionArticles.has(view.lower[index] ?? '');
  // A language of articles may leave it out before a modified title: "Priyanka Sachdeva, senior market analyst at Phillip Nova",
  // and before a known organisation's: "Caroline Hawley, BBC diplomatic correspondent".
  const known = !article && data.appositionArticles.size ? knownAt(view, index, data) : null;
  const organisationEnd = known?.entry.type === 'ORG' ? known.end : null;
  if (!article && organisationEnd === null && (!data.appositionArticles.size || !isDescriptionWord(view, index, data))) return null;
  const first = article ? index + 1 : index;
  for (let cursor = organisationEnd ?? index + 1; cursor <= first + MAX_WORDS_BEFORE_ROLE && cursor < view.words.length && !CLOSING.has(view.words[cursor]!); cursor++) {
    if (titleAt(view, cursor, data) !== null || match(data.roles, view, cursor, true)) return first;
    if (!article && !isDescriptionWord(view, cursor, data)) return null;
  }
  return null;
}

/** A lowercase word that may describe a title before it ("senior", "market"): not a pronoun, preposition, connector or speech verb. */
function isDescriptionWord(view: SentenceView, index: number, data: EntityData): boolean {
  const word = view.words[index] ?? '';
  return LOWERCASE_WORD.test(word) && !data.descriptionEnds.has(word);
}

/** "Robyn Dixon, seorang jurnalis", "Alexandra von Nahmen, kepala biro DW Brussels"; "Owen Dempsey, a pulmonologist". */
export function findAppositions(view: SentenceView, data: EntityData, out: Candidate[]): void {
  const { words } = view;
  for (let index = 0; index < words.length; index++) {
    if (!isCapitalised(words[index]!) || data.honorifics.has(words[index]!)) continue;
    const end = nameRunEnd(view, index, data, MAX_NAME_WORDS);
    if (end - index < 2 || words[end] !== ',') {
      index = Math.max(index, end - 1);
      continue;
    }
    const opener = match(data.appositionMarkers, view, end + 1, true)?.end ?? articleBeforeRole(view, end + 1, data);
    const marker = opener ?? titleAt(view, end + 1, data) ?? match(data.roles, view, end + 1, true)?.end ?? null;
    // "Timbalan Yang di-Pertuan Agong, Sultan Nazrin": a run that ends a title is no name.
    if (marker !== null && !knownAt(view, index, data) && !withinTitle(view, index, data)) {
      let roleEnd = marker;
      while (roleEnd < words.length && !CLOSING.has(words[roleEnd]!) && !data.speechAfter.has(words[roleEnd]!.toLowerCase())) roleEnd++;
      const roleStart = opener ?? end + 1;
      out.push(candidate(index, end, 'PERSON', 'apposition', { role: { first: roleStart, last: roleEnd } }));
    }
    index = end - 1;
  }
}

/** Whether the word at `index` is written twice with a hyphen, the plural of Indonesian and Malay: "Raja-Raja". */
function reduplicated(view: SentenceView, index: number): boolean {
  const same = (other: number): boolean => view.lower[other] === view.lower[index];
  return (view.words[index + 1] === '-' && same(index + 2) && !view.spaced[index + 1]) || (index >= 2 && view.words[index - 1] === '-' && same(index - 2) && !view.spaced[index]);
}

/** The most words a title may have before a word it holds: "timbalan yang di - pertuan". */
const TITLE_REACH = 5;

/** Whether a title that starts before `index` goes on past it ("Direktur Jenderal": "Jenderal" is no rank of its own). */
export function withinTitle(view: SentenceView, index: number, data: EntityData): boolean {
  for (let start = Math.max(0, index - TITLE_REACH); start < index; start++) if ((titleAt(view, start, data) ?? 0) > index) return true;
  return false;
}

/** The most words of a portfolio between its title and a connector: "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan". */
const PORTFOLIO_REACH = 8;

/** Whether the word at `index` follows a connector that goes on a title's portfolio of capitalised words ("Menteri Pekerjaan Umum dan …"). */
function portfolioGoesOn(view: SentenceView, index: number, data: EntityData): boolean {
  const connector = index - 1;
  if (connector < 1 || !data.connectors.has(view.words[connector]!)) return false;
  for (let start = connector - 1; start >= Math.max(0, connector - PORTFOLIO_REACH); start--) {
    const title = titleAt(view, start, data);
    if (title !== null && title < connector) return true;
    if (!view.nameWord[start] && view.words[start] !== ',') return false;
  }
  return false;
}

/** "Kementerian Luar Negeri Rusia", "Dewan NATO-Rusia", "Badan Gizi Nasional". */
export function findOrganisations(view: SentenceView, data: EntityData, out: Candidate[]): void {
  findHeaded(view, data, data.orgHeads, 'ORG', 'org-head', true, out);
}

/** "Kabupaten Bogor", "Provinsi Jawa Barat"; "daerah Kubang Pasu dan Padang Terap". */
export function findHeadedPlaces(view: SentenceView, data: EntityData, out: Candidate[]): void {
  findHeaded(view, data, data.placeHeads, 'LOC', 'place-head', false, out);
  findPlacesAfterNouns(view, data, out);
}

/**
 * "di daerah Kubang Pasu dan Padang Terap": the names after a place noun in lower case, and the names
 * a list joins to them, are places, whole even where they open with a known one ("Padang").
 */
function findPlacesAfterNouns(view: SentenceView, data: EntityData, out: Candidate[]): void {
  const { words } = view;
  for (let index = 0; index + 1 < words.length; index++) {
    if (!view.nameWord[index + 1] || !isLowercase(words[index]!)) continue;
    const noun = match(data.placeNouns, view, index, true);
    if (!noun) continue;
    // "daerah Utara dan Timur Laut China": a direction after the noun says where in a place, and names none.
    for (let start = noun.end; view.nameWord[start] && titleAt(view, start, data) === null && (!data.directions.has(words[start]!) || knownAt(view, start, data));) {
      const end = nameRunEnd(view, start, data, 3);
      // "kawasan DPR": an unknown acronym is an institution's building, not a place.
      if (end > start + 1 || !ACRONYM.test(words[start]!) || knownAt(view, start, data)?.entry.type === 'LOC') out.push(candidate(start, end, 'LOC', 'place-head'));
      index = end - 1;
      if (!data.listJoiners.has(words[end] ?? '')) break;
      start = end + 1;
    }
  }
}

/** Whether a run after a title opens with a given name or holds one where a name may start ("Airlangga Hartarto", "Partai X Airlangga Hartarto"). */
function holdsGivenName(view: SentenceView, start: number, end: number, data: EntityData): boolean {
  return data.firstNames.has(view.words[start] ?? '') || startAtFirstName(view, start, end, data) > start;
}

/**
 * The first word in [start, end) that opens a title followed by a name that is not a known one ("Kombes Pol Dirmanto",
 * not "Presiden Jakarta"), or an honorific before a name ("Residen Mr. Sis Tjakraningrat"), or null.
 */
function titleWithin(view: SentenceView, start: number, end: number, data: EntityData, honours = true): number | null {
  for (let index = start; index < end; index++) {
    // "Bandara Sultan Hasanuddin", "Stadion Kapten I Wayan Dipta", "IAIN Syekh Nurjati": a place or an institution is
    // named after someone, title and all.
    if (index === start && (placeHeadEndsAt(view, index, data) || namedAfterSomeone(view, index, data))) continue;
    // Not right after the head ("Jl. Prof. Dr. Satrio", "RSUP Dr. Sardjito" are named after someone).
    if (honours && index > start && data.honorifics.has(view.words[index]!) && !data.honorifics.has(view.words[index - 1]!) && view.nameWord[index + 1]) return index;
    const title = titleAt(view, index, data);
    if (title === null) continue;
    const name = skipQualifiers(view, title, data);
    if (name < view.words.length && view.nameWord[name] && !knownAt(view, name, data)) return index;
  }
  return null;
}

/** "Institute for …": a foreign head word before a foreign connector, with no capitalised word but a title before it, opens an organisation. */
function foreignHead(view: SentenceView, index: number, type: EntityType, data: EntityData): { end: number } | null {
  if (type !== 'ORG' || !data.foreignOrgHeads.has(view.words[index]!) || !data.foreignConnectors.has(view.words[index + 1] ?? '')) return null;
  if (index === 0 || !view.nameWord[index - 1]) return { end: index + 1 };
  // "Ekonom Institute for …": a title may stand before it.
  for (let start = Math.max(0, index - 4); start < index; start++) {
    const title = titleAt(view, start, data);
    if (title !== null && skipQualifiers(view, title, data) === index) return { end: index + 1 };
  }
  return null;
}

function findHeaded(view: SentenceView, data: EntityData, heads: TrieNode, type: EntityType, cue: Cue, connectors: boolean, out: Candidate[]): void {
  const { words } = view;
  // A head word inside a known name ("Serikat" in "Amerika Serikat") opens nothing.
  const insideKnown = new Set<number>();
  for (let index = 0; index < words.length; index++) {
    const known = knownAt(view, index, data);
    if (known) for (let inner = index + 1; inner < known.end; inner++) insideKnown.add(inner);
  }
  for (let index = 0; index < words.length; index++) {
    const head = insideKnown.has(index) ? null : match(heads, view, index) ?? foreignHead(view, index, type, data);
    if (!head) continue;
    // "Negeri Sembilan Aminuddin Harun": a known place that opens with a place head ends there.
    if (type === 'LOC' && knownAt(view, index, data)) continue;
    // "Menteri Pekerjaan Umum dan Perumahan Rakyat": after a connector, a place head may go on a title's portfolio.
    if (type === 'LOC' && portfolioGoesOn(view, index, data)) continue;
    let end = head.end;
    let foreign = false;
    // "Ikatan Dokter Indonesia": a title right after the head of an organisation of members is their profession, part of the name.
    const profession = type === 'ORG' && match(data.memberHeads, view, index)?.end === head.end ? titleAt(view, head.end, data) : null;
    // "Kabupaten Bogor Ajat Rochmat Jatnika": a known place after a place's head word is the whole name where two words or
    // more, a person's name, run on after it (not "Stasiun Cirebon Prujakan").
    const knownPlace = type === 'LOC' ? knownAt(view, head.end, data) : null;
    const placeEnd = knownPlace?.entry.type === 'LOC' ? knownEnd(view, knownPlace, data) : null;
    if (placeEnd !== null && nameRunEnd(view, placeEnd, data, 6) - placeEnd >= 2) {
      out.push(candidate(index, placeEnd, type, cue, { head: head.end - index }));
      index = placeEnd - 1;
      continue;
    }
    for (;;) {
      const next = nameRunEnd(view, end, data, 6);
      // "PT Timah Tbk Mochtar Riza …": a company's legal form ends its name.
      const legal = type === 'ORG' ? legalFormWithin(view, Math.max(end, head.end), next, data) : null;
      if (legal !== null) {
        end = legalFormsEnd(view, legal, data);
        break;
      }
      if (next > end) {
        // "Polda Jatim Kombes Pol Dirmanto": a title (a rank) ends the organisation's name, and so does a given name
        // that is not the first word after the head ("Partai Golkar Airlangga Hartarto", not "Yayasan Budi Luhur").
        const given = type === 'ORG' ? givenNameWithin(view, Math.max(end, head.end + 1), next, data) : null;
        // "Stadion Utama Gelora Bung Karno": honours inside a place's name stand before the name they honour.
        const from = profession !== null && end === head.end ? Math.min(profession, next) : end;
        const title = titleWithin(view, from, given ?? next, data, type !== 'LOC') ?? given;
        end = title ?? next;
        if (title !== null) break;
        continue;
      }
      // "Badan Meteorologi, Klimatologi, dan Geofisika", "Komisi untuk Orang Hilang": a connector inside the name.
      // Not "Amerika Serikat dan NATO": a connector before a known name or another head joins two names.
      const word = words[end];
      // "Dinas Ketahanan Pangan, Kelautan, dan Pertanian (KPKP)": a list names the organisation where its bracket follows.
      if (type === 'ORG' && connectors && word === ',') {
        const list = listedInstitutionEnd(view, end, data);
        if (list !== null && words[list.end] === '(' && list.end - list.last <= MAX_LIST_ITEM_WORDS) {
          end = list.end;
          continue;
        }
      }
      // "SD Negeri 4 Slipi", "SMA Negeri 1 Bandung": a number right after the head, then a name, numbers one of several.
      if (type === 'ORG' && end === head.end && word !== undefined && /^\d{1,3}$/u.test(word) && view.nameWord[end + 1] && !titleAt(view, end + 1, data)) {
        end++;
        continue;
      }
      // "Badan Usaha Milik Negara": a word that opens no name may go on with an organisation's.
      if (type === 'ORG' && word !== undefined && data.innerNameWords.has(word) && view.spaced[end]) {
        end++;
        continue;
      }
      const after = end + 1;
      // Not "Komisi IX DPR dari Fraksi PDI-P": "dari" joins a title's institutions, not the words of one name.
      if (connectors && word !== undefined && !data.institutionPrepositions.has(word) && continuesName(word, foreign, data) && after < words.length && isCapitalised(words[after]!)
        && !data.stopwords.has(words[after]!) && !knownAt(view, after, data) && !match(heads, view, after)) {
        foreign ||= data.foreignConnectors.has(word);
        end++;
        continue;
      }
      break;
    }
    if (end > head.end) {
      // "International Association of Machinists": in English the words that qualify the head stand before it.
      let first = index;
      if (type === 'ORG' && data.modifiersBeforeHead) {
        while (first > 0 && index - first < MAX_HEAD_MODIFIERS && view.nameWord[first - 1] && view.spaced[first] && !knownAt(view, first - 1, data)
          && titleAt(view, first - 1, data) === null && !data.stopwords.has(view.words[first - 1]!)) first--;
      }
      out.push(candidate(first, end, type, cue, { head: head.end - first }));
      index = end - 1;
    }
  }
}

/** The first of words [start, end) that is a company's legal form ('Tbk'), or null. */
function legalFormWithin(view: SentenceView, start: number, end: number, data: EntityData): number | null {
  for (let index = start; index < end; index++) if (data.legalForms.has(view.words[index]!)) return index;
  return null;
}

/** Past the legal forms from `index` on, bracketed or not: 'Tbk', '(Persero) Tbk'. */
function legalFormsEnd(view: SentenceView, index: number, data: EntityData): number {
  const { words } = view;
  for (;;) {
    if (data.legalForms.has(words[index] ?? '')) index++;
    else if (words[index] === '(' && data.legalForms.has(words[index + 1] ?? '') && words[index + 2] === ')') index += 3;
    else return index;
  }
}

/** The end of a venue's name that ends with a place tail word past three words ("Hangzhou Olympic Sports Center"), or null. */
function venueEnd(view: SentenceView, start: number, data: EntityData): number | null {
  const end = nameRunEnd(view, start, data, 6);
  if (end - start <= 3) return null;
  for (let tail = start + 3; tail < end; tail++) if (longestMatch(data.placeTails, view.words, tail)?.end === end) return end;
  return null;
}

/** The most capitalised words before an English organisation's head word: "American Medical Association". */
const MAX_HEAD_MODIFIERS = 3;

/** "di Regensburg", "ke Kupang": a capitalised name after a place preposition. */
export function findPlaceCues(view: SentenceView, data: EntityData, out: Candidate[]): void {
  const { words } = view;
  for (let index = 0; index < words.length - 1; index++) {
    if (!data.placePrepositions.has(words[index]!)) continue;
    const start = index + 1;
    if (titleAt(view, start, data) !== null || data.pronouns.has(words[start]!)) continue;
    const end = venueEnd(view, start, data) ?? nameRunEnd(view, start, data, 3);
    // "naik ke No. 31": an abbreviation alone is no place; "dari Rp 7.650", "dari US$ 5": a word before a number is its unit.
    if (end === start + 1 && (SHORTENED.test(view.words[start]!) || /^\d/u.test(view.words[end] ?? ''))) continue;
    // "ke Polres", "di Universitas": a head word alone is a common noun here, the institution the text names elsewhere.
    if (match(data.orgHeads, view, start)?.end === end || match(data.placeHeads, view, start)?.end === end) continue;
    // An unknown acronym after "di"/"ke" is an institution more often than a place: "di KPK", "ke DPR".
    const acronym = end === start + 1 && ACRONYM.test(words[start]!);
    if (end > start) out.push(candidate(start, end, acronym ? 'ORG' : 'LOC', 'place-cue'));
  }
}

/** "Badan Gizi Nasional (BGN)": a capitals-only word in brackets right after a name is its acronym. */
export function acronymAfter(view: SentenceView, last: number): number | null {
  const { words } = view;
  if (words[last] === '(' && words[last + 2] === ')' && /^[\p{Lu}\d&-]{2,10}$/u.test(words[last + 1] ?? '') && /\p{Lu}.*\p{Lu}/u.test(words[last + 1]!)) return last + 1;
  return null;
}

/**
 * "Institute for Development of Economics and Finance (Indef)", "Badan Urusan Logistik (Bulog)": the
 * index of a short form in brackets at `open` made of the first letters of the name's words in
 * order (connectors may give none), or null.
 */
export function abbreviationAfter(view: SentenceView, open: number, name: string, data: EntityData): number | null {
  const word = view.words[open + 1];
  if (view.words[open] !== '(' || view.words[open + 2] !== ')' || word === undefined || !/^\p{Lu}\p{L}+$/u.test(word)) return null;
  const parts = name.split(/\s+/u).filter(Boolean);
  if (parts.length < 2) return null;
  const short = word.toLowerCase();
  // Whether short[from…] is made of prefixes of parts[part…], each part giving one, or none for a connector.
  const spells = (from: number, part: number): boolean => {
    if (from === short.length) return part === parts.length || parts.slice(part).every((rest) => data.connectors.has(rest) || data.legalForms.has(rest));
    if (part === parts.length) return false;
    const lower = parts[part]!.toLowerCase();
    // A connector, an institution's head word ("Jabatan Meteorologi Malaysia (MetMalaysia)") and a legal form
    // ("PT Aneka Tambang Tbk (Antam)") may give no letter.
    if ((data.connectors.has(parts[part]!) || data.orgHeads.next.get(parts[part]!)?.entry || data.legalForms.has(parts[part]!)) && spells(from, part + 1)) return true;
    for (let length = 1; length <= lower.length && from + length <= short.length && short[from + length - 1] === lower[length - 1]; length++) {
      if (spells(from + length, part + 1)) return true;
    }
    return false;
  };
  return spells(0, 0) ? open + 1 : null;
}

/** "… yang akrab disapa Emil": the index of the nickname after a nickname cue at `index`. */
export function nicknameAt(view: SentenceView, index: number, data: EntityData): { cueEnd: number; end: number } | null {
  const cue = match(data.nicknameCues, view, index, true);
  if (!cue || cue.end >= view.words.length || !isCapitalised(view.words[cue.end]!)) return null;
  // "Paman Birin", "Cak Imin", "Iwan Bule": a nickname may take a few words.
  return { cueEnd: cue.end, end: Math.max(cue.end + 1, nameRunEnd(view, cue.end, data, MAX_NICKNAME_WORDS)) };
}

/** The most words a nickname takes: "Kang Dedi Mulyadi". */
const MAX_NICKNAME_WORDS = 3;

/**
 * "Sahbirin Noor yang akrab disapa Paman Birin", "Mochamad Iriawan alias Iwan Bule": the name of two words or
 * more right before a nickname cue is a person's, where nothing else opens it (a title, a head word, a known name).
 */
export function findNicknamed(view: SentenceView, data: EntityData, out: Candidate[]): void {
  const { words } = view;
  for (let index = 2; index < words.length; index++) {
    if (!view.nameWord[index - 1] || !data.nicknameCues.next.has(view.lower[index]!) || nicknameAt(view, index, data) === null) continue;
    // The sentence may open with the name: the cue after it says what it is.
    const first = nameRunStart(view, index, data);
    if (index - first >= 2 && first >= view.opening && plainRun(view, first, index, data)) out.push(candidate(first, index, 'PERSON', 'apposition'));
  }
}
