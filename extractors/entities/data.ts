/**
 * The entity stage's language data, compiled once per language profile from
 * dictionaries/<lang>/: gazetteer/*.json, titles.json, speech-verbs.json, entity-cues.json.
 */
import type { LanguageProfile } from '../../pipeline/types.js';
import type { EntityType } from '../../output/types.js';
import { tokenize } from '../tokens/index.js';
import { dataObject, isRecord, stringsIn } from '../../pipeline/dictionaries.js';
import { lexiconFirstNames } from '../../pipeline/first-names.js';

export interface GazetteerEntry {
  /** Canonical name. */
  name: string;
  type: EntityType;
}

/** A set of words, as far as the finders ask of one. */
export interface WordSet {
  has(word: string): boolean;
}

/** A trie over token texts: each node may end a name. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  entry: GazetteerEntry | null;
}

export interface EntityData {
  gazetteer: TrieNode;
  /** Title phrases as lowercase token sequences, in a trie. */
  titles: TrieNode;
  /** Role nouns for appositions ("Budi, warga Desa Sukamaju"), lowercase. */
  roles: TrieNode;
  qualifiers: TrieNode;
  /** Words before a title that qualify it and belong to the role ('Plt', 'Penjabat', 'Mantan'), lowercase. */
  titlePrefixes: TrieNode;
  /**
   * Given names that open a person's name (first-names.json): where a title's institution ends.
   * In an article, also the names it uses alone for a person (see EntitiesStage).
   */
  firstNames: WordSet;
  /**
   * In an article, the short forms it gives an organisation in brackets ("Badan Pangan Nasional (Bapanas)"):
   * one opening a run after a title is the institution, not the person ("Kepala Bapanas Arief Prasetyo Adi").
   */
  shortForms: WordSet;
  honorifics: ReadonlySet<string>;
  /** Military and police ranks, lowercase ('kombes', 'letnan jenderal'); also in `titles`. */
  ranks: TrieNode;
  /** Words written after a rank ('Pol', 'TNI', 'Purn'; brackets left out): part of it. */
  rankSuffixes: ReadonlySet<string>;
  /** Whether honorifics before a name belong to the role ('Datuk Seri' in Malay), or are only courtesy ('Dr.' in English). */
  honorificsInRole: boolean;
  notAfterHonorific: ReadonlySet<string>;
  speechBefore: ReadonlySet<string>;
  speechAfter: ReadonlySet<string>;
  /** Head words of names written in another language, which open a name only before one of its connectors ('Institute for …'). */
  foreignOrgHeads: ReadonlySet<string>;
  orgHeads: TrieNode;
  /** Head words of organisations of members ('Ikatan', 'Persatuan'): a title right after one is the members' profession, part of the name ('Ikatan Dokter Indonesia'). */
  memberHeads: TrieNode;
  placeHeads: TrieNode;
  /** Lowercase nouns before a place's name that are not part of it ('daerah Kubang Pasu', 'kabupaten Bogor'). */
  placeNouns: TrieNode;
  /** Words that join names in a list ('dan', 'serta'). */
  listJoiners: ReadonlySet<string>;
  /** Words after which a name is not the subject of the verb that follows it ('Maria Lopez of Houston said'); with placePrepositions. */
  prepositions: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  /** Words before a given name and a place word that make the two a place ('at Stanley Park'); elsewhere 'Fiona Hill' is a person. Lowercase. */
  placeContext: ReadonlySet<string>;
  /** Place prepositions that no person's name follows ('di', 'ke'; not 'dari'). */
  placeOnlyPrepositions: ReadonlySet<string>;
  /** Words between a title and its institution ('pengamat dari Indef'), lowercase. */
  institutionPrepositions: ReadonlySet<string>;
  appositionMarkers: TrieNode;
  /** Articles that open an apposition when a title or role noun follows them closely ('a', 'the'), lowercase. */
  appositionArticles: ReadonlySet<string>;
  nicknameCues: TrieNode;
  /** Words between two names of one person that share a surname ('Thomas Trikasih Lembong atau Tom Lembong'), lowercase. */
  sameSurnameJoiners: ReadonlySet<string>;
  /** Words before a person's initials ('berinisial AS'), lowercase. */
  initialsCues: ReadonlySet<string>;
  /** Words before a pair of candidates joined by a hyphen ('pasangan', 'paslon'), lowercase. */
  pairCues: TrieNode;
  pronouns: ReadonlySet<string>;
  /** Connectors of names written in another language ('of' in Indonesian text), also in `connectors`. */
  foreignConnectors: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  /** Stopwords that may go on with a name after its first word ('Badan Usaha Milik Negara'). */
  innerNameWords: ReadonlySet<string>;
  /** Words that make a following title plural ('para'). */
  pluralMarkers: ReadonlySet<string>;
  /** Compass words that end region names ('Timur', 'Tengah'). */
  directions: ReadonlySet<string>;
  /** Words that may stand between a speaker and the speech verb ('juga', 'also'). */
  betweenSpeakerAndVerb: ReadonlySet<string>;
  /**
   * Lowercase words that cannot describe a title before a name ('yang', 'itu', 'di', 'juga', 'kata'):
   * the list's descriptionEnds, and the pronouns, prepositions, connectors, plural markers, adverbs
   * and speech verbs of the lists above.
   */
  descriptionEnds: ReadonlySet<string>;
  /** The language's weekday names, lowercase ('senin'): ", Senin," between a speaker and the verb says when it was said. */
  weekdays: ReadonlySet<string>;
  /** Words that open an aside on how something was said ('dalam', 'saat'; quotes.json's asideOpeners), lowercase. */
  asideOpeners: ReadonlySet<string>;
  /** Words that end an organisation's name ('Authority', 'Party'), for languages that put the head last. */
  orgTails: TrieNode;
  /** A company's legal form after its name ('Inc', 'Corp.', 'PLC'): "Apple Inc" is Apple. */
  legalForms: ReadonlySet<string>;
  /** Whether a direction after a known place names another place ('Jakarta Selatan'). */
  directionsFollowPlaces: boolean;
  /** Capitalised words right before a title are its portfolio ('Economy Minister'), as in English. */
  portfolioBeforeTitle: boolean;
  /** Whether capitalised words right before an organisation's head word belong to its name ('International Association of …'), as in English. */
  modifiersBeforeHead: boolean;
  /** Lowercase nouns after a name that make the two one institution or place ('Walter Reed hospital'), with their type. */
  lowercaseHeads: ReadonlyMap<string, EntityType>;
  /** Words that open the name of a storm or another event ('Hurricane Milton', 'Topan Yagi'): neither it nor the name alone is an entity. */
  eventHeads: TrieNode;
  /** Endings that make a title possessive ('Timbalannya', 'Pengasasnya': 'his deputy', 'its founder'), lowercase. */
  possessiveSuffixes: readonly string[];
  /** Titles that make their holder another's deputy ('timbalan', 'wakil'): with a possessive ending, the role is theirs after this word. */
  deputyTitles: ReadonlySet<string>;
  /** Words after a title phrase that make it a description pointing back ('Mantan Menko Polhukam itu'), not a title and a name. */
  demonstratives: ReadonlySet<string>;
  /** Whether a sentence that opens with a bare title before a speech verb ('Timbalan Perdana Menteri berkata') gives the person last named that role (Malay). */
  bareTitleRefersBack: boolean;
  /** Words that end a place's name ('Street', 'Stadium'). */
  placeTails: TrieNode;
  /** 'Title Organisation, Name' takes the name after the comma only before a speech verb (English), not before any verb. */
  titleCommaNeedsSpeechVerb: boolean;
}

