/**
 * A worker thread of the batch runner's pool (piscina): it holds its own pipeline (compiled
 * dictionaries, wink model) and processes one article per task. It sends back the record's
 * JSON line and a few stats rather than the record: a string crosses threads far more cheaply
 * than an object tree, and the main thread then has nothing left to serialise.
 */
import { threadId, workerData } from 'node:worker_threads';
import { createPipeline, type PipelineOptions, type StageTiming } from './pipeline.js';
import { recordStats, type RecordStats } from './stats.js';
import type { ArticleInput } from './types.js';

/** The pipeline options a worker rebuilds its pipeline from (plain data: they cross a thread). */
export type WorkerOptions = Pick<PipelineOptions, 'dictionaries' | 'defaultLanguage' | 'stageBudgetMs'>;

export interface WorkerResult {
  /** The record as one JSON line, without the newline. */
  line: string;
  stats: RecordStats;
  threadId: number;
  /** This worker's cumulative stage timings. */
  timings: StageTiming[];
}

const options = workerData as WorkerOptions;
const pipeline = createPipeline(options);

export default function processArticle(article: ArticleInput): WorkerResult {
  const record = pipeline.process(article);
  return { line: JSON.stringify(record), stats: recordStats(record), threadId, timings: pipeline.timings() };
}
