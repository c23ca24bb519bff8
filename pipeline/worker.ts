/**
 * A worker thread of the batch runner's pool (piscina): it holds its own pipeline (compiled
 * dictionaries, wink model) and processes a batch of articles per task, stage by stage. It sends
 * back each record's JSON line and a few stats rather than the record: a string crosses threads
 * far more cheaply than an object tree, and the main thread then has nothing left to serialise.
 */
import { threadId, workerData } from 'node:worker_threads';
import { createPipeline, type PipelineOptions, type StageTiming } from './pipeline.js';
import { recordStats, type RecordStats } from './stats.js';
import type { ArticleInput } from './types.js';

/** The pipeline options a worker rebuilds its pipeline from (plain data: they cross a thread). */
export type WorkerOptions = Pick<PipelineOptions, 'dictionaries' | 'defaultLanguage' | 'stageBudgetMs'>;

export interface WorkerResult {
  /** Each article's record as one JSON line, without the newline; in the order of the task's articles. */
  lines: string[];
  stats: RecordStats[];
  threadId: number;
  /** This worker's cumulative stage timings. */
  timings: StageTiming[];
}

const options = workerData as WorkerOptions;
const pipeline = createPipeline(options);

export default function processArticles(articles: ArticleInput[]): WorkerResult {
  const records = pipeline.processBatch(articles);
  return { lines: records.map((record) => JSON.stringify(record)), stats: records.map(recordStats), threadId, timings: pipeline.timings() };
}