const newNode = (): TrieNode => ({ next: new Map(), entry: null });

/** Token texts of a phrase, as the tokens stage would cut it. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((token) => phrase.slice(token.start, token.end));
}

function insert(root: TrieNode, tokens: readonly string[], entry: GazetteerEntry): void {
  let node = root;
  for (const token of tokens) {
    let child = node.next.get(token);
    if (!child) {
      child = newNode();
      node.next.set(token, child);
    }
    node = child;
  }
  node.entry ??= entry;
}

function phraseTrie(phrases: readonly string[], lowercase: boolean): TrieNode {
  const root = newNode();
  for (const phrase of phrases) {
    const tokens = phraseTokens(lowercase ? phrase.toLowerCase() : phrase);
    if (tokens.length) insert(root, tokens, { name: phrase, type: 'ORG' });
  }
  return root;
}

const TYPES = new Set<EntityType>(['PERSON', 'ORG', 'LOC']);

function compileGazetteer(profile: LanguageProfile): TrieNode {
  const root = newNode();
  // A form names the entry of the first file that lists it: a language's own files (and a user's) come after
  // its parent's in the data, and are read first, so that Malay's 'AS' is its 'Amerika Syarikat'.
  for (const [name, file] of [...profile.data].reverse()) {
    if (!name.startsWith('gazetteer/') || !isRecord(file)) continue;
    for (const raw of Array.isArray(file.entries) ? file.entries : []) {
      if (!isRecord(raw) || typeof raw.name !== 'string' || !TYPES.has(raw.type as EntityType)) continue;
      const entry: GazetteerEntry = { name: raw.name, type: raw.type as EntityType };
      for (const form of [raw.name, ...stringsIn(raw.aliases)]) {
        insert(root, phraseTokens(form), entry);
        // Datelines and captions write names in capitals: BRUSSELS, REUTERS.
        if (/\p{Ll}/u.test(form) && form.replace(/\P{L}/gu, '').length >= 4) insert(root, phraseTokens(form.toUpperCase()), entry);
      }
    }
  }
  return root;
}

/**
 * first-names.json's names, with compromise's international given names where it asks for them
 * (`withLexiconNames`), less those that are also words of the language (`notGivenNames`: 'Dana' of
 * 'Dana Moneter Internasional', 'Tim', 'Kali').
 */
