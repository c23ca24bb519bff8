/**
 * The pipeline: a list of stages run in order over one ArticleDoc per article.
 * Timing per stage, the per-stage time budget and error isolation live here, not in the stages.
 */
import { performance } from 'node:perf_hooks';
import type { ArticleDoc, ArticleInput, ProfileSet, Stage, StageContext } from './types.js';
import type { LanguageCode, OutputRecord } from '../output/types.js';
import { articleErrorRecord, toRecord } from '../output/record.js';
import { loadProfiles, readUserDictionary, type UserDictionary } from './dictionaries.js';
import { CleanStage } from '../extractors/clean/index.js';
import { TokensStage } from '../extractors/tokens/index.js';
import { LanguageStage } from '../extractors/language/index.js';
import { SentencesStage } from '../extractors/sentences/index.js';
import { EntitiesStage } from '../extractors/entities/index.js';
import { DatesStage } from '../extractors/dates/index.js';
import { QuotesStage } from '../extractors/quotes/index.js';

export interface PipelineOptions {
  /** Extra dictionary files (`--dict FILE`), in the format described in the README. */
  dictionaries?: string[];
  /** Already-parsed user dictionaries, for library use. */
  userDictionaries?: UserDictionary[];
  /** Language used before detection and for languages without their own data. Default 'id'. */
  defaultLanguage?: LanguageCode;
  /** A stage that takes longer than this on one article adds a warning. Default 5000 ms. */
  stageBudgetMs?: number;
  /** Replaces the default stage list (advanced: tests, custom pipelines). */
  stages?: Stage[];
}

export interface StageTiming {
  name: string;
  /** Total milliseconds spent in the stage. */
  ms: number;
  runs: number;
}

export interface Pipeline {
  /** Processes one article; never throws for bad article content: it returns an error record instead. */
  process(article: ArticleInput): OutputRecord;
  /** Processes articles stage by stage (faster than one by one); one record per article, in order. */
  processBatch(articles: readonly ArticleInput[]): OutputRecord[];
  readonly stageNames: readonly string[];
  /** Cumulative time per stage since the pipeline was created. */
  timings(): StageTiming[];
  readonly profiles: ProfileSet;
}

export function defaultStages(): Stage[] {
  return [new CleanStage(), new TokensStage(), new LanguageStage(), new SentencesStage(), new EntitiesStage(), new QuotesStage(), new DatesStage()];
}

const idOf = (article: ArticleInput): string => (typeof article?.id === 'string' && article.id ? article.id : '(no id)');

function newDoc(input: ArticleInput): ArticleDoc {
  return {
    input,
    text: '',
    meta: { title: null, published: null, publishedFrom: null, author: null, dateline: null, outlet: null },
    boilerplate: [],
    paragraphs: [],
    dateline: null,
    tokens: [],
    language: { code: 'und', confidence: 0, candidates: [] },
    sentences: [],
    entities: [],
    quotes: [],
    dates: [],
    warnings: [],
  };
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const userDictionaries = [...(options.userDictionaries ?? []), ...(options.dictionaries ?? []).map(readUserDictionary)];
  const profiles = loadProfiles({ userDictionaries, ...(options.defaultLanguage ? { defaultLanguage: options.defaultLanguage } : {}) });
  const stages = options.stages ?? defaultStages();
  const budget = options.stageBudgetMs ?? 5000;
  const totals = stages.map((stage): StageTiming => ({ name: stage.name, ms: 0, runs: 0 }));

  /** The error record of an article that cannot be processed at all, or null. */
  function invalid(article: ArticleInput): OutputRecord | null {
    const named = (): ArticleInput => ({ ...article, id: idOf(article) });
    if (typeof article?.text !== 'string') return articleErrorRecord(named(), 'missing-text', 'the article has no "text" string');
    if (!article.text.trim()) return articleErrorRecord(named(), 'empty-text', 'the article text is empty');
    return null;
  }

  /**
   * Stage by stage over the batch: each stage runs over every article before the next stage
   * starts, so its code and data stay in the CPU's caches (10–15 % faster than article by
   * article with eight articles). Articles do not affect one another: one that fails a stage
   * gets its error record and leaves the batch; the others go on.
   */
  function processBatch(articles: readonly ArticleInput[]): OutputRecord[] {
    const records: Array<OutputRecord | null> = articles.map(invalid);
    const live: Array<{ at: number; doc: ArticleDoc; context: StageContext }> = [];
    for (const [at, article] of articles.entries()) {
      if (records[at] === null) live.push({ at, doc: newDoc(article), context: { profile: profiles.get(profiles.defaultCode), profiles } });
    }
    for (const [index, stage] of stages.entries()) {
      const timing = totals[index]!;
      for (const entry of live) {
        if (records[entry.at] !== null) continue;
        const { doc } = entry;
        const started = performance.now();
        try {
          stage.run(doc, entry.context);
        } catch (error) {
          records[entry.at] = articleErrorRecord({ ...doc.input, id: idOf(doc.input) }, 'processing-failed', `stage '${stage.name}' failed: ${(error as Error).message}`);
          continue;
        }
        const elapsed = performance.now() - started;
        timing.ms += elapsed;
        timing.runs++;
        if (elapsed > budget) {
          doc.warnings.push({ code: 'stage-over-budget', message: `stage '${stage.name}' took ${Math.round(elapsed)} ms (budget ${budget} ms)` });
        }
        if (entry.context.profile.code !== doc.language.code && profiles.has(doc.language.code)) {
          entry.context = { profile: profiles.get(doc.language.code), profiles };
        }
      }
    }
    for (const { at, doc } of live) records[at] ??= toRecord(doc);
    return records as OutputRecord[];
  }

  return {
    process: (article) => processBatch([article])[0]!,
    processBatch,
    profiles,
    stageNames: stages.map((stage) => stage.name),
    timings: () => totals.map((timing) => ({ ...timing })),
  };
}
