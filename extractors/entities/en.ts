/**
 * English names. English capitalises every proper name, so a run of capitalised words inside a
 * sentence is a name; what it names comes from its words: a known place or organisation
 * (compromise's lexicon, the gazetteer), a first name (compromise's 3,000 first names), or the
 * head word that ends it ('… Authority', '… Stadium'). compromise's lexicon is read directly:
 * its parser costs about 90 ms per article, its lexicon a hash look-up per word.
 */
import nlp from 'compromise';
import { longestMatch, type EntityData } from './data.js';
import { ACRONYM, abbreviationAfter, candidate, knownAt, match, nameRunEnd, titleAt, type Candidate, type SentenceView } from './mentions.js';
import type { EntityType } from '../../output/types.js';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  /** switches: words compromise tags by their context ('houston': 'Person|Place'). */
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean>; switches: Record<string, string> };
}

/** What compromise's lexicon says of a lowercase word or phrase; 'person-or-place': either ('Houston', 'Jordan'). */
type Kind = 'first-name' | 'last-name' | 'person' | 'person-or-place' | 'place' | 'org' | 'demonym' | 'common';

interface EnglishLexicon {
  kinds: Map<string, Kind>;
  /** Longest phrase in the lexicon, in words. */
  longest: number;
  orgWords: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
}

const KIND_OF_TAG: ReadonlyArray<readonly [string, Kind]> = [
  ['Demonym', 'demonym'], ['FirstName', 'first-name'], ['MaleName', 'first-name'], ['FemaleName', 'first-name'], ['LastName', 'last-name'],
  ['Person', 'person'], ['Country', 'place'], ['City', 'place'], ['Region', 'place'], ['Place', 'place'],
  ['Organization', 'org'], ['SportsTeam', 'org'],
];

let lexicon: EnglishLexicon | null = null;

