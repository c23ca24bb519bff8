/**
 * Entities stage: recognises people, organisations and places, and links each article's
 * mentions into canonical entities (one per real-world thing) with aliases, roles and a
 * corpus-level key. Language data: dictionaries/<lang>/gazetteer/*, titles.json,
 * speech-verbs.json, entity-cues.json.
 */
import type { ArticleDoc, Span, Stage, StageContext, Token } from '../../pipeline/types.js';
import type { Entity, EntityType, Mention } from '../../output/types.js';
import { entityData, longestMatch, phraseTokens, type EntityData } from './data.js';
import { DisjointSpans, lowerBound } from '../../pipeline/spans.js';
import {
  ACRONYM, abbreviationAfter, acronymAfter, findAppositions, findGazetteerNames, findHeadedPlaces, findHonorifics, findOrganisations, findPlaceCues,
  findAgedNames, findGivenNames, findInitials, findSpelledForeignNames, findListedNames, findPairedNames, findNicknamed, findSpeakers, findTitledNames, honorificsEnd, isCapitalised, isLowercase, knownAt, match, nameRunEnd, nicknameAt, titleAt, titleWordInName, withinTitle, type Candidate, type Cue, type SentenceView,
} from './mentions.js';
import { dropDemonymPeople, findProperNames, startAtFirstName } from './en.js';

/** A sentence's view plus where its words sit in the text. */
interface Sentence extends SentenceView {
  tokens: Token[];
}

/** A mention in text offsets, before linking. */
interface Found {
  start: number;
  end: number;
  type: EntityType;
  cue: Cue;
  canonical: string | undefined;
  role: string | undefined;
  /** For acronyms and nicknames: the mention they stand for. */
  aliasOf: Found | undefined;
  /** For headed organisation names: where the head word ends ("Forum| NRC"). */
  headEnd: number | undefined;
}

/** The last word of a name, lower case. */
function surname(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/**
 * A new mention. Every mention gets all fields, in this order, so that they share one shape:
 * V8 then keeps the code that reads them (sorting, overlap checks, linking) on its fast path.
 */
function mentionAt(start: number, end: number, type: EntityType, cue: Cue, aliasOf?: Found, canonical?: string): Found {
  return { start, end, type, cue, canonical, role: undefined, aliasOf, headEnd: undefined };
}

/** Cues that make a name by themselves, strongest first; ties on a span go to the stronger. */
const CUE_RANK: Readonly<Record<Cue, number>> = {
  byline: 0, dateline: 0, title: 1, apposition: 1, initials: 1, honorific: 2, gazetteer: 2, pair: 2, 'org-head': 3, 'place-head': 4,
  acronym: 5, nickname: 5, 'proper-name': 5, 'known-name': 6, list: 6, 'speech-verb': 7, 'place-cue': 8,
};

type Finder = (view: SentenceView, data: EntityData, out: Candidate[]) => void;
const SHARED_FINDERS: readonly Finder[] = [findGazetteerNames, findTitledNames, findAppositions, findAgedNames, findNicknamed, findInitials, findHonorifics, findOrganisations, findHeadedPlaces, findSpeakers];
/**
 * The finders of each language. Indonesian and Malay capitalise titles, months and many common
 * words, so their names need cues; English capitalises names alone, so its capitalised runs are names.
 */
const FINDERS: Readonly<Record<string, readonly Finder[]>> = { en: [...SHARED_FINDERS, findProperNames] };
const DEFAULT_FINDERS: readonly Finder[] = [...SHARED_FINDERS, findPlaceCues, findGivenNames, findPairedNames, findListedNames, findSpelledForeignNames];
/** Refiners adjust the candidates of a sentence once every finder has run. */
type Refiner = (view: SentenceView, candidates: Candidate[]) => void;
const REFINERS: Readonly<Record<string, readonly Refiner[]>> = { en: [startAtFirstName, dropDemonymPeople] };
/** Weak cues: a single word at the start of a sentence is not a name by them alone. */
const WEAK: ReadonlySet<Cue> = new Set(['speech-verb', 'place-cue']);

/** "Rp15.400", "Rm2": a unit written on its amount is no name word ("G20" has no lower case and may be one). */
const UNIT_AND_AMOUNT = /^\p{Lu}\p{Ll}+\d/u;

function sentenceViews(doc: ArticleDoc, data: EntityData): Sentence[] {
  const views: Sentence[] = [];
  let cursor = 0;
  for (const sentence of doc.sentences) {
    while (cursor < doc.tokens.length && doc.tokens[cursor]!.start < sentence.start) cursor++;
    const tokens: Token[] = [];
    while (cursor < doc.tokens.length && doc.tokens[cursor]!.end <= sentence.end) tokens.push(doc.tokens[cursor++]!);
    const words = tokens.map((token) => token.text);
    const spaced = tokens.map((token, index) => index === 0 || token.start > tokens[index - 1]!.end);
    let opening = 0;
    while (opening < words.length && /^[“"‘'«(\[–—-]$/u.test(words[opening]!)) opening++;
    const nameWord = words.map((word) => isCapitalised(word) && !data.stopwords.has(word) && !UNIT_AND_AMOUNT.test(word));
    views.push({ words, lower: tokens.map((token) => token.lower), spaced, tokens, opening, known: [], nameWord });
  }
  return views;
}

/** Tidies a role phrase: no bracketed asides (nor one the role's end cuts open), no trailing punctuation. */
function cleanRole(text: string): string {
  return text.replace(/\s*\([^)]*\)/g, '').replace(/\s*\([^)]*$/u, '').replace(/[\s,–—-]+$/u, '').replace(/^[\s,–—-]+/u, '').trim();
}

/** Where a rank that runs, with what is written after it ('Pol', '(Purn)'), to exactly `end` starts at or after `from`; null if none does. */
function rankStart(sentence: Sentence, from: number, end: number, data: EntityData): number | null {
  for (let start = from; start < end; start++) {
    const rank = longestMatch(data.ranks, sentence.lower, start);
    // "Direktur Jenderal", "Gubernur Jenderal": a rank word inside a longer title is that title's.
    if (!rank || withinTitle(sentence, start, data)) continue;
    let cursor = rank.end;
    while (cursor < end && (data.rankSuffixes.has(sentence.words[cursor]!) || sentence.words[cursor] === '(' || sentence.words[cursor] === ')')) cursor++;
    if (cursor === end) return start;
  }
  return null;
}

/**
 * The role of the words [first, last) of a sentence. Honours and a rank set off by a comma after the
 * function are a role of their own, after a semicolon, as the gold annotation writes them: "Presiden
 * PKR Datuk Seri Dr" and "Menteri Besar, Datuk Seri" are "Presiden PKR; Datuk Seri Dr" and
 * "Menteri Besar; Datuk Seri".
 */
function roleText(text: string, sentence: Sentence, first: number, last: number, data: EntityData): string {
  let honours = last;
  // One word ("Datuk") or two that are honours only together ("Tan Sri": "Tan" alone is a surname).
  for (;;) {
    if (honours > first + 2 && data.honorifics.has(`${sentence.words[honours - 2]} ${sentence.words[honours - 1]}`)) honours -= 2;
    else if (honours > first + 1 && data.honorifics.has(sentence.words[honours - 1]!)) honours--;
    else break;
  }
  // A rank after the function opens the honours: "Kapolres Metro Depok Kombes Pol" is "Kapolres Metro Depok; Kombes Pol".
  honours = rankStart(sentence, first + 1, honours, data) ?? honours;
  if (honours === last) {
    const comma = sentence.words.lastIndexOf(',', last - 1);
    // A rank set off by a comma ("…, Supt"), not the next item of a list ("Pendidikan, Kebudayaan, Riset, dan Teknologi").
    if (comma > first && comma < last - 1 && (titleAt(sentence, comma + 1, data) !== null || data.honorifics.has(sentence.words[comma + 1]!))) honours = comma + 1;
  }
  const part = (from: number, to: number): string => cleanRole(text.slice(sentence.tokens[from]!.start, sentence.tokens[to - 1]!.end));
  if (honours === last) return part(first, last);
  return [part(first, honours), part(honours, last)].filter(Boolean).join('; ');
}

/** Words the article writes in lower case somewhere: evidence that a capitalised one is a common word. */
/** What the article's words tell of names: its lowercase words, and the capitalised words it writes before a known place. */
interface Vocabulary {
  lowercase: ReadonlySet<string>;
  /** "Persib" in "Persib Bandung", "Persija" in "Persija Jakarta": an institution named after its place. */
  beforePlaces: ReadonlySet<string>;
}

function articleVocabulary(sentences: readonly Sentence[], data: EntityData): Vocabulary {
  const lowercase = new Set<string>();
  const beforePlaces = new Set<string>();
  for (const sentence of sentences) {
    const { words } = sentence;
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      if (isLowercase(word)) lowercase.add(word);
      else if (index + 1 < words.length && sentence.spaced[index + 1] && sentence.nameWord[index] && knownAt(sentence, index + 1, data)?.entry.type === 'LOC') beforePlaces.add(word);
    }
  }
  return { lowercase, beforePlaces };
}

/**
 * The names the article uses alone for a person, after a speech verb ("ucap Irto dalam …", "kata
 * Budhi."): news names someone in full once, then by one name. Such a word starts the person's name
 * where it stands inside a longer run, as a given name does ("Corporate Secretary PT Pertamina Patra
 * Niaga Irto Ginting"). Not an acronym, a title, a head word, a known name or a word the article
 * also writes in lower case.
 */
function namesUsedAlone(sentences: readonly Sentence[], data: EntityData, vocabulary: Vocabulary): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    const { words } = sentence;
    for (let index = 1; index < words.length; index++) {
      if (!sentence.nameWord[index] || !sentence.spaced[index] || !data.speechBefore.has(sentence.lower[index - 1]!)) continue;
      // One word: the name ends there.
      if (sentence.nameWord[index + 1] && sentence.spaced[index + 1]) continue;
      const word = words[index]!;
      if (ACRONYM.test(word) || data.honorifics.has(word) || vocabulary.lowercase.has(sentence.lower[index]!) || titleAt(sentence, index, data) !== null || knownAt(sentence, index, data)
        || longestMatch(data.orgHeads, words, index) || longestMatch(data.placeHeads, words, index)) continue;
      names.add(word);
    }
  }
  return names;
}

