/**
 * Batch runner: reads inputs as a stream, processes each article (in this thread or in a pool
 * of worker threads), and writes one JSONL record per input, in input order, as records complete.
 *
 * Memory stays bounded: at most a few articles per thread are in flight, whatever the corpus size.
 * Output to a file goes to `OUT.partial` and is renamed to OUT at the end; `resume` continues a
 * killed run from what it left (see `openOutput`).
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, rename, stat, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import type { PipelineOptions, StageTiming } from './pipeline.js';
import { byteLines, inputBytes, readInputs, type InputItem } from './inputs.js';
import { loadProfiles, readUserDictionary } from './dictionaries.js';
import { articleErrorRecord } from '../output/record.js';
import type { OutputRecord } from '../output/types.js';
import { recordLine, recordStats, type RecordStats } from './stats.js';
import { lockOutput } from './lock.js';
import type { ArticleInput } from './types.js';
import type { WorkerOptions, WorkerResult } from './worker.js';

export interface BatchOptions extends Omit<PipelineOptions, 'stages' | 'userDictionaries'> {
  /** Worker threads; 1 processes in this thread. Default: the number of cores. */
  jobs?: number;
  /** Output file; standard output when absent. */
  out?: string;
  /** Continue an interrupted run: keep the records already in `out` (or `out.partial`) and append the rest. */
  resume?: boolean;
  /**
   * A worker-thread article that runs longer than this is stopped (its thread is replaced) and
   * becomes an error record. Default 300,000 ms; pool only (`jobs` > 1): a thread cannot stop itself.
   */
  articleTimeoutMs?: number;
  /**
   * Old-generation heap limit of each worker thread, in MB (default 512). Besides capping what one
   * article may take, a limit makes V8 collect sooner: without one, each thread's heap drifts to
   * several times what it holds. An article that needs more becomes an error record. Pool only.
   */
  workerMemoryMb?: number;
  /** Where records go when `out` is absent (process.stdout by default): JSONL lines written as UTF-8 bytes (Uint8Array chunks). */
  stdout?: Writable;
  stdin?: Readable;
  /** Called after each record is written (and for each record a resumed run skips). */
  onProgress?: (progress: Progress) => void;
  /** A processor to use (and leave open) instead of one made for this run: a queue worker keeps one across chunks. */
  processor?: Processor;
  /**
   * Articles a thread processes together, stage by stage (default 8): each stage's code and data
   * stay in the CPU's caches across the batch. 1 processes article by article.
   */
  batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 8;

/** How far a run is, for a progress bar. */
export interface Progress {
  records: number;
  errors: number;
  /** Input bytes read so far, and in all (null when unknown: folders, stdin). */
  bytes: number;
  totalBytes: number | null;
  seconds: number;
}

export interface BatchSummary {
  records: number;
  articles: number;
  errors: number;
  errorCodes: Record<string, number>;
  /** Records a resumed run found already written and kept. */
  resumed: number;
  languages: Record<string, number>;
  sentences: number;
  boilerplateBlocks: number;
  warnings: number;
  warningCodes: Record<string, number>;
  publishedFound: number;
  /** Input bytes read (for MB/s). */
  bytes: number;
  seconds: number;
  stages: StageTiming[];
  out: string | null;
}

/** Articles sent to the processor together; `done` once sent. */
interface Batch {
  articles: ArticleInput[];
  done: Promise<Processed[]> | null;
}

/** An input on its way to the output: an article of a batch, or a record ready from the start (an input error). */
interface InFlight {
  batch: Batch | null;
  index: number;
  ready: Processed | null;
  bytes: number;
}

/** A processed record: its JSONL line (UTF-8, with its newline) and its stats. */
export interface Processed {
  line: Uint8Array;
  stats: RecordStats;
}

const processedOf = (record: OutputRecord): Processed => ({ line: recordLine(record), stats: recordStats(record) });

