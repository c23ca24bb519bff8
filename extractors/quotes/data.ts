/** The quote stage's language data, compiled once per profile (quotes.json, speech-verbs.json, titles.json). */
import type { LanguageProfile } from '../../pipeline/types.js';
import { alternation } from '../../pipeline/patterns.js';
import { dataObject, stringsIn } from '../../pipeline/dictionaries.js';

export interface QuoteData {
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
  complementizer: RegExp;
  /** 'Menurut X, …' / '…, menurut X.' */
  according: RegExp;
  /** Sentence-final attribution: '…, kata Stoltenberg.' '…, tambahnya.' */
  finalCue: RegExp;
  channel: RegExp;
  pronouns: ReadonlySet<string>;
  /** Lowercase title words, to tell a role phrase ('diplomat senior AS'). */
  titleWords: ReadonlySet<string>;
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
  data = {
    pronounVerbAtStart: new RegExp(`^[\\s,.:;–—-]*(?:${group(pronounVerbs)})${NOT_LETTER_AFTER}`, 'iu'),
    beforeVerbAtStart: new RegExp(`^[\\s,.:;–—-]*(?:${group(before)})\\s+`, 'iu'),
    afterVerb: new RegExp(`${NOT_LETTER_BEFORE}(?:${group(after)})${NOT_LETTER_AFTER}`, 'giu'),
    anyVerb: new RegExp(`${NOT_LETTER_BEFORE}(?:${group([...after, ...before])})${NOT_LETTER_AFTER}`, 'giu'),
    middleCue: new RegExp(`(^[^,]{0,80},\\s*|^)((?:${group(pronounVerbs)})|(?:${group(before)})\\s+[^,.]{2,60}?),\\s+(?=\\p{L})`, 'iu'),
    partialCue: new RegExp(`${NOT_LETTER_BEFORE}(?:${group([...after, ...before, ...stringsIn(quotes.partialCues), ...stringsIn(quotes.according)])})${NOT_LETTER_AFTER}`, 'iu'),
    clauseVerbs: new Set(stringsIn(quotes.clauseVerbs).map((verb) => verb.toLowerCase())),
    complementizer: new RegExp(`${NOT_LETTER_BEFORE}(?:${group(stringsIn(quotes.complementizers))})${NOT_LETTER_AFTER}\\s*`, 'iu'),
    according: new RegExp(`${NOT_LETTER_BEFORE}(?:${group(stringsIn(quotes.according))})${NOT_LETTER_AFTER}`, 'iu'),
    finalCue: new RegExp(`,\\s*((?:${group([...pronounVerbs])})|(?:${group([...before, ...stringsIn(quotes.according)])})\\s+[^,]{2,80}?)\\s*[.!?]?$`, 'iu'),
    channel: new RegExp(`${NOT_LETTER_BEFORE}(?:${group(stringsIn(quotes.channels))})${NOT_LETTER_AFTER}`, 'iu'),
    pronouns: new Set(stringsIn(quotes.pronouns)),
    titleWords: new Set(stringsIn(titles.titles).map((title) => title.split(/\s+/)[0]!.toLowerCase())),
  };
  compiled.set(profile, data);
  return data;
}