/** The most words before a bracket that the name it abbreviates may take. */
const MAX_ABBREVIATED_WORDS = 8;

/**
 * The short forms the article gives organisations in brackets: an acronym ("(BPS)"), or a word
 * spelled from the name's words ("Badan Pangan Nasional (Bapanas)", "Badan Urusan Logistik (Bulog)").
 */
function bracketShortForms(sentences: readonly Sentence[], data: EntityData): Set<string> {
  const forms = new Set<string>();
  for (const sentence of sentences) {
    const { words } = sentence;
    for (let open = words.indexOf('('); open >= 0 && open + 2 < words.length; open = words.indexOf('(', open + 1)) {
      if (open === 0 || words[open + 2] !== ')') continue;
      if (acronymAfter(sentence, open) !== null) {
        forms.add(words[open + 1]!);
        continue;
      }
      // The name may follow a title or a preposition: each run of capitalised words (and connectors) that ends at the bracket.
      for (let start = open - 2; start >= Math.max(0, open - MAX_ABBREVIATED_WORDS); start--) {
        if (!sentence.nameWord[start] && !data.connectors.has(words[start]!)) break;
        if (sentence.nameWord[start] && abbreviationAfter(sentence, open, words.slice(start, open).join(' '), data) !== null) {
          forms.add(words[open + 1]!);
          break;
        }
      }
    }
  }
  return forms;
}

/** The language's data with the article's own given names (namesUsedAlone) beside first-names.json's, and its short forms. */
function withArticleNames(data: EntityData, names: ReadonlySet<string>, shortForms: ReadonlySet<string>): EntityData {
  if (!names.size && !shortForms.size) return data;
  const known = data.firstNames;
  return { ...data, firstNames: { has: (word: string): boolean => known.has(word) || names.has(word) }, shortForms };
}

/** The fewest words a line needs to be told a headline by its capitals. */
const MIN_HEADLINE_WORDS = 4;
/** The share of a headline's words that are capitalised: "Polisi Tangkap Pelaku Pembunuhan di Bekasi". */
const HEADLINE_CAPITALS = 0.75;

/** Whether a sentence is a headline in title case: most words capitalised, and no full stop at its end. */
function isHeadline(sentence: Sentence): boolean {
  const { words } = sentence;
  if (/^[.!?]$/u.test(words[words.length - 1] ?? '')) return false;
  let letters = 0;
  let capitals = 0;
  for (const word of words) {
    if (!/^\p{L}/u.test(word)) continue;
    letters++;
    if (isCapitalised(word)) capitals++;
  }
  return letters >= MIN_HEADLINE_WORDS && capitals >= HEADLINE_CAPITALS * letters;
}

