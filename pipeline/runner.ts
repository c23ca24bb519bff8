/**
 * Batch runner: reads inputs as a stream, processes each article, and writes one JSONL record
 * per input in input order. Output to a file goes through a temporary file and a rename, so a
 * reader never sees a half-written output.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import { createPipeline, type PipelineOptions, type StageTiming } from './pipeline.js';
import { readInputs } from './inputs.js';
import { loadProfiles, readUserDictionary } from './dictionaries.js';
import { errorRecord } from '../output/record.js';
import { isErrorRecord, type OutputRecord } from '../output/types.js';
import type { ArticleInput } from './types.js';
import type { WorkerOptions, WorkerResult } from './worker.js';

export interface BatchOptions extends Omit<PipelineOptions, 'stages' | 'userDictionaries'> {
  /** Worker threads; 1 processes in this thread. Default: the number of cores. */
  jobs?: number;
  /** Output file; standard output when absent. */
  out?: string;
  /** Where records go when `out` is absent (process.stdout by default). */
  stdout?: Writable;
  stdin?: Readable;
  /** Called for every record, after it is written. */
  onRecord?: (record: OutputRecord) => void;
}

export interface BatchSummary {
  records: number;
  articles: number;
  errors: number;
  errorCodes: Record<string, number>;
  languages: Record<string, number>;
  sentences: number;
  boilerplateBlocks: number;
  warnings: number;
  publishedFound: number;
  seconds: number;
  stages: StageTiming[];
  out: string | null;
}

async function write(stream: Writable, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, 'drain');
}

async function closeFile(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Processes articles one at a time in this thread, or in a pool of worker threads. */
interface Processor {
  process(article: ArticleInput): Promise<OutputRecord>;
  timings(): StageTiming[];
  close(): Promise<void>;
}

function inThreadProcessor(options: BatchOptions): Processor {
  const pipeline = createPipeline(options);
  return {
    process: async (article) => pipeline.process(article),
    timings: () => pipeline.timings(),
    close: async () => undefined,
  };
}

/** The worker entry point sits next to this module (dist/pipeline/worker.js once built). */
const WORKER_FILE = new URL('./worker.js', import.meta.url);

function poolProcessor(options: BatchOptions, jobs: number): Processor {
  // Check the dictionaries here, so that a bad file stops the run before any worker starts.
  loadProfiles({ userDictionaries: (options.dictionaries ?? []).map(readUserDictionary) });
  const workerData: WorkerOptions = {
    dictionaries: options.dictionaries ?? [],
    ...(options.defaultLanguage ? { defaultLanguage: options.defaultLanguage } : {}),
    ...(options.stageBudgetMs !== undefined ? { stageBudgetMs: options.stageBudgetMs } : {}),
  };
  const pool = new Piscina<ArticleInput, WorkerResult>({ filename: WORKER_FILE.href, workerData, minThreads: jobs, maxThreads: jobs });
  const latest = new Map<number, StageTiming[]>();
  return {
    async process(article) {
      try {
        const result = await pool.run(article);
        latest.set(result.threadId, result.timings);
        return result.record;
      } catch (error) {
        return errorRecord(article.id, 'processing-failed', `worker failed: ${(error as Error).message}`, article.path ?? null);
      }
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

export async function runBatch(inputs: readonly string[], options: BatchOptions = {}): Promise<BatchSummary> {
  const started = performance.now();
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const processor = jobs === 1 ? inThreadProcessor(options) : poolProcessor(options, jobs);
  // Articles in flight are bounded, so a fast reader cannot fill memory; records are written in input order.
  const queue = new PQueue({ concurrency: jobs });
  const maxInFlight = jobs * 4;
  const inFlight: Array<Promise<OutputRecord>> = [];
  const summary: BatchSummary = {
    records: 0, articles: 0, errors: 0, errorCodes: {}, languages: {}, sentences: 0,
    boilerplateBlocks: 0, warnings: 0, publishedFound: 0, seconds: 0, stages: [], out: options.out ?? null,
  };

  let file: WriteStream | null = null;
  let temporary: string | null = null;
  if (options.out) {
    await mkdir(dirname(options.out), { recursive: true });
    temporary = `${options.out}.tmp-${process.pid}`;
    file = createWriteStream(temporary);
    await once(file, 'open');
  }
  const sink: Writable = file ?? options.stdout ?? process.stdout;

  const emit = async (record: OutputRecord): Promise<void> => {
    await write(sink, `${JSON.stringify(record)}\n`);
    summary.records++;
    if (isErrorRecord(record)) {
      summary.errors++;
      summary.errorCodes[record.error.code] = (summary.errorCodes[record.error.code] ?? 0) + 1;
    } else {
      summary.articles++;
      summary.languages[record.language.code] = (summary.languages[record.language.code] ?? 0) + 1;
      summary.sentences += record.sentences.length;
      summary.boilerplateBlocks += record.boilerplate.length;
      summary.warnings += record.warnings.length;
      if (record.meta.published) summary.publishedFound++;
    }
    options.onRecord?.(record);
  };

  try {
    for await (const item of readInputs(inputs, options.stdin ? { stdin: options.stdin } : {})) {
      inFlight.push(item.kind === 'article' ? queue.add(() => processor.process(item.article)) : Promise.resolve(item.record));
      while (inFlight.length >= maxInFlight) await emit(await inFlight.shift()!);
    }
    while (inFlight.length) await emit(await inFlight.shift()!);
    if (file && temporary && options.out) {
      await closeFile(file);
      await rename(temporary, options.out);
    }
  } catch (error) {
    if (file && temporary) {
      file.destroy();
      await rm(temporary, { force: true });
    }
    throw error;
  } finally {
    await processor.close();
  }
  summary.stages = processor.timings();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** A one-screen, human-readable summary for stderr. */
export function formatSummary(summary: BatchSummary): string {
  const count = (map: Record<string, number>): string =>
    Object.entries(map).sort((a, b) => b[1] - a[1]).map(([key, value]) => `${key} ${value}`).join(', ') || 'none';
  const rate = summary.seconds > 0 ? summary.records / summary.seconds : 0;
  const lines = [
    `warta: ${summary.records} records in ${summary.seconds.toFixed(2)} s (${rate.toFixed(1)} articles/s)`,
    `  articles   ${summary.articles} processed, ${summary.errors} errors${summary.errors ? ` (${count(summary.errorCodes)})` : ''}`,
    `  languages  ${count(summary.languages)}`,
    `  sentences  ${summary.sentences}`,
    `  published  ${summary.publishedFound} of ${summary.articles} articles have a publication date`,
    `  cleaning   ${summary.boilerplateBlocks} boilerplate blocks removed`,
    `  warnings   ${summary.warnings}`,
    `  stages     ${summary.stages.map((stage) => `${stage.name} ${stage.ms.toFixed(0)} ms`).join(', ')}`,
  ];
  if (summary.out) lines.push(`  output     ${summary.out}`);
  return lines.join('\n');
}
