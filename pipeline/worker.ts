/**
 * A worker thread of the batch runner's pool (piscina): it holds its own pipeline (compiled
 * dictionaries, wink model) and processes one article per task.
 */
import { threadId, workerData } from 'node:worker_threads';
import { createPipeline, type PipelineOptions, type StageTiming } from './pipeline.js';
import type { ArticleInput } from './types.js';
import type { OutputRecord } from '../output/types.js';

/** The pipeline options a worker rebuilds its pipeline from (plain data: they cross a thread). */
export type WorkerOptions = Pick<PipelineOptions, 'dictionaries' | 'defaultLanguage' | 'stageBudgetMs'>;

export interface WorkerResult {
  record: OutputRecord;
  threadId: number;
  /** This worker's cumulative stage timings. */
  timings: StageTiming[];
}

const options = workerData as WorkerOptions;
const pipeline = createPipeline(options);

export default function processArticle(article: ArticleInput): WorkerResult {
  return { record: pipeline.process(article), threadId, timings: pipeline.timings() };
}