/** In a headline every word is capitalised: one the article writes in lower case elsewhere is no name word there ("Pelaku Pembunuhan"). */
function forgetCommonWords(sentence: Sentence, vocabulary: Vocabulary): void {
  for (let index = 0; index < sentence.words.length; index++) {
    if (sentence.nameWord[index] && vocabulary.lowercase.has(sentence.lower[index]!)) sentence.nameWord[index] = false;
  }
}

/**
 * Whether the first word of a titled name of three words or more is, elsewhere in the article, an
 * institution named with its place ("Pelatih Persib Luis Milla" beside "Persib Bandung menang"):
 * it is then the title's institution, not the person's first name.
 */
function namesAnInstitution(sentence: Sentence, candidate: Candidate, vocabulary: Vocabulary): boolean {
  return candidate.cue === 'title' && candidate.last - candidate.first >= 3 && vocabulary.beforePlaces.has(sentence.words[candidate.first]!);
}

function candidatesOf(sentence: Sentence, data: EntityData, vocabulary: Vocabulary, finders: readonly Finder[], refiners: readonly Refiner[]): Candidate[] {
  const found: Candidate[] = [];
  for (const finder of finders) finder(sentence, data, found);
  for (const refine of refiners) refine(sentence, found);
  // "Pemerintahan Putin meminta", "Sekretaris Jenderal Aliansi Jens Stoltenberg": a leading word the article
  // also writes in lower case is a common word, not part of the name.
  // Acronyms ("PKR Negeri Sembilan") are not part of a person's name either.
  for (const candidate of found) {
    if (candidate.type !== 'PERSON' || candidate.cue === 'honorific') continue;
    // An honorific is not part of the name either: "Ms Persson said".
    while (candidate.last - candidate.first > 1 && sentence.spaced[candidate.first + 1]
      && (vocabulary.lowercase.has(sentence.words[candidate.first]!.toLowerCase()) || ACRONYM.test(sentence.words[candidate.first]!) || data.honorifics.has(sentence.words[candidate.first]!)
        || namesAnInstitution(sentence, candidate, vocabulary))) {
      // A common word joins the role ("Pemerintahan"); an honorific is neither role nor name ("Kepala Desa Sukamaju, H Ahmad").
      if (candidate.role && !data.honorifics.has(sentence.words[candidate.first]!)) candidate.role.last = candidate.first + 1;
      candidate.first++;
    }
  }
  const gazetteer = found.filter((candidate) => candidate.cue === 'gazetteer');
  const crossesKnown = (candidate: Candidate): boolean =>
    gazetteer.some((known) => known.first < candidate.last && candidate.first < known.last
      && !(candidate.first <= known.first && known.last <= candidate.last) && !(known.first <= candidate.first && candidate.last <= known.last));
  // A person's name holds no title ("kata Timbalan Perdana Menteri"): the title cue reads such runs; after a given name a
  // title word is a name's ("Amirul Hakim Zulkifli").
  const holdsTitle = (candidate: Candidate): boolean => {
    for (let index = candidate.first; index < candidate.last; index++) {
      if (titleAt(sentence, index, data) !== null && !(index > candidate.first && titleWordInName(sentence, index, data))) return true;
    }
    return false;
  };
  return found.filter((candidate) => {
    if (candidate.cue !== 'gazetteer' && crossesKnown(candidate)) return false;
    // "Antara perkara yang kita bersetuju …": a one-word known name opening the sentence before a lowercase word is the
    // common word the article also writes in lower case ("di antara dua negara"), not the news agency.
    if (candidate.cue === 'gazetteer' && candidate.last - candidate.first === 1 && candidate.first <= sentence.opening && !ACRONYM.test(sentence.words[candidate.first]!)
      && vocabulary.lowercase.has(sentence.lower[candidate.first]!) && isLowercase(sentence.words[candidate.last] ?? '')) return false;
    // "warga Desa Sukamaju", "Kepala Dinas Kesehatan": a place or institution, not a person, after the title
    // (but "berinisial RS (24)": initials are a person's, whatever head word they spell).
    if (candidate.type === 'PERSON' && candidate.cue !== 'initials' && (longestMatch(data.orgHeads, sentence.words, candidate.first) ?? longestMatch(data.placeHeads, sentence.words, candidate.first))) return false;
    if (candidate.type === 'PERSON' && candidate.cue !== 'title' && holdsTitle(candidate)) return false;
    // '“Star Wars,”': a title and a name that quotation marks enclose whole are the title of a work.
    if (candidate.cue === 'title' && candidate.role && quotedWhole(sentence.words, candidate.role.first, candidate.last)) return false;
    if (candidate.type === 'PERSON' && candidate.cue !== 'initials' && sentence.words.slice(candidate.first, candidate.last).every((word) => ACRONYM.test(word))) return false;
    const words = sentence.words.slice(candidate.first, candidate.last);
    if (words.every((word) => data.stopwords.has(word) || data.pronouns.has(word) || !isCapitalised(word))) return false;
    // "PT Garuda Indonesia (Persero) Tbk mencatat": a company's legal form is no one's name.
    if (candidate.type === 'PERSON' && words.every((word) => data.legalForms.has(word))) return false;
    if (!WEAK.has(candidate.cue)) return true;
    if (candidate.first <= sentence.opening && candidate.last - candidate.first === 1) return false;
    // A weak-cue name that holds a known place or organisation is not a person or place of its own: "Sekutu NATO menolak".
    return !gazetteer.some((known) => known.first >= candidate.first && known.last <= candidate.last && known !== candidate)
      && !gazetteer.some((known) => known.first === candidate.first && known.last === candidate.last);
  });
}

/**
 * The index of a short form of a person's name in brackets at `open`: one word made of the name's
 * initials ("SBY") or opening with the first letters of one of its words ("Jokowi" for Joko
 * Widodo); null for anything else in brackets ("(45)", "(kiri)", "(PDIP)", "(Argentina)").
 */
function shortFormAfter(sentence: Sentence, open: number, name: string): number | null {
  const word = sentence.words[open + 1];
  if (sentence.words[open] !== '(' || sentence.words[open + 2] !== ')' || word === undefined || !isCapitalised(word)) return null;
  const parts = name.split(/\s+/u).filter((part) => /^\p{L}/u.test(part));
  if (parts.length < 2) return null;
  const initials = parts.map((part) => part[0]!.toUpperCase()).join('');
  const lower = word.toLowerCase();
  const sharesStart = parts.some((part) => part.length >= 3 && lower.length > 3 && lower.startsWith(part.slice(0, 3).toLowerCase()));
  return word === initials || (sharesStart && !ACRONYM.test(word)) ? open + 1 : null;
}

