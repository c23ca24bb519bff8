/**
 * Scale-out on BullMQ (Redis): what the enqueuer, the workers, `status` and `collect` share.
 *
 * A run is one corpus, cut in input order into chunks of N articles; each chunk is one BullMQ job
 * on the queue `warta`, with the id `RUN-chunk-N`, so that enqueueing a run twice adds nothing.
 * A job carries its articles (not a byte range of a shared file: see the README's "Scaling out").
 * A worker writes the chunk's records to `DIR/RUN/part-N.jsonl` through a temporary file and a
 * rename; the last chunk also writes `DIR/RUN/chunks.json`, which tells `collect` how many parts
 * make the run. Redis keeps, besides BullMQ's own keys:
 *  - `warta:run:RUN` (hash): chunks enqueued, articles, whether the enqueue finished, first start, last finish;
 *  - `warta:run:RUN:done` (hash): chunk → its JSON summary (HSET: a chunk delivered twice counts once);
 *  - `warta:worker:ID` (string, 15 s TTL): a live worker's heartbeat.
 */
import { Redis } from 'ioredis';
import type { ErrorRecord } from '../../output/types.js';
import type { ArticleInput } from '../types.js';
import type { InputItem } from '../inputs.js';

export const QUEUE_NAME = 'warta';
/** BullMQ's key prefix, and ours. */
export const PREFIX = 'warta';
export const DEFAULT_CHUNK = 500;
export const DEFAULT_ATTEMPTS = 3;
export const HEARTBEAT_SECONDS = 15;

/** A run id names files and job ids: letters, digits, '.', '_' and '-'. */
const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export class QueueUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueueUsageError';
  }
}

export function checkRunId(run: string): string {
  if (!RUN_ID.test(run)) throw new QueueUsageError(`run id '${run}' is not valid: use up to 128 letters, digits, '.', '_' or '-', starting with a letter or digit`);
  return run;
}

/** One input of a chunk: an article, or the error record its line already is (bytes: its input size, for MB/s). */
export type ChunkItem = { article: ArticleInput; bytes: number } | { error: ErrorRecord; bytes: number };

export interface ChunkJob {
  run: string;
  chunk: number;
  /** The run's last chunk: its worker writes chunks.json. */
  last: boolean;
  /** Emptied once the part file is written, to free Redis; `written` then says so. */
  items: ChunkItem[];
  articles: number;
  written?: boolean;
}

/** The summary of a written chunk, kept in `warta:run:RUN:done`. */
export interface ChunkDone {
  records: number;
  errors: number;
  seconds: number;
  worker: string;
}

export const jobId = (run: string, chunk: number): string => `${run}-chunk-${chunk}`;
/** The chunk number of a job id of the run, or null for another run's job. */
export function chunkOfJobId(run: string, id: string): number | null {
  const prefix = jobId(run, 0).slice(0, -1);
  if (!id.startsWith(prefix)) return null;
  const chunk = id.slice(prefix.length);
  return /^\d+$/.test(chunk) ? Number(chunk) : null;
}
export const partName = (chunk: number): string => `part-${String(chunk).padStart(6, '0')}.jsonl`;
export const PART_FILE = /^part-(\d+)\.jsonl$/;
export const CHUNKS_FILE = 'chunks.json';

export const runKey = (run: string): string => `${PREFIX}:run:${run}`;
export const doneKey = (run: string): string => `${PREFIX}:run:${run}:done`;
export const workerKey = (id: string): string => `${PREFIX}:worker:${id}`;

/**
 * A Redis connection. A worker's never gives up (BullMQ's requirement: it waits out a Redis
 * restart); a command's (`enqueue`, `status`) fails within seconds when Redis cannot be reached.
 */
export function connect(url: string, forWorker = false): Redis {
  if (!/^rediss?:\/\//.test(url)) throw new QueueUsageError(`--queue '${url}' is not a Redis URL (redis://HOST:PORT)`);
  if (forWorker) return new Redis(url, { maxRetriesPerRequest: null });
  return new Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 5000, retryStrategy: (times) => (times > 3 ? null : 500) });
}

/** A command's connection, once Redis answers; else an error that names the server and why. */
export async function connectCommand(url: string): Promise<Redis> {
  const connection = connect(url);
  let reason = 'no answer';
  // Without a listener ioredis would print each failed try.
  connection.on('error', (error: Error) => {
    reason = error.message;
  });
  try {
    await connection.ping();
  } catch {
    connection.disconnect();
    throw new Error(`cannot reach Redis at ${url}: ${reason}`);
  }
  return connection;
}

export const chunkItemOf = (item: InputItem): ChunkItem =>
  item.kind === 'article' ? { article: item.article, bytes: item.bytes ?? 0 } : { error: item.record, bytes: item.bytes ?? 0 };

export const inputItemOf = (item: ChunkItem): InputItem =>
  'article' in item ? { kind: 'article', article: item.article, bytes: item.bytes } : { kind: 'error', record: item.error, bytes: item.bytes };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The job's data as a chunk, or an error saying why it is not one (a poisoned job fails, it does not crash the worker). */
export function readChunkJob(data: unknown): ChunkJob {
  if (!isRecord(data)) throw new Error('the job is not a Warta chunk: its data is not an object');
  const { run, chunk, last, items, articles } = data;
  if (typeof run !== 'string' || !RUN_ID.test(run)) throw new Error('the job is not a Warta chunk: no valid run id');
  if (typeof chunk !== 'number' || !Number.isInteger(chunk) || chunk < 0) throw new Error(`chunk of run '${run}' has no valid chunk number`);
  if (!Array.isArray(items)) throw new Error(`chunk ${chunk} of run '${run}' has no items`);
  for (const [index, item] of items.entries()) {
    const valid = isRecord(item) && (isRecord(item.article) ? typeof item.article.id === 'string' && typeof item.article.text === 'string' : isRecord(item.error));
    if (!valid) throw new Error(`chunk ${chunk} of run '${run}': item ${index} is neither an article nor an error record`);
  }
  return { run, chunk, last: last === true, items: items as ChunkItem[], articles: typeof articles === 'number' ? articles : items.length, written: data.written === true };
}

/** "3, 7-9, 12": chunk numbers as ranges, for messages. */
export function formatChunks(chunks: readonly number[]): string {
  const parts: string[] = [];
  for (let index = 0; index < chunks.length; ) {
    let end = index;
    while (end + 1 < chunks.length && chunks[end + 1] === chunks[end]! + 1) end++;
    parts.push(end === index ? String(chunks[index]) : `${chunks[index]}-${chunks[end]}`);
    index = end + 1;
  }
  return parts.join(', ');
}
