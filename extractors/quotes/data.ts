/** The quote stage's language data, compiled once per profile (quotes.json, speech-verbs.json, titles.json). */
import type { LanguageProfile } from '../../pipeline/types.js';
import { alternation, gated } from '../../pipeline/patterns.js';
import { dataObject, isRecord, stringsIn } from '../../pipeline/dictionaries.js';

export interface QuoteData {
  /** Pronouns that tell a speaker's gender ('she': female), where the language has them: 'she said' is not John's. */
  pronounGenders: ReadonlyMap<string, 'male' | 'female'>;
  /** Tail that opens with a pronoun attribution: ', katanya', 'kata dia'. */
  pronounVerbAtStart: RegExp;
  /** Tail that opens with a verb before the speaker: ', kata Stoltenberg'. */
  beforeVerbAtStart: RegExp;
  /** Any speech verb that follows its speaker ('mengatakan'), global. */
  afterVerb: RegExp;
  /** Any speech verb, before or after its speaker, global. */
  anyVerb: RegExp;
  /** A cue set off by commas inside a sentence: ', kata Stoltenberg, '. Groups: the lead-in, the named part. */
  middleCue: RegExp;
  /** Any speech verb or partial cue, for partial quotes. */
  partialCue: RegExp;
  clauseVerbs: ReadonlySet<string>;
  /** Clause verbs that also take a plain object ('menyampaikan terima kasih', 'announced a plan'), lowercase: a bare report after one must hold a predicate. */
  objectVerbs: ReadonlySet<string>;
  /** What tells a clause from a noun phrase (quotes.json's predicate). */
  predicate: PredicateCues;
  /** Matches at the end of the text before a speech verb that is asked for or intended, not done ('meminta jajarannya ', 'untuk '). */
  unsaidBefore: RegExp;
  complementizer: RegExp;
  /** 'Menurut X, …' / '…, menurut X.' */
  according: RegExp;
  /** Sentence-final attribution: '…, kata Stoltenberg.' '…, tambahnya.' */
  finalCue: RegExp;
  channel: RegExp;
  pronouns: ReadonlySet<string>;
  /** Lowercase title words, to tell a role phrase ('diplomat senior AS'). */
  titleWords: ReadonlySet<string>;
  /** Nouns of a person, lowercase (quotes.json's personNouns and titles.json's roles): a phrase that opens with one and points back is a role phrase. */
  personNouns: ReadonlySet<string>;
  /**
   * Sentence-final attribution with the speaker before the verb: '…, Dempsey said.' '…, Mayer said Tuesday.'
   * Groups (with their offsets, flag d): the speaker phrase, the verb. Null for languages without `speakerBeforeFinalVerb`.
   */
  finalSubjectCue: RegExp | null;
  /** Who a verb is addressed to, before its reported clause: ' reporters', ' lawmakers' ('told reporters that …'). */
  objectAtStart: RegExp;
  /** Verbs that take an addressee without a preposition ('told', 'warned'), lowercase: only after these is objectAtStart skipped. */
  addresseeVerbs: ReadonlySet<string>;
  /** Whether a comma after the verb opens the reported clause ('mengatakan, …'); English does not report that way. */
  commaReport: boolean;
  /** How many words before the verb its subject may start, when the clause follows the verb bare (0: the whole clause). */
  subjectReach: number;
  /** Whether a verb right after a comma or a closing quote has its speaker after it ('…,” said Hill'), so reports nothing after it. */
  invertedAfterComma: boolean;
  /** Words after which a bare reporting verb's subject starts ('… with Ukraine and a newly revealed'), lowercase. */
  subjectBreaks: ReadonlySet<string>;
  /** Reporting verbs without a subject of their own ('…, saying …'), lowercase. */
  participles: ReadonlySet<string>;
  /** ', dan' / ', but': a conjunction before another reporting verb ends a report. Group 1: the conjunction. */
  joint: RegExp;
  /** A conjunction at the start of a text: the reporter's next clause ('and patched …'). */
  conjunctionAtStart: RegExp;
  /** ', as he …', ', in which …': the reporter's own clause after a report, global. */
  reportEnder: RegExp;
  /** A sentence opener whose clause ends at the first comma ('While …'). */
  subordinator: RegExp;
  /** A speech verb followed by one of these does not report ('continued to sign up', 'declined to comment'): matched right after the verb. */
  infinitiveAfterVerb: RegExp | null;
  /** Nouns of organisations, lowercase ('company', 'perusahaan'): a phrase made of one ('the company', 'perusahaan tersebut') names the article's organisation. */
  organisationNouns: ReadonlySet<string>;
  /** Nouns that say what kind of organisation it is ('union'), lowercase, with the words one of which its name must hold ('workers', 'association'). */
  organisationKinds: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words that must open such a phrase where the noun ends it ('the'); none where the noun opens it. */
  organisationArticles: ReadonlySet<string>;
  /** A speaker phrase that names no one: a determiner phrase or an anonymous source ('the patient', 'Sources'). */
  unnamed: RegExp;
  /** Two-word connectives that open a sentence before a cue set off by commas ('selain itu', 'meski begitu'), lowercase. */
  connectives: ReadonlySet<string>;
  /** The anonymous sources of `unnamed` only ('officials', 'two people familiar with the matter'): no determiner phrase ('the board'). */
  anonymous: RegExp;
  /** Whether a role phrase ends with its title ('the Wikileaks founder'), as in English. */
  roleHeadLast: boolean;
  /**
   * Words without which no reported-speech pattern (afterVerb, finalCue, finalSubjectCue,
   * middleCue) can match: of each speech verb, pronoun verb and 'according' phrase, its longest
   * run of letters, in lower case. A sentence with none of them as a whole run of letters
   * reports no speech. Null where some phrase has no letters: every sentence is then read.
   */
  cueWords: ReadonlySet<string> | null;
  /**
   * When and where it was said, between the speaker and the verb, at the end of the text before the
   * verb: ' di Jakarta, Senin,' ', Senin (10/1/2022),' ' ketika ditemui di Jakarta,' ', dalam
   * laporannya ke bursa,'. From quotes.json's placeBeforeVerb and asideOpeners and the language's
   * weekdays; null where quotes.json lists no such preposition.
   */
  timeOrPlaceBeforeVerb: RegExp | null;
  /**
   * A weekday right after a saying verb, with quotes.json's dayPrepositions before it ('said Monday
   * it would …', 'said on Tuesday the …'): when it was said, not the report's first word.
   */
  weekdayAfterVerb: RegExp | null;
  /** How the language's verbs begin (quotes.json's verbPrefixes: 'me-'), lowercase; null where it lists none. */
  verbPrefix: RegExp | null;
  /** A phrase that ends with a demonstrative ('politikus Partai Golkar itu'): it points back to someone already named. */
  pointsBack: RegExp;
  /** Words that open a relative clause ('yang', 'who'), lowercase. */
  relativePronouns: ReadonlySet<string>;
  /** Where an aside about when, where or how it was said opens after the speaker that follows a verb ('kata pria itu saat ditemui di …'): the first one, lowercase only; null where quotes.json lists none. */
  asideAfterSpeaker: RegExp | null;
  /** A naming word at the end of the text before a quoted phrase ('bersandi', 'dubbed'): the phrase is a name, not a quote. Null where none is listed. */
  namingWordBefore: RegExp | null;
  /** Determiners and demonstratives, lowercase ('the', 'a', 'itu'): they say which one a role phrase means, not whose role it is. */
  referenceWords: ReadonlySet<string>;
  /**
   * A sentence that opens by pointing back at what was said and names who said it: 'Hal itu disampaikan
   * (oleh) …', 'Demikian diungkapkan …' (quotes.json's backReference). Sticky (set lastIndex to the
   * sentence's start); the match ends where the speaker's phrase starts. Null where quotes.json has none.
   */
  backReference: RegExp | null;
}