/**
 * "produk domestik bruto (PDB)", "bahan bakar minyak (BBM)": an acronym the article spells out in lowercase
 * words is a term, not a name, even one a list knows ("ujian nasional (UN)"); none of its mentions is an entity ("3 persen dari PDB").
 */
function termAcronyms(sentences: readonly Sentence[]): Set<string> {
  const terms = new Set<string>();
  for (const { words } of sentences) {
    for (let index = words.indexOf('('); index >= 0 && index + 2 < words.length; index = words.indexOf('(', index + 1)) {
      const acronym = words[index + 1]!;
      if (words[index + 2] !== ')' || !ACRONYM.test(acronym) || acronym.length > index || acronym.length > 6) continue;
      const spelled = words.slice(index - acronym.length, index);
      if (spelled.every((word, at) => isLowercase(word) && word[0] === acronym[at]!.toLowerCase())) terms.add(acronym);
    }
  }
  return terms;
}

/** The most words of a storm's or an event's own name after its head word ('Hurricane Milton', 'Topan Super Yagi'). */
const MAX_EVENT_NAME_WORDS = 2;

/**
 * "Hurricane Milton", "Topan Yagi": the names of storms (entity-cues.json "eventHeads"), whole and alone ("Milton"), are no
 * person, place or organisation wherever the article writes them.
 */
function eventNames(sentences: readonly Sentence[], data: EntityData): string[] {
  const names: string[] = [];
  for (const sentence of sentences) {
    for (let index = 0; index < sentence.words.length; index++) {
      const head = match(data.eventHeads, sentence, index);
      if (!head || !sentence.nameWord[head.end] || !sentence.spaced[head.end]) continue;
      const end = nameRunEnd(sentence, head.end, data, MAX_EVENT_NAME_WORDS);
      const name = (from: number): string => sentence.words.slice(from, end).join(' ');
      names.push(name(index), name(head.end));
      index = end - 1;
    }
  }
  return names;
}

/**
 * "Presiden PKR Datuk Seri Dr Wan Azizah Wan Ismail dan Timbalannya Datuk Seri Mohamed Azmin Ali", "… daripada
 * Pengasasnya, Datuk Seri Baharuddin Abu": a title with a possessive ending before a name is held in what the article
 * named last before it: a deputy's in the last person's role ("Timbalan Presiden PKR"), another in the last organisation
 * ("Pengasas Al-Qalam"). Honours between are the role's second part, as after a title.
 */
function addPossessiveRoles(sentences: readonly Sentence[], kept: readonly Found[], data: EntityData, text: string): void {
  // Sorted on the first title of the kind: most articles hold none.
  let sorted: Found[] | null = null;
  for (const sentence of sentences) {
    const { words, lower, tokens } = sentence;
    for (let index = 0; index < words.length; index++) {
      const suffix = data.possessiveSuffixes.find((ending) => lower[index]!.length > ending.length + 2 && lower[index]!.endsWith(ending));
      if (suffix === undefined || !isCapitalised(words[index]!)) continue;
      const stem = words[index]!.slice(0, -suffix.length);
      if (!data.titles.next.get(stem.toLowerCase())?.entry && !data.deputyTitles.has(stem.toLowerCase())) continue;
      let cursor = index + 1;
      if (words[cursor] === ',') cursor++;
      const honoursStart = cursor;
      cursor = honorificsEnd(sentence, cursor, data) ?? cursor;
      sorted ??= [...kept].sort((a, b) => a.start - b.start);
      const person = sorted.find((mention) => mention.start === tokens[cursor]?.start && mention.type === 'PERSON');
      if (!person || person.role) continue;
      const earlier = sorted.filter((mention) => mention.end <= tokens[index]!.start).reverse();
      const holder = data.deputyTitles.has(stem.toLowerCase()) ? earlier.find((mention) => mention.type === 'PERSON' && mention.role) : undefined;
      const organisation = holder ? undefined : earlier.find((mention) => mention.type === 'ORG');
      const held = holder ? holder.role!.split(';')[0]!.trim() : organisation ? text.slice(organisation.start, organisation.end) : null;
      if (held === null) continue;
      const honours = cursor > honoursStart ? text.slice(tokens[honoursStart]!.start, tokens[cursor - 1]!.end) : '';
      person.role = honours ? `${stem} ${held}; ${honours}` : `${stem} ${held}`;
    }
  }
}

/** The most paragraphs back a bare title may refer to the person last named. */
const BARE_TITLE_REACH = 1;

/**
 * "Datuk Seri Dr Ahmad Zahid Hamidi menyifatkan …. Timbalan Perdana Menteri berkata, …": a sentence that
 * opens with a title and its portfolio, names no one and goes on with a speech verb speaks of the person
 * last named, in its paragraph or the one before; where that person has no role, the title is it, with the
 * honours written before their name after a semicolon, as for a title before the name.
 */
function addBareTitleRoles(doc: ArticleDoc, sentences: readonly Sentence[], clusters: Cluster[], data: EntityData): void {
  const people = clusters.filter((cluster) => cluster.type === 'PERSON');
  if (!people.length) return;
  const paragraphOf = (offset: number): number => lowerBound(doc.paragraphs, offset + 1, (paragraph) => paragraph.start) - 1;
  for (const sentence of sentences) {
    const titleEnd = titleAt(sentence, 0, data);
    if (titleEnd === null) continue;
    let cursor = titleEnd;
    while (cursor < sentence.words.length && sentence.nameWord[cursor]) cursor++;
    if (!data.speechAfter.has(sentence.lower[cursor] ?? '')) continue;
    const start = sentence.tokens[0]!.start;
    const end = sentence.tokens[cursor - 1]!.end;
    // A name inside the title phrase: it names someone itself.
    if (people.some((cluster) => cluster.mentions.some((mention) => mention.start >= start && mention.start < end))) continue;
    let last: { cluster: Cluster; mention: Found } | null = null;
    for (const cluster of people) {
      for (const mention of cluster.mentions) if (mention.end <= start && (!last || mention.start > last.mention.start)) last = { cluster, mention };
    }
    if (!last || last.cluster.role || paragraphOf(start) - paragraphOf(last.mention.start) > BARE_TITLE_REACH) continue;
    const first = last.cluster.mentions.reduce((a, b) => (a.start <= b.start ? a : b));
    const honours = honoursBefore(doc.text, first.start, data);
    const title = doc.text.slice(start, end);
    last.cluster.role = honours ? `${title}; ${honours}` : title;
  }
}

