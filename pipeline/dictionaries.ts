/**
 * Loads language data from dictionaries/<lang>/*.json and compiles it into a LanguageProfile.
 * A language may extend another (`"extends": "id"` in profile.json): it inherits every file it
 * does not have itself. User dictionaries (`--dict FILE`) add entries on top.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageCode } from '../output/types.js';
import type { BoilerplateRule, LanguageMarkers, LanguageProfile, ProfileSet } from './types.js';
import { DICTIONARIES_DIR } from './paths.js';

export type DictionaryData = Map<string, unknown>;

/** The shape of a user dictionary file: `{ "<lang>": { "<file name>": <same shape as that file> } }`. */
export type UserDictionary = Record<string, Record<string, unknown>>;

export class DictionaryError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'DictionaryError';
  }
}

function readJson(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DictionaryError(file, `cannot read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw new DictionaryError(file, `not valid JSON (${(error as Error).message})`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The strings of a JSON list (anything else in it, or a value that is no list, gives nothing). */
export function stringsIn(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A dictionary file of a profile as a JSON object ({} when the language has no such file). */
export function dataObject(profile: LanguageProfile, name: string): Record<string, unknown> {
  const value = profile.data.get(name);
  return isRecord(value) ? value : {};
}

/** Adds `extra` to `base`: arrays are concatenated (without duplicates), objects merged key by key. */
export function mergeDictionary(base: unknown, extra: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) {
    const seen = new Set(base.map((item) => JSON.stringify(item)));
    return [...base, ...extra.filter((item) => !seen.has(JSON.stringify(item)))];
  }
  if (isRecord(base) && isRecord(extra)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(extra)) {
      merged[key] = key in base ? mergeDictionary(base[key], value) : value;
    }
    return merged;
  }
  return extra;
}

/**
 * A language's own file replaces its parent's, unless it says `"$merge": true`: then its entries are
 * added to the parent's (Malay's titles are Indonesian's plus 'Datuk Seri', 'Menteri Besar' …).
 */
function setFile(data: DictionaryData, name: string, value: unknown): void {
  if (isRecord(value) && value.$merge === true) {
    const { $merge: _merge, ...entries } = value;
    data.set(name, mergeDictionary(data.get(name) ?? {}, entries));
  } else {
    data.set(name, value);
  }
}

/** Reads every data file of a language, following `extends`. */
export function loadDictionaryData(code: string, dir = DICTIONARIES_DIR, seen: string[] = []): DictionaryData {
  const langDir = join(dir, code);
  if (!existsSync(join(langDir, 'profile.json'))) {
    throw new DictionaryError(langDir, `no profile.json: language '${code}' is not installed`);
  }
  if (seen.includes(code)) throw new DictionaryError(langDir, `circular "extends": ${[...seen, code].join(' → ')}`);
  const profile = readJson(join(langDir, 'profile.json'));
  if (!isRecord(profile)) throw new DictionaryError(join(langDir, 'profile.json'), 'must be an object');
  const parent = typeof profile.extends === 'string' ? loadDictionaryData(profile.extends, dir, [...seen, code]) : new Map<string, unknown>();
  const data: DictionaryData = new Map(parent);
  // Files are named by their path without .json: 'months', 'gazetteer/places'.
  for (const entry of readdirSync(langDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isFile() && entry.name.endsWith('.json')) {
      setFile(data, entry.name.slice(0, -'.json'.length), readJson(join(langDir, entry.name)));
    } else if (entry.isDirectory()) {
      for (const file of readdirSync(join(langDir, entry.name)).filter((name) => name.endsWith('.json')).sort()) {
        setFile(data, `${entry.name}/${file.slice(0, -'.json'.length)}`, readJson(join(langDir, entry.name, file)));
      }
    }
  }
  data.set('profile', profile);
  return data;
}

function objectOf(data: DictionaryData, name: string, code: string): Record<string, unknown> {
  const value = data.get(name) ?? {};
  if (!isRecord(value)) throw new DictionaryError(`dictionaries/${code}/${name}.json`, 'must be a JSON object');
  return value;
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new DictionaryError(where, 'must be a list of strings');
  }
  return value as string[];
}

function numberMap(value: Record<string, unknown>, where: string, lowercase: boolean): Map<string, number> {
  const map = new Map<string, number>();
  for (const [key, number] of Object.entries(value)) {
    if (key.startsWith('$')) continue;
    if (typeof number !== 'number') throw new DictionaryError(where, `'${key}' must map to a number`);
    map.set(lowercase ? key.toLowerCase() : key, number);
  }
  return map;
}

function compileBoilerplate(data: DictionaryData, code: string): BoilerplateRule[] {
  const where = `dictionaries/${code}/boilerplate.json`;
  const rules = objectOf(data, 'boilerplate', code).rules ?? [];
  if (!Array.isArray(rules)) throw new DictionaryError(where, '"rules" must be a list');
  return rules.map((rule: unknown, index): BoilerplateRule => {
    if (!isRecord(rule) || typeof rule.pattern !== 'string' || typeof rule.reason !== 'string') {
      throw new DictionaryError(where, `rule ${index + 1} needs a string "pattern" and "reason"`);
    }
    const scope = rule.scope ?? 'line';
    if (scope !== 'line' && scope !== 'section' && scope !== 'trailing') {
      throw new DictionaryError(where, `rule ${index + 1}: scope must be line, section or trailing`);
    }
    const flags = typeof rule.flags === 'string' ? rule.flags : 'i';
    try {
      return { reason: rule.reason, scope, pattern: new RegExp(rule.pattern, flags.includes('u') ? flags : `${flags}u`) };
    } catch (error) {
      throw new DictionaryError(where, `rule ${index + 1}: bad pattern (${(error as Error).message})`);
    }
  });
}

function compileMarkers(data: DictionaryData, code: string): LanguageMarkers {
  const where = `dictionaries/${code}/language-markers.json`;
  const raw = objectOf(data, 'language-markers', code);
  const words = new Map<string, number>();
  const phrases = new Map<string, number>();
  for (const [entry, weight] of numberMap(isRecord(raw.words) ? raw.words : {}, where, true)) {
    if (weight <= 0) continue;
    (entry.includes(' ') ? phrases : words).set(entry, weight);
  }
  const suffixes = [...numberMap(isRecord(raw.suffixes) ? raw.suffixes : {}, where, true)].filter(([, weight]) => weight > 0);
  const family = numberMap(isRecord(raw.family) ? raw.family : {}, where, true);
  return { words, phrases, suffixes, family };
}

/** Compiles one language's data into a profile. */
export function compileProfile(data: DictionaryData): LanguageProfile {
  const profile = data.get('profile') as Record<string, unknown>;
  const code = String(profile.code) as LanguageCode;
  const abbreviations = objectOf(data, 'abbreviations', code);
  const byline = objectOf(data, 'byline', code);
  return {
    code,
    name: String(profile.name ?? code),
    iso639_3: String(profile.iso639_3 ?? code),
    months: numberMap(objectOf(data, 'months', code), `dictionaries/${code}/months.json`, true),
    weekdays: numberMap(objectOf(data, 'weekdays', code), `dictionaries/${code}/weekdays.json`, true),
    timezones: new Map(
      Object.entries(objectOf(data, 'timezones', code))
        .filter(([key, value]) => !key.startsWith('$') && typeof value === 'string')
        .map(([key, value]) => [key.toUpperCase(), value as string]),
    ),
    prefixAbbreviations: new Set(stringList(abbreviations.prefix, `dictionaries/${code}/abbreviations.json`)),
    suffixAbbreviations: new Set(stringList(abbreviations.suffix, `dictionaries/${code}/abbreviations.json`)),
    boilerplate: compileBoilerplate(data, code),
    bylineLabels: stringList(byline.labels, `dictionaries/${code}/byline.json`),
    bylinePrefixes: stringList(byline.prefixes, `dictionaries/${code}/byline.json`),
    timestampPrefixes: stringList(objectOf(data, 'timestamp', code).prefixes, `dictionaries/${code}/timestamp.json`),
    markers: compileMarkers(data, code),
    data,
  };
}

/** The languages shipped in dictionaries/ (every folder with a profile.json). */
export function installedLanguages(dir = DICTIONARIES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'profile.json')))
    .map((entry) => entry.name)
    .sort();
}

/** The chain of languages a language extends, root first, itself last. */
function lineage(code: string, dir: string): string[] {
  const chain = [code];
  for (let current = code; ; ) {
    const profile = readJson(join(dir, current, 'profile.json'));
    const parent = isRecord(profile) && typeof profile.extends === 'string' ? profile.extends : null;
    if (!parent || chain.includes(parent)) return chain.reverse();
    chain.push(parent);
    current = parent;
  }
}

/** Reads a user dictionary file (`--dict FILE`). */
export function readUserDictionary(file: string): UserDictionary {
  const value = readJson(file);
  if (!isRecord(value) || !Object.values(value).every(isRecord)) {
    throw new DictionaryError(file, 'must be an object of languages, each an object of dictionary names: {"id": {"abbreviations": {"prefix": ["Kol."]}}}');
  }
  return value as UserDictionary;
}

export interface ProfileOptions {
  /** Default language, used before detection and for languages without their own profile. */
  defaultLanguage?: LanguageCode;
  /** User dictionaries, applied in order. */
  userDictionaries?: UserDictionary[];
  dir?: string;
}

/** Loads and compiles every installed language. */
export function loadProfiles(options: ProfileOptions = {}): ProfileSet {
  const dir = options.dir ?? DICTIONARIES_DIR;
  const profiles = new Map<string, LanguageProfile>();
  for (const code of installedLanguages(dir)) {
    const data = loadDictionaryData(code, dir);
    // A user's entries for a language also reach the languages that extend it (id → ms).
    const line = lineage(code, dir);
    for (const user of options.userDictionaries ?? []) {
      for (const ancestor of line) {
        for (const [name, extra] of Object.entries(user[ancestor] ?? {})) {
          data.set(name, mergeDictionary(data.get(name), extra));
        }
      }
    }
    profiles.set(code, compileProfile(data));
  }
  const defaultCode = options.defaultLanguage ?? 'id';
  const fallback = profiles.get(defaultCode);
  if (!fallback) throw new DictionaryError(dir, `default language '${defaultCode}' has no dictionaries`);
  const all = [...profiles.values()];
  return {
    defaultCode,
    all,
    has: (code) => profiles.has(code),
    get: (code) => profiles.get(code) ?? fallback,
  };
}
