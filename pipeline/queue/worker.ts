/**
 * `warta worker`: takes chunks from the queue and processes them on this machine's worker-thread
 * pool (the batch runner's, kept across chunks). Each chunk's records go to
 * `DIR/RUN/part-N.jsonl` through a temporary file of this worker and a rename, so a chunk that
 * BullMQ delivers twice (its worker was killed, or stalled past its lock) still leaves one
 * complete part file. SIGTERM or SIGINT: no new chunk is taken, the chunks in hand are finished,
 * then the worker exits.
 */
import { Worker, type Job } from 'bullmq';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openProcessor, runBatch, type BatchOptions } from '../runner.js';
import {
  CHUNKS_FILE, HEARTBEAT_SECONDS, PREFIX, QUEUE_NAME, connect, doneKey, inputItemOf, partName, readChunkJob, runKey, workerKey, type ChunkDone, type ChunkJob,
} from './chunks.js';

export interface WorkerOptions extends Pick<BatchOptions, 'dictionaries' | 'defaultLanguage' | 'stageBudgetMs' | 'articleTimeoutMs' | 'workerMemoryMb'> {
  queue: string;
  outDir: string;
  /** Worker threads of this machine's pool. */
  jobs: number;
  /** Chunks in hand at once: more than one keeps the pool busy while a chunk's last articles finish. */
  concurrency?: number;
  /** How long a chunk's lock lasts without renewal; a killed worker's chunk goes to another worker after about this long. */
  lockMs?: number;
  /** One line per chunk on stderr. */
  log?: (line: string) => void;
}

export interface RunningWorker {
  id: string;
  /** Resolves when the worker has stopped. */
  closed: Promise<void>;
  /** Finishes the chunks in hand, takes no more, and closes. */
  stop(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const id = `${hostname()}-${process.pid}`;
  const log = options.log ?? ((): void => undefined);
  const connection = connect(options.queue, true);
  const processor = await openProcessor(options, options.jobs, true);
  const lockMs = options.lockMs ?? 30_000;
  const state = { chunks: 0, records: 0, since: Date.now(), current: new Set<string>() };

  const heartbeat = async (): Promise<void> => {
    const value = JSON.stringify({ id, host: hostname(), pid: process.pid, jobs: options.jobs, chunks: state.chunks, records: state.records, since: state.since, current: [...state.current] });
    await connection.set(workerKey(id), value, 'EX', HEARTBEAT_SECONDS).catch(() => undefined);
  };

  const processChunk = async (job: Job<ChunkJob>): Promise<ChunkDone> => {
    const chunk = readChunkJob(job.data);
    const label = `${chunk.run}/${chunk.chunk}`;
    const dir = join(options.outDir, chunk.run);
    const part = join(dir, partName(chunk.chunk));
    // Written before and delivered again (its worker died after the rename): nothing to redo.
    if (chunk.written) return { records: chunk.articles, errors: 0, seconds: 0, worker: id };
    state.current.add(label);
    log(`worker ${id}: chunk ${label} started (${chunk.items.length} articles, attempt ${job.attemptsMade + 1})`);
    const started = performance.now();
    await mkdir(dir, { recursive: true });
    await connection.hsetnx(runKey(chunk.run), 'firstStart', String(Date.now()));
    const temporary = `${part}.${id}.tmp`;
    try {
      const items = (async function* () {
        yield* chunk.items.map(inputItemOf);
      })();
      const summary = await runBatch(items, { out: temporary, processor, jobs: options.jobs });
      await rename(temporary, part);
      if (chunk.last) {
        const count = `${join(dir, CHUNKS_FILE)}.${id}.tmp`;
        await writeFile(count, `${JSON.stringify({ run: chunk.run, chunks: chunk.chunk + 1 })}\n`);
        await rename(count, join(dir, CHUNKS_FILE));
      }
      const done: ChunkDone = { records: summary.records, errors: summary.errors, seconds: (performance.now() - started) / 1000, worker: id };
      await connection.hset(doneKey(chunk.run), String(chunk.chunk), JSON.stringify(done));
      await connection.hset(runKey(chunk.run), 'lastDone', String(Date.now()));
      // The articles have done their work: keep only the chunk's identity in Redis.
      await job.updateData({ ...chunk, items: [], written: true });
      state.chunks++;
      state.records += summary.records;
      log(`worker ${id}: chunk ${label} done (${summary.records} records, ${done.seconds.toFixed(1)} s)`);
      return done;
    } catch (error) {
      await rm(temporary, { force: true });
      await rm(`${temporary}.partial`, { force: true });
      log(`worker ${id}: chunk ${label} failed: ${(error as Error).message}`);
      throw error;
    } finally {
      state.current.delete(label);
    }
  };

  const worker = new Worker<ChunkJob, ChunkDone>(QUEUE_NAME, processChunk, {
    connection, prefix: PREFIX, name: id, concurrency: options.concurrency ?? 2,
    lockDuration: lockMs, stalledInterval: Math.max(1000, Math.round(lockMs / 2)), maxStalledCount: 2,
  });
  worker.on('error', (error) => log(`worker ${id}: ${error.message}`));
  await worker.waitUntilReady();
  await heartbeat();
  const timer = setInterval(() => void heartbeat(), (HEARTBEAT_SECONDS * 1000) / 3);
  log(`worker ${id}: ready (${options.jobs} threads, queue ${options.queue}, out ${options.outDir})`);

  let stopping: Promise<void> | null = null;
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      log(`worker ${id}: stopping after the chunks in hand`);
      await worker.close();
      clearInterval(timer);
      await connection.del(workerKey(id)).catch(() => undefined);
      await processor.close();
      connection.disconnect();
      log(`worker ${id}: stopped (${state.chunks} chunks, ${state.records} records)`);
      resolveClosed();
    })();
    return stopping;
  };
  return { id, closed, stop };
}