/** The honorifics written right before `offset` ("Datuk Seri Dr "), or ''. */
function honoursBefore(text: string, offset: number, data: EntityData): string {
  const words = text.slice(Math.max(0, offset - 60), offset).split(/\s+/u).filter(Boolean);
  let first = words.length;
  for (let index = words.length - 1; index >= 0; index--) {
    if (data.honorifics.has(words[index]!)) first = index;
    else if (index > 0 && data.honorifics.has(`${words[index - 1]} ${words[index]}`)) first = --index;
    else break;
  }
  return words.slice(first).join(' ');
}

const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '"', '‘', '«']);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '"', '’', '»']);

/** Whether quotation marks enclose words [first, last) whole, a comma or full stop inside the closing mark allowed. */
function quotedWhole(words: readonly string[], first: number, last: number): boolean {
  const after = words[last] === ',' || words[last] === '.' ? words[last + 1] : words[last];
  return first > 0 && OPENING_MARKS.has(words[first - 1]!) && after !== undefined && CLOSING_MARKS.has(after);
}

/** Cues that single out a person whatever longer name overlaps them ("Sekretaris Jenderal Aliansi Jens Stoltenberg"). */
const DECISIVE: ReadonlySet<Cue> = new Set(['byline', 'dateline', 'title', 'apposition', 'initials', 'pair']);

/**
 * A headline capitalises every word, so its names are read from the body: "Pedagang Pasar Kramat Jati
 * Mengeluh" is cut to the name the body gives ("Pasar Kramat Jati"), and a name the body never
 * writes ("Pelaku Pencurian Motor": "Pencurian") is dropped, unless the gazetteer knows it.
 */
function readHeadlineNames(kept: Found[], headlines: readonly Sentence[], sentences: number, text: string): Found[] {
  // Without a body there is nothing to read them from.
  if (!headlines.length || headlines.length === sentences) return kept;
  const spans = headlines.map((sentence) => ({ start: sentence.tokens[0]?.start ?? 0, end: sentence.tokens[sentence.tokens.length - 1]?.end ?? 0 }));
  const inHeadline = (mention: Found): boolean => spans.some((span) => mention.start >= span.start && mention.end <= span.end);
  let body = '';
  let from = 0;
  for (const span of spans) {
    body += `${text.slice(from, span.start)}\n`;
    from = span.end;
  }
  body += text.slice(from);
  const bodyNames = new Set(kept.filter((mention) => !inHeadline(mention)).map((mention) => text.slice(mention.start, mention.end)));
  return kept.filter((mention) => {
    if (!inHeadline(mention)) return true;
    const name = text.slice(mention.start, mention.end);
    let cut = 0;
    for (let space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) if (bodyNames.has(name.slice(0, space))) cut = space;
    if (cut) mention.end = mention.start + cut;
    return cut > 0 || mention.cue === 'gazetteer' || body.includes(name);
  });
}