function givenNames(file: Record<string, unknown>): Set<string> {
  const names = new Set(stringsIn(file.names));
  if (file.withLexiconNames === true) {
    const excluded = new Set(stringsIn(file.notGivenNames));
    for (const name of lexiconFirstNames()) if (!excluded.has(name)) names.add(name);
  }
  return names;
}

const compiled = new WeakMap<LanguageProfile, EntityData>();

export function entityData(profile: LanguageProfile): EntityData {
  let data = compiled.get(profile);
  if (data) return data;
  const titles = dataObject(profile, 'titles');
  const speech = dataObject(profile, 'speech-verbs');
  const cues = dataObject(profile, 'entity-cues');
  data = {
    gazetteer: compileGazetteer(profile),
    titles: phraseTrie([...stringsIn(titles.titles), ...stringsIn(titles.ranks)], true),
    ranks: phraseTrie(stringsIn(titles.ranks), true),
    rankSuffixes: new Set(stringsIn(titles.rankSuffixes).map((word) => word.replace(/[()]/gu, ''))),
    roles: phraseTrie(stringsIn(titles.roles), true),
    qualifiers: phraseTrie(stringsIn(titles.qualifiers), true),
    titlePrefixes: phraseTrie(stringsIn(titles.titlePrefixes), true),
    honorifics: new Set(stringsIn(titles.honorifics)),
    honorificsInRole: titles.honorificsInRole !== false,
    firstNames: givenNames(dataObject(profile, 'first-names')),
    shortForms: new Set<string>(),
    notAfterHonorific: new Set(stringsIn(titles.notAfterHonorific)),
    speechBefore: new Set(stringsIn(speech.before).map((verb) => verb.toLowerCase())),
    speechAfter: new Set(stringsIn(speech.after).map((verb) => verb.toLowerCase())),
    orgHeads: phraseTrie(stringsIn(cues.orgHeads), false),
    memberHeads: phraseTrie(stringsIn(cues.memberHeads), false),
    foreignOrgHeads: new Set(stringsIn(cues.foreignOrgHeads)),
    placeHeads: phraseTrie(stringsIn(cues.placeHeads), false),
    placeNouns: phraseTrie(stringsIn(cues.placeNouns), true),
    eventHeads: phraseTrie(stringsIn(cues.eventHeads), false),
    demonstratives: new Set(stringsIn(cues.demonstratives)),
    possessiveSuffixes: stringsIn(cues.possessiveSuffixes).map((suffix) => suffix.toLowerCase()),
    deputyTitles: new Set(stringsIn(cues.deputyTitles).map((word) => word.toLowerCase())),
    listJoiners: new Set(stringsIn(cues.listJoiners)),
    placePrepositions: new Set(stringsIn(cues.placePrepositions)),
    placeContext: new Set(stringsIn(cues.placeContext).map((word) => word.toLowerCase())),
    placeOnlyPrepositions: new Set(stringsIn(cues.placeOnlyPrepositions)),
    institutionPrepositions: new Set(stringsIn(cues.institutionPrepositions)),
    prepositions: new Set([...stringsIn(cues.prepositions), ...stringsIn(cues.placePrepositions)]),
    appositionMarkers: phraseTrie(stringsIn(cues.appositionMarkers), true),
    appositionArticles: new Set(stringsIn(cues.appositionArticles).map((word) => word.toLowerCase())),
    nicknameCues: phraseTrie(stringsIn(cues.nicknameCues), true),
    sameSurnameJoiners: new Set(stringsIn(cues.sameSurnameJoiners).map((word) => word.toLowerCase())),
    initialsCues: new Set(stringsIn(cues.initialsCues).map((word) => word.toLowerCase())),
    pairCues: phraseTrie(stringsIn(cues.pairCues), true),
    pronouns: new Set(stringsIn(cues.pronouns)),
    connectors: new Set([...stringsIn(cues.connectors), ...stringsIn(cues.foreignConnectors)]),
    foreignConnectors: new Set(stringsIn(cues.foreignConnectors)),
    nameParticles: new Set(stringsIn(cues.nameParticles)),
    stopwords: new Set(stringsIn(cues.stopwords)),
    innerNameWords: new Set(stringsIn(cues.innerNameWords)),
    directions: new Set(stringsIn(cues.directions)),
    pluralMarkers: new Set(stringsIn(cues.pluralMarkers)),
    betweenSpeakerAndVerb: new Set(stringsIn(cues.betweenSpeakerAndVerb)),
    descriptionEnds: new Set(
      [...stringsIn(cues.descriptionEnds), ...stringsIn(cues.pronouns), ...stringsIn(cues.placePrepositions), ...stringsIn(cues.connectors), ...stringsIn(cues.pluralMarkers),
        ...stringsIn(cues.betweenSpeakerAndVerb), ...stringsIn(speech.before), ...stringsIn(speech.after)].map((word) => word.toLowerCase()),
    ),
    weekdays: new Set(profile.weekdays.keys()),
    asideOpeners: new Set(stringsIn(dataObject(profile, 'quotes').asideOpeners).map((word) => word.toLowerCase())),
    orgTails: phraseTrie(stringsIn(cues.orgTails), false),
    legalForms: new Set(stringsIn(cues.legalForms)),
    placeTails: phraseTrie(stringsIn(cues.placeTails), false),
    titleCommaNeedsSpeechVerb: cues.titleCommaNeedsSpeechVerb === true,
    directionsFollowPlaces: cues.directionsFollowPlaces === true,
    portfolioBeforeTitle: cues.portfolioBeforeTitle === true,
    modifiersBeforeHead: cues.modifiersBeforeHead === true,
    bareTitleRefersBack: cues.bareTitleRefersBack === true,
    lowercaseHeads: new Map(Object.entries(isRecord(cues.lowercaseHeads) ? cues.lowercaseHeads : {})
      .filter((entry): entry is [string, EntityType] => entry[1] === 'ORG' || entry[1] === 'LOC' || entry[1] === 'PERSON')),
  };
  compiled.set(profile, data);
  return data;
}

/** The longest phrase of `trie` starting at word `index`: its end index (exclusive) and entry, or null. */
export function longestMatch(trie: TrieNode, words: readonly string[], index: number): { end: number; entry: GazetteerEntry } | null {
  let node: TrieNode | undefined = trie;
  let best: { end: number; entry: GazetteerEntry } | null = null;
  for (let cursor = index; cursor < words.length; cursor++) {
    node = node.next.get(words[cursor]!);
    if (!node) break;
    if (node.entry) best = { end: cursor + 1, entry: node.entry };
  }
  return best;
}