/** What tells a clause from a noun phrase, lowercase (quotes.json's predicate). */
export interface PredicateCues {
  /** Modals, aspect words, negation, copulas, irregular past forms. */
  words: ReadonlySet<string>;
  /** A verb's shape: a prefix ('me-', 'ber-') or a suffix ('-ed') on a word with at least three more letters; null where none is listed. */
  verbShape: RegExp | null;
  /** Words of a verb's shape that are none ('mereka', 'hundred'). */
  exceptions: ReadonlySet<string>;
  /** Subject pronouns: a report that opens with one is a clause ('dirinya kecewa', 'it would'). */
  subjects: ReadonlySet<string>;
  /** Words whose next word is no predicate of the report: relative pronouns ('rasa duka yang mendalam') and nonFinite markers ('a plan to cut'). */
  opensNonPredicate: ReadonlySet<string>;
}

function predicateCues(value: unknown, relativePronouns: readonly string[]): PredicateCues {
  const cues = isRecord(value) ? value : {};
  const lower = (key: string): string[] => stringsIn(cues[key]).map((word) => word.toLowerCase());
  const prefixes = lower('prefixes');
  const suffixes = lower('suffixes');
  const shapes = [...(prefixes.length ? [`(?:${alternation(prefixes)})\\p{L}{3,}`] : []), ...(suffixes.length ? [`\\p{L}{3,}(?:${alternation(suffixes)})`] : [])];
  return {
    words: new Set(lower('words')),
    verbShape: shapes.length ? new RegExp(`^(?:${shapes.join('|')})$`, 'u') : null,
    exceptions: new Set(lower('exceptions')),
    subjects: new Set(lower('subjects')),
    opensNonPredicate: new Set([...relativePronouns.map((word) => word.toLowerCase()), ...lower('nonFinite')]),
  };
}