/** Keeps the strongest of overlapping mentions: decisive cues, then longer, then by cue rank. */
function resolveOverlaps(found: Found[], length: number): Found[] {
  const decisive = (mention: Found): number => (DECISIVE.has(mention.cue) ? 0 : 1);
  const ordered = [...found].sort((a, b) => decisive(a) - decisive(b) || (b.end - b.start) - (a.end - a.start) || CUE_RANK[a.cue] - CUE_RANK[b.cue] || a.start - b.start);
  const taken = new DisjointSpans(length);
  const kept: Found[] = [];
  for (const mention of ordered) {
    if (taken.overlaps(mention.start, mention.end)) continue;
    taken.add(mention);
    kept.push(mention);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}

/**
 * Memo of normalise(), emptied for every article: its keys are slices of the article's text,
 * which keep the whole text alive, so a memo across articles would hold on to every article.
 */
const normalised = new Map<string, string>();
/** Case-, accent- and punctuation-folded form of a name; memoised, since names repeat. */
function normalise(name: string): string {
  let form = normalised.get(name);
  if (form === undefined) {
    form = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    normalised.set(name, form);
  }
  return form;
}
const nameWords = (name: string): string[] => name.split(/\s+/).filter(Boolean);

/** "Ansari" of "al-Ansari": the name a particle is hyphened to, which later mentions use with or without it. */
function withoutParticle(word: string, data: EntityData): string {
  const hyphen = word.indexOf('-');
  return hyphen > 0 && data.nameParticles.has(word.slice(0, hyphen).toLowerCase()) ? word.slice(hyphen + 1) : word;
}

/** A corpus-level key: type and normalised canonical name ('person:jens-stoltenberg'). */
export function entityKey(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${normalise(name).replace(/ /g, '-')}`;
}

interface Cluster {
  type: EntityType;
  canonical: string | null;
  mentions: Found[];
  role: string | null;
  /** Lowercased surface forms that identify the cluster (names, aliases, acronyms). */
  forms: Set<string>;
}

/** The gazetteer's canonical name of `name` as a whole ('TEMPO.CO' → 'Tempo'), when it is one of `type`. */
function knownName(name: string, type: EntityType, data: EntityData): string | undefined {
  const words = phraseTokens(name);
  const match = longestMatch(data.gazetteer, words, 0);
  return match && match.end === words.length && match.entry.type === type ? match.entry.name : undefined;
}

export class EntitiesStage implements Stage {
  readonly name = 'entities';

  run(doc: ArticleDoc, context: StageContext): void {
    normalised.clear();
    const languageData = entityData(context.profile);
    const sentences = sentenceViews(doc, languageData);
    const text = doc.text;
    const found: Found[] = [];
    const vocabulary = articleVocabulary(sentences, languageData);
    const headlines = sentences.filter(isHeadline);
    for (const sentence of headlines) forgetCommonWords(sentence, vocabulary);
    const data = withArticleNames(languageData, namesUsedAlone(sentences, languageData, vocabulary), bracketShortForms(sentences, languageData));
    const finders = FINDERS[context.profile.code] ?? DEFAULT_FINDERS;
    const refiners = REFINERS[context.profile.code] ?? [];

    for (const sentence of sentences) {
      for (const candidate of candidatesOf(sentence, data, vocabulary, finders, refiners)) {
        const mention = mentionAt(sentence.tokens[candidate.first]!.start, sentence.tokens[candidate.last - 1]!.end, candidate.type, candidate.cue, undefined, candidate.canonical || undefined);
        if (candidate.head) mention.headEnd = sentence.tokens[candidate.first + candidate.head - 1]!.end;
        // "correspondent Dr. Sanjay Gupta": a courtesy title is no part of the role, where the language says so.
        while (candidate.role && !data.honorificsInRole && candidate.role.last > candidate.role.first && data.honorifics.has(sentence.words[candidate.role.last - 1]!)) candidate.role.last--;
        if (candidate.role && candidate.role.last > candidate.role.first) {
          const role = roleText(text, sentence, candidate.role.first, candidate.role.last, data);
          if (role) mention.role = role;
        }
        found.push(mention);
      }
    }
    this.addHeaderMentions(doc, found, data);

    const terms = termAcronyms(sentences);
    for (const name of eventNames(sentences, data)) terms.add(name);
    const named = terms.size ? found.filter((mention) => !terms.has(text.slice(mention.start, mention.end))) : found;
    const kept = readHeadlineNames(resolveOverlaps(named, text.length), headlines, sentences.length, text);
    this.addAcronymsAndNicknames(sentences, kept, data, text);
    if (data.possessiveSuffixes.length) addPossessiveRoles(sentences, kept, data, text);
    const clusters = this.link(kept, text, data);
    this.addKnownNames(sentences, clusters, data, text);
    if (data.bareTitleRefersBack) addBareTitleRoles(doc, sentences, clusters, data);
    doc.entities = this.toEntities(clusters, text, doc.dateline);
  }

  /** The byline's author and the dateline's place and outlet are entities of the article. */
  private addHeaderMentions(doc: ArticleDoc, found: Found[], data: EntityData): void {
    const header = doc.text.slice(0, doc.paragraphs[Math.min(doc.paragraphs.length, 8) - 1]?.end ?? 0);
    if (doc.meta.author) {
      const at = header.indexOf(doc.meta.author);
      if (at >= 0) found.push(mentionAt(at, at + doc.meta.author.length, 'PERSON', 'byline'));
    }
    // "CUPERTINO, Calif. (Reuters) -": a place no list knows is a place all the same.
    if (doc.dateline && doc.meta.dateline) {
      const at = doc.text.indexOf(doc.meta.dateline, doc.dateline.start);
      if (at >= 0 && at < doc.dateline.end) found.push(mentionAt(at, at + doc.meta.dateline.length, 'LOC', 'dateline', undefined, knownName(doc.meta.dateline, 'LOC', data)));
    }
    if (doc.dateline && doc.meta.outlet) {
      const at = doc.text.indexOf(doc.meta.outlet, doc.dateline.start);
      if (at >= 0 && at < doc.dateline.end) found.push(mentionAt(at, at + doc.meta.outlet.length, 'ORG', 'dateline', undefined, knownName(doc.meta.outlet, 'ORG', data)));
    }
  }

  /** "Badan Gizi Nasional (BGN)", "Joko Widodo (Jokowi)" and "… yang akrab disapa Emil" declare aliases. */
  private addAcronymsAndNicknames(sentences: Sentence[], kept: Found[], data: EntityData, text: string): void {
    const byEnd = new Map(kept.map((mention) => [mention.end, mention]));
    const byStart = new Map(kept.map((mention) => [mention.start, mention]));
    const starts = new Set(kept.map((mention) => mention.start));
    // People in text order (kept is sorted and its mentions do not overlap), for the nickname's owner.
    const people = kept.filter((mention) => mention.type === 'PERSON');
    for (const sentence of sentences) {
      const sentenceStart = sentence.tokens[0]?.start ?? 0;
      const nicknames: Found[] = [];
      let cueCovers = 0;
      for (let index = 0; index < sentence.words.length; index++) {
        const token = sentence.tokens[index]!;
        const owner = sentence.words[index] === '(' ? byEnd.get(token.start) ?? byEnd.get(token.start - 1) : undefined;
        if (owner && owner.type !== 'PERSON') {
          // "Militer Israel (IDF)" where only "Israel" was found: a place's acronym spells its name ("Nusa Tenggara Timur (NTT)").
          const spelled = owner.type !== 'LOC' || abbreviationAfter(sentence, index, text.slice(owner.start, owner.end), data) !== null;
          const acronym = (spelled ? acronymAfter(sentence, index) : null) ?? abbreviationAfter(sentence, index, text.slice(owner.start, owner.end), data);
          if (acronym !== null) {
            const span = sentence.tokens[acronym]!;
            if (!starts.has(span.start)) {
              kept.push(mentionAt(span.start, span.end, owner.type, 'acronym', owner));
              starts.add(span.start);
            } else {
              // "Kesatuan Eropah (EU)": an acronym a list knows, written in brackets after the name the article gives it, is that name's.
              const known = byStart.get(span.start);
              if (known && known.end === span.end && known.type === owner.type && !known.aliasOf && known !== owner) known.aliasOf = owner;
            }
          } else {
            const shut = sentence.words.indexOf(')', index + 1);
            // "Kepolisian Daerah Sumatera Utara (Polda Sumut)": an organisation's short name of several words, found as one, fills the brackets.
            const inner = byStart.get(sentence.tokens[index + 1]?.start ?? -1);
            if (inner && inner.type === owner.type && !inner.aliasOf && shut > index && sentence.tokens[shut]!.start === inner.end) inner.aliasOf = owner;
            // "Pusat Rawatan Pertubuhan Sentuhan Kasih Al-Qalam (Al-Qalam)": the name's last words in brackets are its short name.
            const short = shut > index + 1 && shut - index <= 4 ? text.slice(sentence.tokens[index + 1]!.start, sentence.tokens[shut - 1]!.end) : '';
            const ownerText = text.slice(owner.start, owner.end);
            if (!inner && short && /^\p{Lu}/u.test(short) && ownerText.length > short.length && ownerText.endsWith(` ${short}`)) {
              const start = sentence.tokens[index + 1]!.start;
              if (!starts.has(start)) {
                kept.push(mentionAt(start, start + short.length, owner.type, 'acronym', owner));
                starts.add(start);
              }
            }
          }
        }
        // "Joko Widodo (Jokowi)", "Susilo Bambang Yudhoyono (SBY)": a short form of the name in brackets.
        const shortForm = owner && owner.type === 'PERSON' ? shortFormAfter(sentence, index, text.slice(owner.start, owner.end)) : null;
        if (shortForm !== null) {
          const span = sentence.tokens[shortForm]!;
          if (!starts.has(span.start)) {
            kept.push(mentionAt(span.start, span.end, 'PERSON', 'nickname', owner));
            starts.add(span.start);
          }
        }
        // "yang akrab disapa": its last word is a cue too, but not a second one.
        const nickname = index >= cueCovers && data.nicknameCues.next.has(sentence.lower[index]!) ? nicknameAt(sentence, index, data) : null;
        if (nickname !== null) {
          cueCovers = nickname.cueEnd;
          const before = (mention: Found): boolean => mention.end <= token.start && mention.start >= sentenceStart;
          // The latest nickname given in this sentence, else the last person before the cue: in this sentence, or, after a
          // description that points back ("ucap pria yang akrab disapa Buwas itu"), the last one the article named.
          let person = [...nicknames].reverse().find(before);
          if (!person) {
            const candidate = people[lowerBound(people, token.start + 1, (mention) => mention.end) - 1];
            const describedBefore = index > 0 && /^\p{Ll}+$/u.test(sentence.words[index - 1]!) && !data.nicknameCues.next.has(sentence.lower[index - 1]!);
            if (candidate && (before(candidate) || (describedBefore && candidate.end <= token.start))) person = candidate;
          }
          const span = { start: sentence.tokens[nickname.cueEnd]!.start, end: sentence.tokens[nickname.end - 1]!.end };
          if (person) {
            const touching = kept.filter((mention) => mention !== person && mention.start < span.end && span.start < mention.end);
            // "Mochamad Iriawan alias Iwan Bule": a name already found there is the nickname, the same person's.
            const named = touching.length === 1 && touching[0]!.start === span.start && touching[0]!.type === 'PERSON' && !touching[0]!.aliasOf ? touching[0]! : null;
            if (named) {
              named.aliasOf = person;
              nicknames.push(named);
            } else if (touching.every((mention) => mention.start >= span.start && mention.end <= span.end && mention.type === 'PERSON' && !mention.aliasOf)) {
              // "Pak Bud": the nickname takes the place of the names found inside it ("Bud" after the honorific).
              for (const inner of touching) {
                kept.splice(kept.indexOf(inner), 1);
                starts.delete(inner.start);
              }
              const mention = mentionAt(span.start, span.end, 'PERSON', 'nickname', person);
              kept.push(mention);
              nicknames.push(mention);
              starts.add(span.start);
            }
          }
        }
      }
    }
    kept.sort((a, b) => a.start - b.start);
    // "Thomas Trikasih Lembong atau Tom Lembong": a full name, then a shorter one of the same surname joined by 'atau', are one
    // person's (not "Budi Santoso atau Andi Santoso": two people).
    let previous: Found | null = null;
    for (const mention of kept) {
      if (mention.type !== 'PERSON') continue;
      const [full, short] = previous ? [text.slice(previous.start, previous.end), text.slice(mention.start, mention.end)] : ['', ''];
      if (previous && !mention.aliasOf && data.sameSurnameJoiners.has(text.slice(previous.end, mention.start).trim().toLowerCase())
        && surname(full) === surname(short) && full.split(' ').length > short.split(' ').length) mention.aliasOf = previous.aliasOf ?? previous;
      previous = mention;
    }
  }

  /** Groups mentions into entities. */
  private link(mentions: Found[], text: string, data: EntityData): Cluster[] {
    const clusters: Cluster[] = [];
    const clusterOf = new Map<Found, Cluster>();
    const legalForms = new Set([...data.legalForms].map(normalise));
    // "PT Timah Tbk" and "PT Timah": a company's legal form does not tell two companies apart.
    const formOf = (mention: Found): string => {
      const surface = text.slice(mention.start, mention.end);
      // "Belmarsh prison", "Belmarsh jail" and "Belmarsh": a lowercase head noun does not tell two places apart.
      const head = data.lowercaseHeads.size ? /\s(\p{Ll}+)$/u.exec(surface) : null;
      if (head && data.lowercaseHeads.has(head[1]!)) return normalise(surface.slice(0, head.index));
      const form = normalise(surface);
      if (mention.type !== 'ORG') return form;
      const words = form.split(' ');
      let end = words.length;
      while (end > 1 && legalForms.has(words[end - 1]!)) end--;
      return end === words.length ? form : words.slice(0, end).join(' ');
    };
    const add = (cluster: Cluster, mention: Found): void => {
      cluster.mentions.push(mention);
      cluster.forms.add(formOf(mention));
      if (mention.role && !cluster.role) cluster.role = mention.role;
      clusterOf.set(mention, cluster);
    };
    const create = (mention: Found): Cluster => {
      const cluster: Cluster = { type: mention.type, canonical: mention.canonical ?? null, mentions: [], role: null, forms: new Set() };
      clusters.push(cluster);
      add(cluster, mention);
      return cluster;
    };
    // People with more words first, so that "Stoltenberg" finds "Jens Stoltenberg" wherever it stands.
    const people = mentions.filter((mention) => mention.type === 'PERSON' && !mention.aliasOf);
    people.sort((a, b) => nameWords(text.slice(b.start, b.end)).length - nameWords(text.slice(a.start, a.end)).length || a.start - b.start);
    // "Joko Widodo (Jokowi)" … "kata Jokowi": a name the article declared a short form or nickname of someone is theirs.
    const declared = new Map<string, Found>();
    for (const mention of mentions) if (mention.type === 'PERSON' && mention.aliasOf) declared.set(normalise(text.slice(mention.start, mention.end)), mention.aliasOf);
    for (const mention of people) {
      const owner = declared.get(normalise(text.slice(mention.start, mention.end)));
      const ownerCluster = owner && owner !== mention ? clusterOf.get(owner) : undefined;
      if (ownerCluster) {
        add(ownerCluster, mention);
        continue;
      }
      const words = nameWords(normalise(text.slice(mention.start, mention.end)));
      const matches = clusters.filter((cluster) => cluster.type === 'PERSON' && [...cluster.forms].some((form) => containsWords(nameWords(form), words)));
      if (matches.length === 1) add(matches[0]!, mention);
      else if (matches.length > 1) add(nearest(matches, mention), mention);
      else create(mention);
    }
    for (const mention of mentions) {
      if (clusterOf.has(mention)) continue;
      if (mention.aliasOf) {
        const owner = clusterOf.get(mention.aliasOf);
        if (owner) {
          add(owner, mention);
          continue;
        }
      }
      const form = formOf(mention);
      // "Forum NRC": a head word before a name the article already declared refers to that name.
      if (mention.headEnd !== undefined) {
        const tail = normalise(text.slice(mention.headEnd, mention.end));
        const named = clusters.find((cluster) => cluster.type === mention.type && cluster.forms.has(tail));
        if (named) {
          const start = mention.end - text.slice(mention.headEnd, mention.end).trimStart().length;
          add(named, { ...mention, start, cue: 'known-name' });
          continue;
        }
      }
      const same = clusters.find((cluster) =>
        (mention.canonical && cluster.canonical === mention.canonical && cluster.type === mention.type) ||
        (cluster.forms.has(form) && (cluster.type === mention.type || mention.cue === 'place-cue')))
        // "Lakers" after "Los Angeles Lakers": the last words of an organisation's name stand for it.
        ?? (mention.type === 'ORG' ? clusters.find((cluster) => cluster.type === 'ORG' && [...cluster.forms].some((known) => known.endsWith(` ${form}`))) : undefined);
      if (same) add(same, mention);
      else create(mention);
    }
    return clusters;
  }

  /** Further mentions of known people (full name or a word of it that no one else shares) and of declared aliases. */
  private addKnownNames(sentences: Sentence[], clusters: Cluster[], data: EntityData, text: string): void {
    const taken = new DisjointSpans(text.length);
    for (const mention of clusters.flatMap((cluster) => cluster.mentions)) if (!taken.overlaps(mention.start, mention.end)) taken.add(mention);
    // word → the one cluster it names.
    const owners = new Map<string, Cluster | null>();
    for (const cluster of clusters) {
      const declared = cluster.mentions.filter((mention) => mention.cue === 'acronym' || mention.cue === 'nickname').map((mention) => text.slice(mention.start, mention.end));
      const words = cluster.type === 'PERSON' ? cluster.mentions.flatMap((mention) => nameWords(text.slice(mention.start, mention.end)).map((word) => withoutParticle(word, data))) : declared;
      for (const word of new Set(words)) {
        // An honorific inside a name ("Zafrul Tengku Abdul Aziz": the father's) names no one by itself.
        if (word.length < 3 || !isCapitalised(word) || data.stopwords.has(word) || data.nameParticles.has(word) || data.honorifics.has(word)) continue;
        owners.set(word, owners.has(word) && owners.get(word) !== cluster ? null : cluster);
      }
    }
    for (const sentence of sentences) {
      for (let index = 0; index < sentence.words.length; index++) {
        const owner = owners.get(sentence.words[index]!);
        if (!owner) continue;
        const token = sentence.tokens[index]!;
        // Extend over the rest of the person's name: "Jens Stoltenberg" rather than "Jens".
        let last = index + 1;
        while (last < sentence.words.length && owners.get(sentence.words[last]!) === owner && sentence.spaced[last]) last++;
        const end = sentence.tokens[last - 1]!.end;
        // "al-Ansari" after "Majed al-Ansari": the particle hyphened to the name is part of the mention.
        const particle = index >= 2 && sentence.words[index - 1] === '-' && !sentence.spaced[index] && !sentence.spaced[index - 1] && data.nameParticles.has(sentence.lower[index - 2]!);
        const start = particle ? sentence.tokens[index - 2]!.start : token.start;
        if (!taken.overlaps(start, end)) {
          const mention = mentionAt(start, end, owner.type, 'known-name');
          owner.mentions.push(mention);
          taken.add(mention);
        }
        index = last - 1;
      }
    }
  }

  private toEntities(clusters: Cluster[], text: string, dateline: Span | null): Entity[] {
    const ordered = clusters
      .map((cluster) => ({ cluster, first: Math.min(...cluster.mentions.map((mention) => mention.start)) }))
      .sort((a, b) => a.first - b.first);
    return ordered.map(({ cluster }, index): Entity => {
      const mentions: Mention[] = cluster.mentions
        .map((mention) => ({ start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end) }))
        .sort((a, b) => a.start - b.start);
      const surface = [...new Set(mentions.map((mention) => mention.text))];
      // Between a place's forms as long, the one written as a name: "Boston" rather than the dateline's "BOSTON" (not for
      // organisations: "UMNO" and "Umno" are both names).
      const asName = (form: string): number => (cluster.type === 'LOC' && /\p{Ll}/u.test(form) ? 1 : 0);
      const fullest = [...surface].sort((a, b) => nameWords(b).length - nameWords(a).length || b.length - a.length || asName(b) - asName(a))[0]!;
      // The fullest form the article itself uses; the gazetteer's canonical name when the article uses it, or
      // writes it only in capitals (a dateline's "KUALA LUMPUR" is Kuala Lumpur).
      const canonical = cluster.canonical;
      const usesCanonical = canonical !== null && (surface.includes(canonical) || (surface.includes(canonical.toUpperCase()) && surface.every((form) => !/\p{Ll}/u.test(form))));
      // A place the article names only in its dateline's capitals ("BERLIN, Dec 16 (Reuters) -") is written as a name is.
      const datelinePlace = !usesCanonical && cluster.type === 'LOC' && dateline !== null && surface.every((form) => !/\p{Ll}/u.test(form))
        && mentions.some((mention) => mention.start >= dateline.start && mention.end <= dateline.end);
      const name = usesCanonical ? canonical : datelinePlace ? titleCase(fullest) : fullest;
      const entity: Entity = { id: `e${index + 1}`, name, type: cluster.type, key: entityKey(cluster.type, cluster.canonical ?? name), aliases: surface, mentions };
      if (cluster.role) entity.role = cluster.role;
      return entity;
    });
  }
}

/** 'KUALA LUMPUR' → 'Kuala Lumpur', 'WINSTON-SALEM' → 'Winston-Salem'. */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Whether `words` appear in `full`, in order (a surname, a first name, a shorter form). */
function containsWords(full: readonly string[], words: readonly string[]): boolean {
  if (words.length > full.length) return false;
  let cursor = 0;
  for (const word of full) if (word === words[cursor]) cursor++;
  return cursor === words.length;
}

/** Of several people a partial name could be, the one mentioned last before it. */
function nearest(clusters: Cluster[], mention: Found): Cluster {
  let best = clusters[0]!;
  let bestDistance = Infinity;
  for (const cluster of clusters) {
    for (const other of cluster.mentions) {
      const distance = other.start <= mention.start ? mention.start - other.start : Infinity;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = cluster;
      }
    }
  }
  return best;
}
