/**
 * `npm run bench [-- ARTICLES] [--corpus PATH ...]`: throughput, time per stage and peak memory of
 * `warta run`, on one core, on one thread and on every core, on a synthetic corpus built by repeating the
 * articles in corpus/ (or in the given folders or files, e.g. one language's articles) with
 * distinct ids; and, over the same texts, the bare wink-nlp tokenise + sentence pass, as the
 * yardstick the pipeline is compared with.
 *
 * Each configuration runs in a child process of its own, so that its peak RSS is its own. "N cores"
 * pins the child to N CPUs (taskset) and runs N threads: on one thread with every core free,
 * V8's garbage collector and optimising compiler work beside it on the other cores, so the
 * scaling is measured from one core, not from one thread.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openProcessor, runBatch, type BatchSummary } from './runner.js';
import type { StageTiming } from './pipeline.js';
import { buildCorpus } from './bench-corpus.js';
import { WARM_UP, winkPass, winkPassInThreads } from './bench-wink.js';

/** Runs per configuration; the fastest counts. */
const ROUNDS = 2;

interface ChildResult {
  summary: BatchSummary;
  /** Seconds to load the models (and start the worker threads) and warm them up: not part of `summary.seconds`. */
  startSeconds: number;
  maxRssMb: number;
  /** CPU time of the whole process (every thread) per article of the timed run, in ms. */
  cpuMsPerArticle: number;
}

/**
 * The environment and the Node flags of the `warta` command's `#!` line (cli.ts,
 * `#!/usr/bin/env -S NAME=VALUE … node FLAG …`): the bench runs `warta run` as a user does.
 */
function commandLine(): { env: Record<string, string>; flags: string[] } {
  const cli = fileURLToPath(new URL('./cli.js', import.meta.url));
  const first = readFileSync(cli, 'utf8').split('\n', 1)[0]!;
  const words = /^#!\S*\benv -S (.*)$/u.exec(first)?.[1]!.trim().split(/\s+/u) ?? [];
  const node = words.indexOf('node');
  if (node < 0) throw new Error(`${cli}: the bench expects a '#!/usr/bin/env -S … node …' line, found ${JSON.stringify(first)}`);
  const env = Object.fromEntries(words.slice(0, node).map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]));
  return { env, flags: words.slice(node + 1) };
}

/** The CPUs this process may run on, in order (Linux's /proc/self/status), or null where that is unknown. */
function allowedCpus(): number[] | null {
  if (!existsSync('/proc/self/status')) return null;
  const list = /^Cpus_allowed_list:\s*(\S+)/mu.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  if (!list) return null;
  return list.split(',').flatMap((range) => {
    const [from, to = from] = range.split('-').map(Number) as [number, number?];
    return Array.from({ length: to - from + 1 }, (_, index) => from + index);
  });
}

