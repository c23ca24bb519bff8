/**
 * A worker thread of the batch runner's pool (piscina): it holds its own pipeline (compiled
 * dictionaries, wink model) and processes a batch of articles per task, stage by stage. It sends
 * back each record as its JSONL line already encoded in UTF-8, and a few stats, rather than the
 * record: the bytes are moved to the main thread, not copied, and the main thread has nothing
 * left to serialise or encode before it writes them (encoding was most of its work per article).
 */
import { threadId, workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { createPipeline, type PipelineOptions, type StageTiming } from './pipeline.js';
import { recordLine, recordStats, type RecordStats } from './stats.js';
import type { ArticleInput } from './types.js';

/** The pipeline options a worker rebuilds its pipeline from (plain data: they cross a thread). */
export type WorkerOptions = Pick<PipelineOptions, 'dictionaries' | 'defaultLanguage' | 'stageBudgetMs'>;

export interface WorkerResult {
  /** Each article's record as one JSONL line (UTF-8, with its newline), in the order of the task's articles. */
  lines: Uint8Array[];
  stats: RecordStats[];
  threadId: number;
  /** This worker's cumulative stage timings. */
  timings: StageTiming[];
}

const options = workerData as WorkerOptions;
const pipeline = createPipeline(options);

/** The result, its lines' buffers marked to be moved to the main thread rather than copied. */
export default function processArticles(articles: ArticleInput[]): ReturnType<typeof move> {
  const records = pipeline.processBatch(articles);
  const result: WorkerResult = { lines: records.map(recordLine), stats: records.map(recordStats), threadId, timings: pipeline.timings() };
  // recordLine gives each line a buffer of its own (never a slice of a shared pool), so moving it detaches nothing else.
  return move({ [transferableSymbol]: result.lines.map((line) => line.buffer), [valueSymbol]: result });
}
