/**
 * The in-memory document that stages build up, and the stage contract.
 * Offsets inside the pipeline are JavaScript string indices (UTF-16 code units);
 * they are converted to code points once, when the record is written (output/record.ts).
 */
import type { LanguageCode, Warning, Meta, LanguageResult, Entity, Quote, DateMention, BoilerplateBlock } from '../output/types.js';

/** One article as it enters the pipeline. Only `id` and `text` are required. */
export interface ArticleInput {
  id: string;
  text: string;
  /** ISO date or date-time; wins over a timestamp read from the text. */
  published?: string | null;
  url?: string;
  title?: string;
  /** ISO 639-1 code; when given, language detection still runs but this code is used. */
  language?: string;
  /** Where the article came from (file path), for the record's `source`. */
  path?: string;
  /** The JSONL line it was read from (1-based), for error records. */
  line?: number;
}

/** A half-open range [start, end) of UTF-16 indices into `ArticleDoc.text`. */
export interface Span {
  start: number;
  end: number;
}

/** Token kinds as wink-nlp reports them ('word', 'number', 'punctuation', 'url', 'email', 'emoji', 'tabCRLF', …). */
export type TokenKind = string;

export interface Token extends Span {
  kind: TokenKind;
  /** The token's text, `text.slice(start, end)`. */
  text: string;
  /** `text` in lower case: made once here, read by every stage that compares words. */
  lower: string;
}

/** Everything the stages know about one article. Each stage fills its own layer. */
export interface ArticleDoc {
  readonly input: ArticleInput;
  /** The cleaned body; produced by the clean stage and never changed afterwards. */
  text: string;
  meta: Meta;
  boilerplate: BoilerplateBlock[];
  /** Paragraph spans (clean). */
  paragraphs: Span[];
  /** Span of a dateline at the start of the body (`BRUSSELS -`), if any (clean). */
  dateline: Span | null;
  /** Tokens of `text` (tokens stage, wink-nlp); every later stage shares them. */
  tokens: Token[];
  language: LanguageResult;
  sentences: Span[];
  entities: Entity[];
  quotes: Quote[];
  dates: DateMention[];
  warnings: Warning[];
}

/** A named pipeline component that adds its layer to the document. */
export interface Stage {
  readonly name: string;
  run(doc: ArticleDoc, context: StageContext): void;
}

export interface StageContext {
  /** Profile of the article's language (the default language's before detection). */
  readonly profile: LanguageProfile;
  /** All loaded profiles, for stages that run before the language is known. */
  readonly profiles: ProfileSet;
}

export interface ProfileSet {
  readonly defaultCode: LanguageCode;
  get(code: string): LanguageProfile;
  has(code: string): boolean;
  readonly all: readonly LanguageProfile[];
}

/** A boilerplate rule compiled from dictionaries/<lang>/boilerplate.json. */
export interface BoilerplateRule {
  reason: string;
  scope: 'line' | 'section' | 'trailing';
  pattern: RegExp;
}

/** Weighted lexical markers of one language against its closest neighbour. */
export interface LanguageMarkers {
  words: ReadonlyMap<string, number>;
  /** Two-word phrases, keyed by their lowercase text. */
  phrases: ReadonlyMap<string, number>;
  suffixes: ReadonlyArray<readonly [suffix: string, weight: number]>;
  /** Words the language shares with its neighbour but not with the more distant candidates. */
  family: ReadonlyMap<string, number>;
}

/** A language's dictionaries, loaded and compiled once per process (or worker). */
export interface LanguageProfile {
  readonly code: LanguageCode;
  readonly name: string;
  readonly iso639_3: string;
  /** lowercase month name or abbreviation → 1..12 */
  readonly months: ReadonlyMap<string, number>;
  /** lowercase weekday name → ISO weekday 1 (Monday) .. 7 (Sunday) */
  readonly weekdays: ReadonlyMap<string, number>;
  /** time-zone abbreviation (upper case) → UTC offset '+07:00' */
  readonly timezones: ReadonlyMap<string, string>;
  /** abbreviations, periods included, that never end a sentence (matched case-sensitively) */
  readonly prefixAbbreviations: ReadonlySet<string>;
  /** abbreviations that may end a sentence (matched case-sensitively) */
  readonly suffixAbbreviations: ReadonlySet<string>;
  readonly boilerplate: readonly BoilerplateRule[];
  readonly bylineLabels: readonly string[];
  readonly bylinePrefixes: readonly string[];
  readonly timestampPrefixes: readonly string[];
  readonly markers: LanguageMarkers;
  /** Raw dictionary data by file name (without .json), for stages that compile their own. */
  readonly data: ReadonlyMap<string, unknown>;
}
