/**
 * The entity stage's language data, compiled once per language profile from
 * dictionaries/<lang>/: gazetteer/*.json, titles.json, speech-verbs.json, entity-cues.json.
 */
import type { LanguageProfile } from '../../pipeline/types.js';
import type { EntityType } from '../../output/types.js';
import { tokenize } from '../tokens/index.js';

export interface GazetteerEntry {
  /** Canonical name. */
  name: string;
  type: EntityType;
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
  honorifics: ReadonlySet<string>;
  notAfterHonorific: ReadonlySet<string>;
  speechBefore: ReadonlySet<string>;
  speechAfter: ReadonlySet<string>;
  orgHeads: TrieNode;
  placeHeads: TrieNode;
  placePrepositions: ReadonlySet<string>;
  appositionMarkers: TrieNode;
  nicknameCues: TrieNode;
  pronouns: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  /** Words that make a following title plural ('para'). */
  pluralMarkers: ReadonlySet<string>;
  /** Compass words that end region names ('Timur', 'Tengah'). */
  directions: ReadonlySet<string>;
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

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const TYPES = new Set<EntityType>(['PERSON', 'ORG', 'LOC']);

function compileGazetteer(profile: LanguageProfile): TrieNode {
  const root = newNode();
  for (const [name, file] of profile.data) {
    if (!name.startsWith('gazetteer/') || !isObject(file)) continue;
    for (const raw of Array.isArray(file.entries) ? file.entries : []) {
      if (!isObject(raw) || typeof raw.name !== 'string' || !TYPES.has(raw.type as EntityType)) continue;
      const entry: GazetteerEntry = { name: raw.name, type: raw.type as EntityType };
      for (const form of [raw.name, ...strings(raw.aliases)]) {
        insert(root, phraseTokens(form), entry);
        // Datelines and captions write names in capitals: BRUSSELS, REUTERS.
        if (/\p{Ll}/u.test(form) && form.replace(/\P{L}/gu, '').length >= 4) insert(root, phraseTokens(form.toUpperCase()), entry);
      }
    }
  }
  return root;
}

const compiled = new WeakMap<LanguageProfile, EntityData>();

export function entityData(profile: LanguageProfile): EntityData {
  let data = compiled.get(profile);
  if (data) return data;
  const object = (name: string): Json => {
    const value = profile.data.get(name);
    return isObject(value) ? value : {};
  };
  const titles = object('titles');
  const speech = object('speech-verbs');
  const cues = object('entity-cues');
  data = {
    gazetteer: compileGazetteer(profile),
    titles: phraseTrie(strings(titles.titles), true),
    roles: phraseTrie(strings(titles.roles), true),
    qualifiers: phraseTrie(strings(titles.qualifiers), true),
    honorifics: new Set(strings(titles.honorifics)),
    notAfterHonorific: new Set(strings(titles.notAfterHonorific)),
    speechBefore: new Set(strings(speech.before).map((verb) => verb.toLowerCase())),
    speechAfter: new Set(strings(speech.after).map((verb) => verb.toLowerCase())),
    orgHeads: phraseTrie(strings(cues.orgHeads), false),
    placeHeads: phraseTrie(strings(cues.placeHeads), false),
    placePrepositions: new Set(strings(cues.placePrepositions)),
    appositionMarkers: phraseTrie(strings(cues.appositionMarkers), true),
    nicknameCues: phraseTrie(strings(cues.nicknameCues), true),
    pronouns: new Set(strings(cues.pronouns)),
    connectors: new Set(strings(cues.connectors)),
    nameParticles: new Set(strings(cues.nameParticles)),
    stopwords: new Set(strings(cues.stopwords)),
    directions: new Set(strings(cues.directions)),
    pluralMarkers: new Set(strings(cues.pluralMarkers)),
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