function backReferencePattern(value: unknown): RegExp | null {
  const cues = isRecord(value) ? value : {};
  const [subjects, adverbs, verbs, agents] = ['subjects', 'adverbs', 'verbs', 'agents'].map((key) => stringsIn(cues[key]));
  if (!subjects!.length || !verbs!.length) return null;
  const optional = (words: string[]): string => (words.length ? `(?:(?:${alternation(words)})\\s+)?` : '');
  // Sticky: matched at a sentence's start in the article's text, without slicing the sentence out.
  return new RegExp(`\\s*(?:${alternation(subjects!)})\\s+${optional(adverbs!)}(?:${alternation(verbs!)})\\s+${optional(agents!)}`, 'iuy');
}

/** The longest run of letters of each phrase, lower case; null if a phrase has none. */
function longestLetterRuns(phrases: readonly string[]): Set<string> | null {
  const words = new Set<string>();
  for (const phrase of phrases) {
    const runs = phrase.toLowerCase().match(/\p{L}+/gu);
    if (!runs) return null;
    words.add(runs.reduce((longest, run) => (run.length > longest.length ? run : longest)));
  }
  return words;
}


/** See QuoteData.timeOrPlaceBeforeVerb. Case-sensitive: the place is a capitalised name. */
function timeOrPlacePattern(prepositions: readonly string[], openers: readonly string[], weekdays: readonly string[]): RegExp | null {
  if (!prepositions.length) return null;
  const days = alternation(weekdays.flatMap((day) => [day, day[0]!.toUpperCase() + day.slice(1)]));
  const opener = openers.length ? `(?:${alternation(openers)})${NOT_LETTER_AFTER}` : '(?!)';
  // ', dalam laporannya ke bursa': a clause of its own, set off by a comma.
  const aside = `,\\s*${opener}[^,.;:“”"]{1,80}`;
  // ' ketika ditemui': a few lowercase words before the place.
  const lead = `\\s+${opener}(?:\\s+\\p{Ll}+){0,3}`;
  // ' di Gedung Merah Putih KPK, Jakarta': a place, and the city it is in.
  const name = `\\p{Lu}[^\\s,]*(?:\\s+\\p{Lu}[^\\s,]*){0,3}`;
  const place = `\\s+(?:${alternation(prepositions)})\\s+${name}(?:\\s*,\\s*${name})?`;
  const when = days ? `\\s*,\\s*(?:${days})(?![\\p{L}])[^,.;:“”"]{0,30}` : '(?!)';
  // Each part may be missing; a match without letters says nothing (the caller skips it). An aside
  // closes with a comma: without one it is a clause of its own ('…, sebelum DPR memutuskan … dan mengumumkan').
  const placeAndTime = `(?:(?:${lead})?${place})?(?:${when})?`;
  return new RegExp(`(?:${aside}${placeAndTime},|${placeAndTime},?)\\s*$`, 'u');
}