/** Whether `taskset` can pin a child to a CPU here (util-linux; not on macOS). */
function canPin(cpus: readonly number[] | null): cpus is number[] {
  if (!cpus?.length) return false;
  try {
    execFileSync('taskset', ['-c', String(cpus[0]), process.execPath, '-e', ''], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** One measured configuration: `jobs` threads, pinned to the first `pinned` allowed CPUs (null: not pinned). */
interface Configuration {
  label: string;
  jobs: number;
  pinned: number | null;
}

function runChild(corpus: string, warmUp: string, configuration: Configuration, cpus: readonly number[], { env, flags }: ReturnType<typeof commandLine>): ChildResult {
  const script = fileURLToPath(import.meta.url);
  const node = [process.execPath, ...flags, script, '--child', corpus, warmUp, String(configuration.jobs)];
  const [command, ...args] = configuration.pinned === null ? node : ['taskset', '-c', cpus.slice(0, configuration.pinned).join(','), ...node];
  const output = execFileSync(command!, args, { encoding: 'utf8', maxBuffer: 1 << 24, env: { ...process.env, ...env } });
  return JSON.parse(output) as ChildResult;
}

/** Stage timings since `before`. */
function since(timings: StageTiming[], before: StageTiming[]): StageTiming[] {
  return timings.map((timing) => {
    const earlier = before.find((other) => other.name === timing.name);
    return { name: timing.name, ms: timing.ms - (earlier?.ms ?? 0), runs: timing.runs - (earlier?.runs ?? 0) };
  });
}

/**
 * One configuration: the processor is opened (models loaded, threads started) and warmed up by a
 * `warta run` over WARM_UP articles per thread (`warmUp`, streamed as any run is, so that the peak
 * RSS is a run's), as the wink pass is warmed up; `warta run` over `corpus` is timed from there.
 */
async function child(corpus: string, warmUp: string, jobs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-out-'));
  const started = performance.now();
  const processor = await openProcessor({}, jobs);
  try {
    await runBatch([warmUp], { out: join(dir, 'warm-up.jsonl'), jobs, processor });
    const startSeconds = (performance.now() - started) / 1000;
    const before = processor.timings();
    const cpu = process.cpuUsage();
    const summary = await runBatch([corpus], { out: join(dir, 'out.jsonl'), jobs, processor });
    const used = process.cpuUsage(cpu);
    summary.stages = since(summary.stages, before);
    const cpuMsPerArticle = (used.user + used.system) / 1000 / Math.max(1, summary.records);
    const result: ChildResult = { summary, startSeconds, maxRssMb: process.resourceUsage().maxRSS / 1024, cpuMsPerArticle };
    process.stdout.write(JSON.stringify(result));
  } finally {
    await processor.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]!, args[2]!, Number(args[3]));
  const { values, positionals } = parseArgs({ args, options: { corpus: { type: 'string', multiple: true } }, allowPositionals: true });
  const size = Number(positionals[0] ?? 2000);
  if (!Number.isInteger(size) || size < 1) throw new Error('usage: npm run bench [-- ARTICLES] [--corpus PATH ...]');
  const inputs = values.corpus ?? [];
  const cores = availableParallelism();
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-'));
  const corpus = join(dir, 'corpus.jsonl');
  try {
    const { texts, bytes } = await buildCorpus(corpus, size, inputs);
    const megabytes = bytes / 1e6;
    const line = (text: string): boolean => process.stdout.write(`${text}\n`);
    line(`warta bench: ${size} articles, ${megabytes.toFixed(1)} MB of JSONL (${inputs.length ? inputs.join(', ') : 'corpus/'} repeated with distinct ids), best of ${ROUNDS} runs`);
    line(`machine: ${cores} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}`);

    const winkSeconds = Math.min(winkPass(texts), winkPass(texts));
    const winkRate = size / winkSeconds;
    line(`\nbare wink-nlp tokenise + sentences, one thread: ${winkRate.toFixed(0)} articles/s, ${(megabytes / winkSeconds).toFixed(2)} MB/s`);
    // The machine's own scaling, on a pass whose threads share nothing: worker threads, one and then one per core.
    let winkScaling: number | null = null;
    if (cores >= 2) {
      const [one, all] = [await winkPassInThreads(texts, 1), await winkPassInThreads(texts, cores)];
      winkScaling = all / one;
      line(`the same pass in worker threads: 1 thread ${one.toFixed(0)} articles/s, ${cores} threads ${all.toFixed(0)} articles/s (${winkScaling.toFixed(2)}×: what this machine gives ${cores} threads that share nothing)`);
    }

    // One core (pinned), one thread (every core free for V8's helpers), then 2, 4, 8 … pinned cores, and every core.
    const allowed = allowedCpus();
    const pinning = cores >= 2 && canPin(allowed);
    const oneThreadRun: Configuration = { label: '1 thread', jobs: 1, pinned: null };
    const configurations: Configuration[] = [
      ...(pinning ? [{ label: '1 core', jobs: 1, pinned: 1 }] : []),
      oneThreadRun,
      ...(pinning ? [2, 4, 8, 16, 32, 64].filter((count) => count < cores).map((count) => ({ label: `${count} cores`, jobs: count, pinned: count })) : []),
      ...(cores >= 2 ? [{ label: `${cores} cores`, jobs: cores, pinned: null }] : []),
    ];
    const warmUps = new Map<number, string>();
    for (const { jobs } of configurations) {
      if (warmUps.has(jobs)) continue;
      warmUps.set(jobs, join(dir, `warm-up-${jobs}.jsonl`));
      await buildCorpus(warmUps.get(jobs)!, WARM_UP * jobs, inputs);
    }
    // Each configuration runs ROUNDS times, alternating, and keeps its fastest run: shared machines are noisy.
    const best = new Map<Configuration, ChildResult>();
    const command = commandLine();
    for (let round = 0; round < ROUNDS; round++) {
      for (const configuration of configurations) {
        const result = runChild(corpus, warmUps.get(configuration.jobs)!, configuration, allowed ?? [], command);
        const previous = best.get(configuration);
        if (!previous || result.summary.seconds < previous.summary.seconds) best.set(configuration, { ...result, maxRssMb: Math.max(result.maxRssMb, previous?.maxRssMb ?? 0) });
        else previous.maxRssMb = Math.max(previous.maxRssMb, result.maxRssMb);
      }
    }
    const results = configurations.map((configuration) => ({ ...configuration, ...best.get(configuration)! }));
    const rateOf = (result: ChildResult): number => result.summary.records / result.summary.seconds;
    const oneThread = { ...oneThreadRun, ...best.get(oneThreadRun)! };
    // Scaling is counted from one core where the bench could pin one, else from one thread.
    const base = results[0]!;
    line(`\n${'run'.padEnd(9)} ${'threads'.padStart(7)} ${'articles/s'.padStart(10)} ${'MB/s'.padStart(7)} ${'peak RSS'.padStart(9)} ${'vs wink'.padStart(8)} ${`vs ${base.label}`.padStart(10)} ${'start-up'.padStart(9)} ${'CPU/article'.padStart(11)}`);
    for (const result of results) {
      const rate = rateOf(result);
      line(`${result.label.padEnd(9)} ${String(result.jobs).padStart(7)} ${rate.toFixed(0).padStart(10)} ${(megabytes / result.summary.seconds).toFixed(2).padStart(7)} ${`${result.maxRssMb.toFixed(0)} MiB`.padStart(9)} ${(rate / winkRate).toFixed(2).padStart(8)} ${`${(rate / rateOf(base)).toFixed(2)}×`.padStart(10)} ${`${result.startSeconds.toFixed(1)} s`.padStart(9)} ${`${result.cpuMsPerArticle.toFixed(2)} ms`.padStart(11)}`);
    }
    if (!pinning && cores >= 2) line('(taskset is not available here: no run is pinned to one core, and scaling is counted from one thread)');
    line('(CPU/article: CPU time of every thread of the run, the main thread and V8\'s helpers included, per article; where it grows with the threads, each thread does the same work more slowly)');
    line(`(start-up: loading the models and starting the threads, then ${WARM_UP} warm-up articles per thread; not in the throughput, as the wink pass's own model load and ${WARM_UP} warm-up texts are not)`);
    const single = oneThread.summary;
    const total = single.stages.reduce((sum, stage) => sum + stage.ms, 0);
    line(`\ntime per stage, one thread (ms per article):`);
    for (const stage of single.stages) {
      line(`  ${stage.name.padEnd(10)} ${(stage.ms / Math.max(1, stage.runs)).toFixed(3)}  (${((stage.ms / total) * 100).toFixed(0)} %)`);
    }
    line(`  ${'other'.padEnd(10)} ${((single.seconds * 1000 - total) / size).toFixed(3)}  (reading, JSON, writing)`);
    const twoCores = results.find((result) => result.jobs === 2);
    const all = results[results.length - 1]!;
    const scaling = [twoCores, all].filter((result, index, list) => result && list.indexOf(result) === index).map((result) => `${result!.label}: ${(rateOf(result!) / rateOf(base)).toFixed(2)}×`);
    line(`\ntargets: full pipeline ≥ 1/3 of the wink pass (one thread: ${(rateOf(oneThread) / winkRate).toFixed(2)}); 2 cores ≥ 1.8× ${base.label}${scaling.length && all !== base ? ` (${scaling.join(', ')}; the bare wink pass: ${winkScaling?.toFixed(2)}× on ${cores} threads)` : ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