function englishLexicon(): EnglishLexicon {
  if (lexicon) return lexicon;
  const model = nlp.model() as CompromiseModel;
  const kinds = new Map<string, Kind>();
  let longest = 1;
  for (const [word, tags] of Object.entries(model.one.lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    const kind = KIND_OF_TAG.find(([tag]) => list.includes(tag))?.[1] ?? 'common';
    kinds.set(word, kind);
    longest = Math.max(longest, word.split(' ').length);
  }
  for (const [word, tags] of Object.entries(model.two.switches)) if (tags === 'Person|Place') kinds.set(word, 'person-or-place');
  lexicon = { kinds, longest: Math.min(longest, 5), orgWords: new Set(Object.keys(model.two.orgWords)), placeWords: new Set(Object.keys(model.two.placeWords)) };
  return lexicon;
}

/** The longest lexicon phrase (a place, organisation or person) at `index`, within `end`. */
function lexiconPhrase(view: SentenceView, index: number, end: number, lex: EnglishLexicon): { end: number; kind: Kind } | null {
  for (let last = Math.min(end, index + lex.longest); last > index + 1; last--) {
    const kind = lex.kinds.get(view.lower.slice(index, last).join(' '));
    if (kind === 'place' || kind === 'org' || kind === 'person') return { end: last, kind };
  }
  return null;
}

const kindOf = (lex: EnglishLexicon, word: string): Kind | undefined => lex.kinds.get(word.replace(/[.’']+$/u, ''));

/** The type of an unknown run of capitalised words, or null when its words do not tell. */
function typeOfRun(view: SentenceView, first: number, last: number, data: EntityData, lex: EnglishLexicon, afterPreposition: boolean): EntityType | null {
  const words = view.words.slice(first, last);
  const lower = view.lower.slice(first, last);
  const tail = lower[lower.length - 1]!;
  // A head word that ends the name: 'Swedish Prosecution Authority', 'Staples Center'.
  for (let start = first + 1; start < last; start++) {
    const org = longestMatch(data.orgTails, view.words, start);
    if (org && org.end === last) return 'ORG';
    const place = longestMatch(data.placeTails, view.words, start);
    if (place && place.end === last) return 'LOC';
  }
  if (words.length > 1 && lex.orgWords.has(tail)) return 'ORG';
  const kinds = lower.map((word) => kindOf(lex, word));
  if (words.length > 1 && lex.placeWords.has(tail)) {
    // 'Fiona Hill', 'Sarah Marsh': a given name and a surname that is also a place word, unless the words before make it a place ('at Stanley Park').
    const person = words.length === 2 && kinds[0] === 'first-name' && !(first > 0 && data.placeContext.has(view.lower[first - 1]!));
    return person ? 'PERSON' : 'LOC';
  }
  // 'chief economist at Grant Thornton', 'an analyst at Nomura': where someone with a title works is an organisation.
  if (employerAt(view, first, data)) return 'ORG';
  if (words.length > 1 && kinds[0] === 'first-name') return 'PERSON';
  if (words.length === 1) {
    const kind = kinds[0];
    if (kind === 'place') return 'LOC';
    if (kind === 'org') return 'ORG';
    if (kind === 'person') return 'PERSON';
    if (kind === 'person-or-place') return afterPreposition ? 'LOC' : null;
    if (kind !== undefined) return null;
    if (ACRONYM.test(words[0]!) && words[0]!.length >= 3 && words[0]!.length <= 5) return 'ORG';
    return afterPreposition ? 'LOC' : null;
  }
  // Two or three words that no lexicon knows as common words: 'Kristinn Hrafnsson', 'Hamidou Diallo'.
  if (words.length <= 3 && kinds.every((kind) => kind === undefined || kind === 'last-name' || kind === 'first-name')
    && !words.some((word) => ACRONYM.test(word))) return 'PERSON';
  return null;
}

/** The most words of a title before 'at': 'chief economist', 'senior vice president'. */
const MAX_TITLE_WORDS = 4;

/** Whether the name at `first` follows 'at' right after a title or role noun, or their plural: 'chief economist at …', 'Analysts at …'. */
function employerAt(view: SentenceView, first: number, data: EntityData): boolean {
  if (first < 2 || view.lower[first - 1] !== 'at') return false;
  for (let start = Math.max(0, first - 1 - MAX_TITLE_WORDS); start < first - 1; start++) {
    if (titleAt(view, start, data) === first - 1 || match(data.roles, view, start, true)?.end === first - 1) return true;
    const phrase = view.lower.slice(start, first - 1);
    const last = phrase.length - 1;
    if (!phrase[last]!.endsWith('s')) continue;
    phrase[last] = phrase[last]!.slice(0, -1);
    if (longestMatch(data.titles, phrase, 0)?.end === phrase.length || longestMatch(data.roles, phrase, 0)?.end === phrase.length) return true;
  }
  return false;
}

const CAPITALS = /^\p{Lu}{2,}$/u;

/** Whether a capitalised word at the start of a sentence is just a sentence-initial common word. */
function commonOpener(view: SentenceView, index: number, lex: EnglishLexicon, data: EntityData): boolean {
  if (index > view.opening) return false;
  const word = view.words[index]!;
  // A dateline in capitals ("NEW YORK, Feb 3"): the words go on in capitals, a name.
  if (CAPITALS.test(word) && CAPITALS.test(view.words[index + 1] ?? '')) return false;
  // "New York plays Indiana": a known name or a phrase of the lexicon opens with the word; it is no common word there.
  if (knownAt(view, index, data) || lexiconPhrase(view, index, view.words.length, lex)) return false;
  const kind = kindOf(lex, view.lower[index]!);
  return data.stopwords.has(word) || kind === 'common' || kind === 'demonym';
}

/**
 * Runs of capitalised words, cut into known names (gazetteer, compromise's places, organisations and
 * people) and unknown stretches typed by their words.
 */
export function findProperNames(view: SentenceView, data: EntityData, out: Candidate[]): void {
  const lex = englishLexicon();
  const { words } = view;
  // Runs whose words do not tell their type: a list may ("Marvel Entertainment, Lucasfilm and BamTech").
  const untyped: Array<{ first: number; last: number }> = [];
  for (let index = 0; index < words.length; index++) {
    if (!view.nameWord[index]) continue;
    let end = nameRunEnd(view, index, data, 6);
    // 'University of Aberdeen', 'Bank of America': 'of' inside a name after a head word.
    while (view.lower[end] === 'of' && end + 1 < words.length && view.nameWord[end + 1] && (lex.orgWords.has(view.lower[end - 1]!) || lex.placeWords.has(view.lower[end - 1]!))) {
      end = nameRunEnd(view, end + 1, data, 6);
    }
    const afterPreposition = index > 0 && data.placePrepositions.has(view.lower[index - 1]!);
    let start = index;
    while (start < end && commonOpener(view, start, lex, data)) start++;
    // "Liberal Democratic Party (LDP)": a run its bracketed acronym spells is one organisation, whatever known names it holds;
    // "Constitutional Democratic Party of Japan (CDPJ)": across 'of' too.
    if (view.lower[end] === 'of' && view.nameWord[end + 1]) {
      const past = nameRunEnd(view, end + 1, data, 6);
      if (view.words[past] === '(' && spelledRunStart(view, start, past, data) !== null) end = past;
    }
    const spelled = view.words[end] === '(' ? spelledRunStart(view, start, end, data) : null;
    if (spelled !== null) {
      out.push(candidate(spelled, end, 'ORG', 'proper-name'));
      index = end - 1;
      continue;
    }
    // Cut the run at known names and titles; what is left between them is typed by its words.
    let pending = start;
    const flush = (stop: number): void => {
      // A stretch opens with a capitalised word of two letters or more: not '-leading' (in 'NBA-leading'), not 'F' (forward).
      while (pending < stop && (!view.nameWord[pending] || !view.spaced[pending] || view.words[pending]!.length < 2)) pending++;
      if (stop > pending) {
        // "Walter Reed hospital", "Belmarsh prison": a lowercase head noun right after the run makes the two one name.
        const head = stop === end ? data.lowercaseHeads.get(view.words[end] ?? '') : undefined;
        if (head) {
          out.push(candidate(pending, end + 1, head, 'proper-name'));
          return;
        }
        const place = afterPreposition && pending === index;
        const type = typeOfRun(view, pending, stop, data, lex, place);
        // A single word typed only by its preposition ('from Assange') may still be a person named elsewhere.
        if (type) out.push(candidate(pending, stop, type, place && stop - pending === 1 && type === 'LOC' ? 'place-cue' : 'proper-name'));
        else untyped.push({ first: pending, last: stop });
      }
    };
    for (let cursor = start; cursor < end; ) {
      const known = knownAt(view, cursor, data);
      // Titles and honorifics cut the run ('Ms Persson'), except inside a hyphenated name ('Caldwell-Pope').
      const inCompound = cursor > start && !view.spaced[cursor];
      const title = known || inCompound ? null : titleAt(view, cursor, data) ?? (data.honorifics.has(view.words[cursor]!) ? cursor + 1 : null);
      const phrase = known || title ? null : lexiconPhrase(view, cursor, end, lex);
      // A known organisation and the head word after it: "Apple Inc" (its legal form: the same company), "Disney Channel" (another one).
      const organisationEnd = known?.entry.type === 'ORG' ? known.end : phrase?.kind === 'org' ? phrase.end : null;
      const tail = organisationEnd === null ? null : longestMatch(data.orgTails, view.words, organisationEnd);
      const stop = tail && tail.end <= end ? tail.end : known?.end ?? title ?? phrase?.end ?? null;
      if (stop === null || stop > end) {
        cursor++;
        continue;
      }
      flush(cursor);
      if (tail && stop === tail.end) {
        const sameCompany = data.legalForms.has(view.words.slice(organisationEnd!, stop).join(' '));
        out.push(candidate(cursor, stop, 'ORG', 'proper-name', { canonical: sameCompany ? known?.entry.name : undefined }));
      } else if (phrase) out.push(candidate(cursor, phrase.end, phrase.kind === 'place' ? 'LOC' : phrase.kind === 'org' ? 'ORG' : 'PERSON', 'proper-name'));
      cursor = stop;
      pending = stop;
    }
    flush(end);
    index = end - 1;
  }
  // Only a single word next to a comma or a joiner may be a list's item.
  const listed = (at: number): boolean => view.lower[at] === ',' || data.listJoiners.has(view.lower[at] ?? '');
  if (untyped.some((run) => run.last - run.first === 1 && (listed(run.first - 1) || listed(run.last)))) typeListedRuns(view, data, untyped, out);
}

/** Where the longest stretch of [start, end) of at least two words that the acronym in brackets at `end` spells starts, or null. */
function spelledRunStart(view: SentenceView, start: number, end: number, data: EntityData): number | null {
  const acronym = view.words[end + 1] ?? '';
  if (!ACRONYM.test(acronym)) return null;
  for (let first = start; first + 1 < end; first++) {
    if (view.nameWord[first] && abbreviationAfter(view, end, view.words.slice(first, end).join(' '), data) !== null) return first;
  }
  return null;
}

/**
 * "Marvel Entertainment, Lucasfilm and BamTech": a single unknown word listed with typed names, in a
 * list that "and" or "or" closes, takes their type where they agree. Not a comma alone ("At the White
 * House, Trump said"; "Eventually, Disney …"), nor a run of several words ("Lakers great Magic Johnson
 * and Lakers assistant coach …").
 */
function typeListedRuns(view: SentenceView, data: EntityData, untyped: Array<{ first: number; last: number }>, out: Candidate[]): void {
  type Item = { first: number; last: number; type: Candidate['type'] | null };
  const items: Item[] = [...out.map((found) => ({ first: found.first, last: found.last, type: found.type })), ...untyped.map((run) => ({ ...run, type: null }))]
    .sort((a, b) => a.first - b.first);
  // Chains of items that commas and a joiner link.
  let chain: Item[] = [];
  let joined = false;
  const close = (): void => {
    const types = new Set(chain.map((item) => item.type).filter((type) => type !== null));
    if (joined && types.size === 1) {
      const [type] = types;
      for (const item of chain) {
        if (item.type === null && item.last - item.first === 1 && item.first > view.opening) out.push(candidate(item.first, item.last, type!, 'list'));
      }
    }
    chain = [];
    joined = false;
  };
  for (const item of items) {
    const previous = chain[chain.length - 1];
    const between = previous ? view.lower.slice(previous.last, item.first) : [];
    const comma = between.length === 1 && between[0] === ',';
    const joiner = (between.length === 1 && data.listJoiners.has(between[0]!)) || (between.length === 2 && between[0] === ',' && data.listJoiners.has(between[1]!));
    if (previous && (comma || joiner)) {
      chain.push(item);
      joined ||= joiner;
      continue;
    }
    close();
    chain.push(item);
  }
  close();
}

/**
 * 'Deputy Director of Public Prosecution Eva-Marie Persson': a title's name run that holds a first
 * name after other capitalised words starts at that first name.
 */
export function startAtFirstName(view: SentenceView, candidates: Candidate[]): void {
  const lex = englishLexicon();
  for (const candidate of candidates) {
    if (candidate.type !== 'PERSON' || candidate.last - candidate.first < 3) continue;
    if (kindOf(lex, view.lower[candidate.first]!) === 'first-name') continue;
    for (let index = candidate.first + 1; index < candidate.last - 1; index++) {
      if (view.spaced[index] && kindOf(lex, view.lower[index]!) === 'first-name') {
        if (candidate.role) candidate.role.last = index;
        candidate.first = index;
        break;
      }
    }
  }
}

/** 'said Chinese control of the app posed …': a demonym after a speech verb is an adjective, no one's name. */
export function dropDemonymPeople(view: SentenceView, candidates: Candidate[]): void {
  const lex = englishLexicon();
  for (let index = candidates.length - 1; index >= 0; index--) {
    const candidate = candidates[index]!;
    if (candidate.type === 'PERSON' && candidate.last - candidate.first === 1 && kindOf(lex, view.lower[candidate.first]!) === 'demonym') candidates.splice(index, 1);
  }
}