/** See QuoteData.weekdayAfterVerb; null where quotes.json lists no dayPrepositions. */
function weekdayPattern(prepositions: readonly string[], weekdays: readonly string[]): RegExp | null {
  if (!prepositions.length || !weekdays.length) return null;
  return new RegExp(`^\\s+(?:(?:${alternation(prepositions)})\\s+)?(?:${alternation(weekdays)})(?![\\p{L}])`, 'iu');
}

const compiled = new WeakMap<LanguageProfile, QuoteData>();
const NOT_LETTER_BEFORE = '(?<![\\p{L}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';

export function quoteData(profile: LanguageProfile): QuoteData {
  let data = compiled.get(profile);
  if (data) return data;
  const quotes = dataObject(profile, 'quotes');
  const speech = dataObject(profile, 'speech-verbs');
  const titles = dataObject(profile, 'titles');
  const before = stringsIn(speech.before);
  const after = stringsIn(speech.after);
  const pronounVerbs = stringsIn(quotes.pronounVerbs);
  const group = (words: string[]): string => (words.length ? alternation(words) : '(?!)');
  const speakerBeforeVerb = quotes.speakerBeforeFinalVerb === true;
  // The speaker after a final verb: a phrase without commas, or with one apposition where the language allows it.
  const speakerPhrase = quotes.attributionApposition === true ? '[^,]{2,80}?(?:,[^,]{2,80}?)?' : '[^,]{2,80}?';
  const titleList = stringsIn(titles.titles).map((title) => title.split(/\s+/));
  // Up to two words may qualify the anonymous noun: 'two people familiar with the matter', 'U.S. officials', 'senior officials'.
  const anonymous = `(?:[\\p{L}\\p{N}.’'-]+\\s+){0,2}(?:${group(stringsIn(quotes.anonymous).flatMap((phrase) => [phrase, phrase[0]!.toUpperCase() + phrase.slice(1)]))})${NOT_LETTER_AFTER}`;
  data = {
    pronounVerbAtStart: new RegExp(`^[\\s,.:;–—-]*(?:${group(pronounVerbs)})${NOT_LETTER_AFTER}`, 'iu'),
    beforeVerbAtStart: new RegExp(`^[\\s,.:;–—-]*(?:${group(before)})\\s+`, 'iu'),
    afterVerb: gated(new RegExp(`${NOT_LETTER_BEFORE}(?:${group(after)})${NOT_LETTER_AFTER}`, 'giu')),
    anyVerb: gated(new RegExp(`${NOT_LETTER_BEFORE}(?:${group([...after, ...before])})${NOT_LETTER_AFTER}`, 'giu')),
    middleCue: new RegExp(`(^[^,]{0,80},\\s*|^)((?:${group(pronounVerbs)})|(?:${group(before)})\\s+[^,.]{2,60}?${speakerBeforeVerb ? `|[^,.“”"]{2,40}?\\s+(?:${group(after)})` : ''}),\\s+(?=\\p{L})`, 'iu'),
    partialCue: gated(new RegExp(`${NOT_LETTER_BEFORE}(?:${group([...after, ...before, ...stringsIn(quotes.partialCues), ...stringsIn(quotes.according)])})${NOT_LETTER_AFTER}`, 'iu')),
    clauseVerbs: new Set(stringsIn(quotes.clauseVerbs).map((verb) => verb.toLowerCase())),
    objectVerbs: new Set(stringsIn(quotes.objectVerbs).map((verb) => verb.toLowerCase())),
    predicate: predicateCues(quotes.predicate, stringsIn(quotes.relativePronouns)),
    // The addressee between a request verb and the speech verb: one or two words, no conjunction ('meminta maaf dan mengatakan' reports).
    unsaidBefore: new RegExp(`${NOT_LETTER_BEFORE}(?:(?:${group(stringsIn(quotes.requestVerbs))})(?:\\s+(?!(?:${group(stringsIn(quotes.conjunctions))})${NOT_LETTER_AFTER})\\p{L}+){1,2}|${group(stringsIn(quotes.purposeWords))})\\s+$`, 'iu'),
    complementizer: gated(new RegExp(`${NOT_LETTER_BEFORE}(?:${group(stringsIn(quotes.complementizers))})${NOT_LETTER_AFTER}\\s*`, 'iu')),
    backReference: backReferencePattern(quotes.backReference),
    according: gated(new RegExp(`${NOT_LETTER_BEFORE}(?:${group(stringsIn(quotes.according))})${NOT_LETTER_AFTER}`, 'iu')),
    finalCue: new RegExp(`,\\s*((?:${group([...pronounVerbs])})|(?:${group([...before, ...stringsIn(quotes.according)])})\\s+${speakerPhrase})\\s*[.!?]?$`, 'iu'),
    channel: gated(new RegExp(`${NOT_LETTER_BEFORE}(?:${group(stringsIn(quotes.channels))})${NOT_LETTER_AFTER}`, 'iu')),
    pronouns: new Set(stringsIn(quotes.pronouns)),
    pronounGenders: new Map(Object.entries(isRecord(quotes.pronounGenders) ? quotes.pronounGenders : {}).filter((entry): entry is [string, 'male' | 'female'] => entry[1] === 'male' || entry[1] === 'female')),
    // The word of a title that a role phrase holds: its first in Indonesian ('juru bicara …'), its last in English ('… spokesman').
    personNouns: new Set([...stringsIn(quotes.personNouns), ...stringsIn(titles.roles).map((role) => role.split(/\s+/)[0]!)].map((word) => word.toLowerCase())),
    titleWords: new Set(titleList.map((words) => (quotes.roleHeadLast === true ? words[words.length - 1]! : words[0]!).toLowerCase())),
    finalSubjectCue: speakerBeforeVerb
      // '…, Chief Executive Kelly Ortberg said on Friday, as a month-long strike cripples production.': a clause a report
      // ender opens may follow (group 4); the cue ends before it.
      ? new RegExp(`,\\s*([^,;:“”"]{2,80}?)\\s+(${group(after)})((?:\\s+(?:${group(stringsIn(quotes.adjuncts))})${NOT_LETTER_AFTER}[^,;:.“”"]{0,60})?)((?:,\\s*(?:${group(stringsIn(quotes.reportEnders))})\\s[^;:“”"]{1,200}?)?)\\s*[.!?]?\\s*$`, 'diu')
      : null,
    addresseeVerbs: new Set(stringsIn(quotes.addresseeVerbs).map((verb) => verb.toLowerCase())),
    objectAtStart: new RegExp(`^\\s+(?:${group(stringsIn(quotes.objects))})${NOT_LETTER_AFTER}`, 'iu'),
    commaReport: quotes.commaReport !== false,
    subjectReach: typeof quotes.subjectReach === 'number' ? quotes.subjectReach : 0,
    invertedAfterComma: quotes.invertedAfterComma === true,
    subjectBreaks: new Set(stringsIn(quotes.subjectBreaks).map((word) => word.toLowerCase())),
    participles: new Set(stringsIn(quotes.participles).map((word) => word.toLowerCase())),
    joint: new RegExp(`,\\s*(${group(stringsIn(quotes.conjunctions))})\\s`, 'iu'),
    conjunctionAtStart: new RegExp(`^\\s*(?:${group(stringsIn(quotes.conjunctions))})\\s`, 'iu'),
    reportEnder: gated(new RegExp(`,\\s*(?:${group(stringsIn(quotes.reportEnders))})${NOT_LETTER_AFTER}`, 'giu')),
    subordinator: new RegExp(`^[“"‘']?(?:${group(stringsIn(quotes.subordinators))})${NOT_LETTER_AFTER}`, 'u'),
    roleHeadLast: quotes.roleHeadLast === true,
    infinitiveAfterVerb: stringsIn(quotes.infinitiveMarkers).length ? new RegExp(`^\\s+(?:${group(stringsIn(quotes.infinitiveMarkers))})\\s`, 'iu') : null,
    organisationNouns: new Set(stringsIn(quotes.organisationNouns).map((word) => word.toLowerCase())),
    organisationKinds: new Map(Object.entries(isRecord(quotes.organisationKinds) ? quotes.organisationKinds : {}).map(([noun, words]) => [noun.toLowerCase(), new Set(stringsIn(words).map((word) => word.toLowerCase()))])),
    organisationArticles: new Set(stringsIn(quotes.organisationArticles).map((word) => word.toLowerCase())),
    cueWords: longestLetterRuns([...before, ...after, ...pronounVerbs, ...stringsIn(quotes.according)]),
    relativePronouns: new Set(stringsIn(quotes.relativePronouns).map((word) => word.toLowerCase())),
    asideAfterSpeaker: stringsIn(quotes.placeBeforeVerb).length + stringsIn(quotes.asideOpeners).length
      ? new RegExp(`\\s(?:${group([...stringsIn(quotes.placeBeforeVerb), ...stringsIn(quotes.asideOpeners)])})${NOT_LETTER_AFTER}`, 'u') : null,
    namingWordBefore: stringsIn(quotes.namingWords).length ? new RegExp(`${NOT_LETTER_BEFORE}(?:${group(stringsIn(quotes.namingWords))})\\s*$`, 'iu') : null,
    referenceWords: new Set([...stringsIn(quotes.determiners), ...stringsIn(quotes.demonstratives)].map((word) => word.toLowerCase())),
    verbPrefix: stringsIn(quotes.verbPrefixes).length ? new RegExp(`^(?:${group(stringsIn(quotes.verbPrefixes))})`, 'u') : null,
    pointsBack: new RegExp(`${NOT_LETTER_BEFORE}(?:${group(stringsIn(quotes.demonstratives))})[\\s.,]*$`, 'iu'),
    timeOrPlaceBeforeVerb: timeOrPlacePattern(stringsIn(quotes.placeBeforeVerb), stringsIn(quotes.asideOpeners), [...profile.weekdays.keys()]),
    weekdayAfterVerb: weekdayPattern(stringsIn(quotes.dayPrepositions), [...profile.weekdays.keys()]),
    connectives: new Set(stringsIn(quotes.connectives).map((phrase) => phrase.toLowerCase())),
    anonymous: new RegExp(`^\\s*${anonymous}`, 'u'),
    unnamed: new RegExp(`^\\s*(?:${anonymous}|(?:${group(stringsIn(quotes.determiners).flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1)]))})\\s+[\\p{Ll}’'-]+(?:\\s+[\\p{Ll}’'-]+){0,3}\\s*$)`, 'u'),
  };
  compiled.set(profile, data);
  return data;
}
