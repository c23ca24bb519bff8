/**
 * `warta enqueue`: cuts the inputs, in input order, into chunks of N articles and adds one BullMQ
 * job per chunk. Job ids are `RUN-chunk-N`: BullMQ ignores a job whose id it already holds, so
 * enqueueing the same run again adds nothing (and completes a run whose enqueue was cut off).
 * The inputs are streamed; with `maxWaiting`, the enqueuer waits while that many chunks of the
 * run wait for a worker, so Redis holds a bounded part of a large corpus.
 */
import { Queue } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { readInputs } from '../inputs.js';
import {
  DEFAULT_ATTEMPTS, DEFAULT_CHUNK, PREFIX, QUEUE_NAME, checkRunId, chunkItemOf, connectCommand, jobId, runKey, type ChunkItem, type ChunkJob,
} from './chunks.js';

export interface EnqueueOptions {
  queue: string;
  run: string;
  chunk?: number;
  /** Tries per chunk before it is marked failed. */
  attempts?: number;
  /** Wait while this many chunks wait for a worker (0: never wait). */
  maxWaiting?: number;
}

export interface EnqueueSummary {
  run: string;
  chunks: number;
  /** Chunks that were new to the queue (0 when the run was enqueued before). */
  added: number;
  articles: number;
  seconds: number;
}

export async function enqueue(inputs: readonly string[], options: EnqueueOptions): Promise<EnqueueSummary> {
  const started = performance.now();
  const run = checkRunId(options.run);
  const size = options.chunk ?? DEFAULT_CHUNK;
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  const maxWaiting = options.maxWaiting ?? 0;
  const connection = await connectCommand(options.queue);
  const queue = new Queue<ChunkJob>(QUEUE_NAME, { connection, prefix: PREFIX });
  const summary: EnqueueSummary = { run, chunks: 0, added: 0, articles: 0, seconds: 0 };
  try {
    await connection.hsetnx(runKey(run), 'created', String(Date.now()));
    const add = async (items: ChunkItem[], last: boolean): Promise<void> => {
      const chunk = summary.chunks++;
      const articles = items.filter((item) => 'article' in item).length;
      summary.articles += items.length;
      while (maxWaiting > 0 && (await queue.getWaitingCount()) >= maxWaiting) await sleep(200);
      const id = jobId(run, chunk);
      const before = await queue.getJobState(id);
      await queue.add('chunk', { run, chunk, last, items, articles }, {
        jobId: id, attempts, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: false, removeOnFail: false,
      });
      if (before === 'unknown') summary.added++;
      await connection.hset(runKey(run), 'chunks', String(summary.chunks), 'articles', String(summary.articles));
    };
    // A full chunk waits for the next input before it goes: only then is it known not to be the last.
    let current: ChunkItem[] = [];
    let full: ChunkItem[] | null = null;
    for await (const item of readInputs(inputs)) {
      if (full) {
        await add(full, false);
        full = null;
      }
      current.push(chunkItemOf(item));
      if (current.length === size) {
        full = current;
        current = [];
      }
    }
    if (full) await add(full, current.length === 0);
    // An empty input still makes one (empty) chunk, so that the run can be collected.
    if (current.length || summary.chunks === 0) await add(current, true);
    await connection.hset(runKey(run), 'enqueued', '1');
  } finally {
    await queue.close();
    connection.disconnect();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
