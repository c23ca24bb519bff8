/**
 * `npm run bench:queue [-- ARTICLES] [--chunk N] [--workers 1,2,3] [--jobs N]`: the scale-out
 * path against a plain `warta run` on the same synthetic corpus (corpus/ repeated with distinct
 * ids). It starts its own redis-server on a loopback port (Debian's `redis-server` must be on the
 * PATH), and for each number of worker processes: enqueues the run, starts the workers, waits for
 * the run to complete, collects it and checks that the output equals the plain run's, byte for
 * byte. The queue's overhead per chunk is (1 worker − plain run) / chunks, both with one thread.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildCorpus } from './bench-corpus.js';
import { runStatus } from './queue/status.js';
import { startRedisServer } from './queue/redis-server.js';

const CLI = fileURLToPath(new URL('./cli.js', import.meta.url));

function warta(args: string[]): void {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`warta ${args.join(' ')} failed: ${result.stderr}`);
}

/** Seconds a command takes, start-up included. */
function timed(args: string[]): number {
  const started = performance.now();
  warta(args);
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2), allowPositionals: true,
    options: { chunk: { type: 'string', default: '500' }, workers: { type: 'string', default: '1,2,3' }, jobs: { type: 'string', default: '1' } },
  });
  const size = Number(positionals[0] ?? 6000);
  const chunk = Number(values.chunk);
  const jobs = Number(values.jobs);
  const counts = values.workers.split(',').map(Number);
  if (![size, chunk, jobs, ...counts].every((value) => Number.isInteger(value) && value > 0)) throw new Error('usage: npm run bench:queue [-- ARTICLES] [--chunk N] [--workers 1,2,3] [--jobs N]');
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-queue-'));
  const { url, stop } = await startRedisServer(dir);
  const line = (text: string): boolean => process.stdout.write(`${text}\n`);
  try {
    const corpus = join(dir, 'corpus.jsonl');
    const { bytes } = await buildCorpus(corpus, size, []);
    const chunks = Math.ceil(size / chunk);
    line(`warta bench:queue: ${size} articles (${(bytes / 1e6).toFixed(1)} MB), chunks of ${chunk} (${chunks} chunks), ${jobs} thread(s) per worker process`);
    line(`machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, Redis on loopback`);

    const plainOut = join(dir, 'plain.jsonl');
    const plain = timed(['run', corpus, '--out', plainOut, '--jobs', String(jobs), '-q']);
    line(`\nplain warta run --jobs ${jobs}: ${plain.toFixed(1)} s, ${(size / plain).toFixed(0)} articles/s (start-up included)`);
    const expected = readFileSync(plainOut);

    line(`\n${'workers'.padEnd(8)} ${'enqueue'.padStart(8)} ${'process'.padStart(8)} ${'articles/s'.padStart(10)} ${'vs plain'.padStart(9)} ${'collect'.padStart(8)}  output`);
    let single: number | null = null;
    for (const count of counts) {
      const run = `bench-${count}`;
      const outDir = join(dir, `parts-${count}`);
      const enqueueSeconds = timed(['enqueue', corpus, '--queue', url, '--run', run, '--chunk', String(chunk)]);
      const started = performance.now();
      const workers = Array.from({ length: count }, () => spawn(process.execPath, [CLI, 'worker', '--queue', url, '--out-dir', outDir, '--jobs', String(jobs), '-q'], { stdio: 'ignore' }));
      while (!(await runStatus(url, run)).complete) await sleep(100);
      const seconds = (performance.now() - started) / 1000;
      await Promise.all(workers.map((worker) => new Promise((resolve) => {
        worker.once('exit', resolve);
        worker.kill('SIGTERM');
      })));
      const collected = join(dir, `collected-${count}.jsonl`);
      const collectSeconds = timed(['collect', '--run', run, '--out-dir', outDir, '--out', collected]);
      const same = readFileSync(collected).equals(expected);
      if (count === 1) single = seconds;
      line(`${String(count).padEnd(8)} ${`${enqueueSeconds.toFixed(1)} s`.padStart(8)} ${`${seconds.toFixed(1)} s`.padStart(8)} ${(size / seconds).toFixed(0).padStart(10)} ${`${(plain / seconds).toFixed(2)}×`.padStart(9)} ${`${collectSeconds.toFixed(1)} s`.padStart(8)}  ${same ? 'equals the plain run' : 'DIFFERS from the plain run'}`);
    }
    if (single !== null) line(`\nqueue overhead: ${(((single - plain) / chunks) * 1000).toFixed(0)} ms per chunk of ${chunk} (1 worker against the plain run, start-up included in both)`);
  } finally {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