async function write(stream: Writable, chunk: Uint8Array): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function closeFile(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Processes batches of articles in this thread, or in a pool of worker threads. */
export interface Processor {
  /** One processed record per article, in order; never rejects for an article's content. */
  process(articles: readonly ArticleInput[]): Promise<Processed[]>;
  timings(): StageTiming[];
  close(): Promise<void>;
}

async function inThreadProcessor(options: BatchOptions): Promise<Processor> {
  // Loaded here, not at the top: with a pool, the main thread never needs the models.
  const { createPipeline } = await import('./pipeline.js');
  const pipeline = createPipeline(options);
  return {
    process: async (articles) => pipeline.processBatch(articles).map(processedOf),
    timings: () => pipeline.timings(),
    close: async () => undefined,
  };
}

/** The worker entry point sits next to this module (dist/pipeline/worker.js once built). */
const WORKER_FILE = new URL('./worker.js', import.meta.url);
const DEFAULT_ARTICLE_TIMEOUT_MS = 300_000;
const DEFAULT_WORKER_MEMORY_MB = 512;
/**
 * A worker's young generation, in MB (three semi-spaces' worth): V8's own default for a thread on
 * a 64-bit machine. At 24 MB a worker collected twice as often (0.33 against 0.20 ms of pauses per
 * article), and on a 16-core machine one worker ran 12 % slower than the pipeline in a main
 * thread with V8's default; 64 MB gave 15 % more throughput than 24 on two cores and 10 % on
 * sixteen, for 65 MB more per thread. 48 MB costs about 20 MB per thread more than 24.
 */
const WORKER_YOUNG_GENERATION_MB = 48;
/**
 * Bytes of output buffered before a write waits for the disk. A record is 5–20 kB: with the
 * default 16 kB, nearly every record waited for the previous write to land, and the run sat idle.
 */
const IO_BUFFER = 1 << 20;

/**
 * The processor of a run: this thread for one job, else a pool of `jobs` worker threads. `pool`
 * forces the pool even for one job, which keeps this thread free (a queue worker must renew its
 * chunk's lock while articles are processed).
 */
export async function openProcessor(options: BatchOptions, jobs: number, pool = false): Promise<Processor> {
  return jobs === 1 && !pool ? inThreadProcessor(options) : poolProcessor(options, jobs);
}

function poolProcessor(options: BatchOptions, jobs: number): Processor {
  // Check the dictionaries here, so that a bad file stops the run before any worker starts.
  loadProfiles({ userDictionaries: (options.dictionaries ?? []).map(readUserDictionary) });
  const workerData: WorkerOptions = {
    dictionaries: options.dictionaries ?? [],
    ...(options.defaultLanguage ? { defaultLanguage: options.defaultLanguage } : {}),
    ...(options.stageBudgetMs !== undefined ? { stageBudgetMs: options.stageBudgetMs } : {}),
  };
  const memory = options.workerMemoryMb ?? DEFAULT_WORKER_MEMORY_MB;
  const pool = new Piscina<readonly ArticleInput[], WorkerResult>({
    filename: WORKER_FILE.href, workerData, minThreads: jobs, maxThreads: jobs, resourceLimits: { maxOldGenerationSizeMb: memory, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const timeout = options.articleTimeoutMs ?? DEFAULT_ARTICLE_TIMEOUT_MS;
  const latest = new Map<number, StageTiming[]>();
  /** The articles of one task, or the error the task failed with. */
  const run = async (articles: readonly ArticleInput[]): Promise<Processed[] | { failure: unknown; timedOut: boolean }> => {
    // Aborting a running task makes piscina terminate its thread and start a fresh one.
    const signal = AbortSignal.timeout(timeout);
    try {
      const result = await pool.run(articles, { signal });
      latest.set(result.threadId, result.timings);
      return result.lines.map((line, index) => ({ line, stats: result.stats[index]! }));
    } catch (failure) {
      return { failure, timedOut: signal.aborted };
    }
  };
  const failed = (article: ArticleInput, failure: unknown, timedOut: boolean): Processed => {
    const outOfMemory = (failure as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    const record = timedOut
      ? articleErrorRecord(article, 'timeout', `processing took longer than ${timeout} ms and was stopped`)
      : outOfMemory
        ? articleErrorRecord(article, 'processing-failed', `the article needs more memory than a worker may use (${memory} MB; raise --worker-memory)`)
        : articleErrorRecord(article, 'processing-failed', `worker failed: ${(failure as Error).message}`);
    return processedOf(record);
  };
  return {
    async process(articles) {
      const result = await run(articles);
      if (Array.isArray(result)) return result;
      if (articles.length === 1) return [failed(articles[0]!, result.failure, result.timedOut)];
      // A batch that ran out of time or memory, or lost its thread: each article alone, so that
      // only the one at fault becomes an error record.
      return Promise.all(articles.map(async (article) => {
        const alone = await run([article]);
        return Array.isArray(alone) ? alone[0]! : failed(article, alone.failure, alone.timedOut);
      }));
    },
    timings() {
      const total = new Map<string, StageTiming>();
      for (const timings of latest.values()) {
        for (const timing of timings) {
          const sum = total.get(timing.name) ?? { name: timing.name, ms: 0, runs: 0 };
          total.set(timing.name, { name: timing.name, ms: sum.ms + timing.ms, runs: sum.runs + timing.runs });
        }
      }
      return [...total.values()];
    },
    close: () => pool.destroy(),
  };
}

/** Where a run writes, and what an interrupted run already wrote there. */
interface Output {
  /** The file being written: OUT.partial, or OUT itself when a resumed run appends to a finished file. */
  path: string;
  /** Rename `path` to this when done (null: it is already the output). */
  renameTo: string | null;
  /** Ids of the records already there, in order; a resumed run checks them against the inputs. */
  written: AsyncIterator<string> | null;
}

export class ResumeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResumeError';
  }
}

const exists = async (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

/**
 * Chooses the file to write. A fresh run writes OUT.partial and renames it at the end, so OUT is
 * never half-written. With `resume`, the run continues OUT.partial when a killed run left one
 * (else appends to OUT): a torn last line is cut off, and the ids of the complete records are
 * read back, one by one, to be skipped.
 */
async function openOutput(out: string, resume: boolean): Promise<Output> {
  const partial = `${out}.partial`;
  if (!resume) return { path: partial, renameTo: out, written: null };
  const path = (await exists(partial)) ? partial : (await exists(out)) ? out : null;
  if (path === null) return { path: partial, renameTo: out, written: null };
  const complete = await completeLength(path);
  await truncate(path, complete);
  return { path, renameTo: path === partial ? out : null, written: complete > 0 ? writtenIds(path, complete) : null };
}

/** The length of a file up to and including its last newline: what a killed writer completed. */
async function completeLength(path: string): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const block = Buffer.alloc(64 * 1024);
    for (let end = size; end > 0; ) {
      const start = Math.max(0, end - block.length);
      const { bytesRead } = await handle.read(block, 0, end - start, start);
      const newline = block.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (newline !== -1) return start + newline + 1;
      end = start;
    }
    return 0;
  } finally {
    await handle.close();
  }
}

/** The ids of the records in the first `length` bytes of `path`, streamed. */
async function* writtenIds(path: string, length: number): AsyncGenerator<string> {
  let line = 0;
  for await (const bytes of byteLines(createReadStream(path, { start: 0, end: length - 1 }))) {
    line++;
    let id: unknown;
    try {
      id = bytes === null ? undefined : (JSON.parse(bytes.toString('utf8')) as { id?: unknown }).id;
    } catch {
      id = undefined;
    }
    if (typeof id !== 'string') throw new ResumeError(`cannot resume: ${path}:${line} is not a Warta record; remove the file or write elsewhere`);
    yield id;
  }
}

const idOf = (item: InputItem): string => (item.kind === 'article' ? item.article.id : item.record.id);

/**
 * Processes the inputs (paths, or items already read) into one record per item, in order.
 * With `out`, the run holds OUT.lock while it writes (OutputLockedError if another run does).
 */
export async function runBatch(inputs: readonly string[] | AsyncIterable<InputItem>, options: BatchOptions = {}): Promise<BatchSummary> {
  if (options.resume && !options.out) throw new ResumeError('--resume needs --out: there is no file to continue');
  if (!options.out) return runUnlocked(inputs, options);
  await mkdir(dirname(options.out), { recursive: true });
  const release = await lockOutput(options.out);
  try {
    return await runUnlocked(inputs, options);
  } finally {
    await release();
  }
}

async function runUnlocked(inputs: readonly string[] | AsyncIterable<InputItem>, options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const summary: BatchSummary = {
    records: 0, articles: 0, errors: 0, errorCodes: {}, resumed: 0, languages: {}, sentences: 0, boilerplateBlocks: 0,
    warnings: 0, warningCodes: {}, publishedFound: 0, bytes: 0, seconds: 0, stages: [], out: options.out ?? null,
  };
  const output = options.out ? await openOutput(options.out, options.resume ?? false) : null;
  const paths = Array.isArray(inputs) ? (inputs as readonly string[]) : null;
  const totalBytes = options.onProgress && paths ? await inputBytes(paths) : null;
  const report = (): void => options.onProgress?.({
    records: summary.records, errors: summary.errors, bytes: summary.bytes, totalBytes, seconds: (performance.now() - started) / 1000,
  });

  const processor = options.processor ?? (await openProcessor(options, jobs));
  // Articles go to the processor in batches; a batch runs on one thread.
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const queue = new PQueue({ concurrency: jobs });
  // Articles in flight are bounded (two batches per thread: one running, one waiting), so a fast
  // reader cannot fill memory; records are written in input order.
  const maxInFlight = Math.max(jobs * 4, jobs * batchSize * 2);
  const inFlight: InFlight[] = [];
  let pending: Batch = { articles: [], done: null };
  const dispatch = (): void => {
    if (!pending.articles.length) return;
    const batch = pending;
    batch.done = queue.add(() => processor.process(batch.articles));
    pending = { articles: [], done: null };
  };

  let file: WriteStream | null = null;
  if (output) {
    file = createWriteStream(output.path, { flags: output.written ? 'a' : 'w', highWaterMark: IO_BUFFER });
    await once(file, 'open');
  }
  const sink: Writable = file ?? options.stdout ?? process.stdout;

  const count = (map: Record<string, number>, key: string): void => {
    map[key] = (map[key] ?? 0) + 1;
  };
  const emit = async ({ batch, index, ready, bytes }: InFlight): Promise<void> => {
    const { line, stats } = ready ?? (await batch!.done!)[index]!;
    await write(sink, line);
    summary.records++;
    summary.bytes += bytes;
    if (stats.error !== null) {
      summary.errors++;
      count(summary.errorCodes, stats.error);
    } else {
      summary.articles++;
      count(summary.languages, stats.language ?? 'und');
      summary.sentences += stats.sentences;
      summary.boilerplateBlocks += stats.boilerplate;
      summary.warnings += stats.warnings.length;
      for (const code of stats.warnings) count(summary.warningCodes, code);
      if (stats.published) summary.publishedFound++;
    }
    report();
  };

  try {
    let index = 0;
    const items = paths ? readInputs(paths, options.stdin ? { stdin: options.stdin } : {}) : (inputs as AsyncIterable<InputItem>);
    for await (const item of items) {
      index++;
      if (output?.written) {
        const next = await output.written.next();
        if (!next.done) {
          if (next.value !== idOf(item)) {
            throw new ResumeError(`cannot resume: record ${index} of ${output.path} is '${next.value}' but input ${index} is '${idOf(item)}'; the output was made from other inputs`);
          }
          summary.resumed++;
          summary.records++;
          summary.bytes += item.bytes ?? 0;
          report();
          continue;
        }
        output.written = null;
      }
      if (item.kind === 'article') {
        inFlight.push({ batch: pending, index: pending.articles.length, ready: null, bytes: item.bytes ?? 0 });
        pending.articles.push(item.article);
        if (pending.articles.length >= batchSize) dispatch();
      } else {
        inFlight.push({ batch: null, index: 0, ready: processedOf(item.record), bytes: item.bytes ?? 0 });
      }
      // The oldest entry is never in the batch still filling: that one holds fewer than
      // batchSize of the newest entries, and maxInFlight is at least twice batchSize.
      while (inFlight.length >= maxInFlight) await emit(inFlight.shift()!);
    }
    dispatch();
    if (output?.written && !(await output.written.next()).done) {
      throw new ResumeError(`cannot resume: ${output.path} holds more records than there are inputs; the output was made from other inputs`);
    }
    while (inFlight.length) await emit(inFlight.shift()!);
    if (file && output) {
      await closeFile(file);
      await syncFile(output.path);
      if (output.renameTo) await rename(output.path, output.renameTo);
    }
  } catch (error) {
    // Whatever was written stays in OUT.partial: `--resume` continues from it.
    file?.destroy();
    await Promise.allSettled(inFlight.flatMap((entry) => (entry.batch?.done ? [entry.batch.done] : [])));
    throw error;
  } finally {
    if (!options.processor) await processor.close();
  }
  summary.stages = processor.timings();
  summary.seconds = (performance.now() - started) / 1000;
  if (output?.renameTo) summary.out = output.renameTo;
  return summary;
}

/** Flushes a finished output to disk before it is renamed into place. */
async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** A one-screen, human-readable summary for stderr. */
export function formatSummary(summary: BatchSummary): string {
  const count = (map: Record<string, number>): string =>
    Object.entries(map).sort((a, b) => b[1] - a[1]).map(([key, value]) => `${key} ${value}`).join(', ') || 'none';
  const processed = summary.records - summary.resumed;
  const rate = summary.seconds > 0 ? processed / summary.seconds : 0;
  const megabytes = summary.seconds > 0 ? summary.bytes / 1e6 / summary.seconds : 0;
  const stageTotal = summary.stages.reduce((total, stage) => total + stage.ms, 0);
  const lines = [
    `warta: ${summary.records} records in ${summary.seconds.toFixed(2)} s (${rate.toFixed(1)} articles/s, ${megabytes.toFixed(2)} MB/s)`,
    `  articles   ${summary.articles} processed, ${summary.errors} errors${summary.errors ? ` (${count(summary.errorCodes)})` : ''}`,
  ];
  if (summary.resumed) lines.push(`  resumed    ${summary.resumed} records were already written and kept`);
  lines.push(
    `  languages  ${count(summary.languages)}`,
    `  sentences  ${summary.sentences}`,
    `  published  ${summary.publishedFound} of ${summary.articles} articles have a publication date`,
    `  cleaning   ${summary.boilerplateBlocks} boilerplate blocks removed`,
    `  warnings   ${summary.warnings}${summary.warnings ? ` (${count(summary.warningCodes)})` : ''}`,
    `  stages     ${summary.stages.map((stage) => `${stage.name} ${stage.ms.toFixed(0)} ms (${stageTotal ? ((stage.ms / stageTotal) * 100).toFixed(0) : 0} %)`).join(', ')}`,
  );
  if (summary.out) lines.push(`  output     ${summary.out}`);
  return lines.join('\n');
}
