/**
 * Scale-out on BullMQ with a real Redis (Debian's redis-server, which .ci/run installs): three
 * worker processes, one killed with SIGKILL in the middle of a chunk, give the same output as a
 * single-machine `warta run`, record for record; a chunk that always fails ends failed while
 * every other chunk is done. The tests run the built CLI (dist/); `npm test` builds it first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT, SEEDS_DIR, warta } from './helpers.js';
import type { RunStatus } from '../pipeline/queue/status.js';
import { hasRedisServer, startRedisServer, type LocalRedis } from '../pipeline/queue/redis-server.js';

const HAS_REDIS = hasRedisServer();
const dir = mkdtempSync(join(tmpdir(), 'warta-scaleout-'));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The sample corpus repeated with distinct ids, as JSONL. */
function corpus(path: string, size: number, prefix: string): string {
  const seeds = readdirSync(SEEDS_DIR).filter((file) => file.endsWith('.txt')).sort().map((file) => readFileSync(join(SEEDS_DIR, file), 'utf8'));
  writeFileSync(path, `${Array.from({ length: size }, (_, index) => JSON.stringify({ id: `${prefix}-${index}`, text: seeds[index % seeds.length] })).join('\n')}\n`);
  return path;
}

let redis: LocalRedis | null = null;
let queue = '';

beforeAll(async () => {
  if (!HAS_REDIS) return;
  redis = await startRedisServer(dir);
  queue = redis.url;
});

afterAll(async () => {
  await redis?.stop();
});

interface WorkerProcess {
  child: ChildProcess;
  log: string[];
  exited: Promise<number | null>;
}

function startWorker(outDir: string): WorkerProcess {
  const child = spawn(process.execPath, [CLI, 'worker', '--queue', queue, '--out-dir', outDir, '--jobs', '1', '--lock', '2000'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const log: string[] = [];
  let rest = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => {
    const lines = (rest + text).split('\n');
    rest = lines.pop()!;
    log.push(...lines);
  });
  return { child, log, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

function status(run: string): RunStatus {
  const result = warta(['status', '--queue', queue, '--run', run, '--json']);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as RunStatus;
}

async function until(what: string, test: () => boolean, ms = 180_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(250);
  }
}

/** Chunks a worker's log shows started and not done: those in hand when it was killed. */
function inHand(log: readonly string[], run: string): string[] {
  const started = log.flatMap((line) => new RegExp(`chunk (${run}/\\d+) started`).exec(line)?.[1] ?? []);
  const done = new Set(log.flatMap((line) => new RegExp(`chunk (${run}/\\d+) done`).exec(line)?.[1] ?? []));
  return started.filter((chunk) => !done.has(chunk));
}

const describeWithRedis = HAS_REDIS ? describe : (name: string, body: () => void) => describe(name, () => {
  it.skip('skipped: redis-server is not installed (.ci/run installs it with apt-get)', () => undefined);
  void body;
});

describeWithRedis('scale-out on BullMQ (a real Redis)', () => {
  it('three workers, one killed with SIGKILL mid-chunk, produce exactly the records of a single-machine run', async () => {
    const input = corpus(join(dir, 'corpus.jsonl'), 3000, 'a');
    const outDir = join(dir, 'parts');
    const reference = join(dir, 'reference.jsonl');
    const run = 'e2e';
    expect(warta(['run', input, '--out', reference, '--jobs', '2', '-q']).code).toBe(0);

    expect(warta(['enqueue', input, '--queue', queue, '--run', run, '--chunk', '100']).stderr).toMatch(/30 chunks \(30 new\), 3000 articles/);
    // Enqueueing the same run again adds nothing.
    expect(warta(['enqueue', input, '--queue', queue, '--run', run, '--chunk', '100']).stderr).toMatch(/30 chunks \(0 new\)/);

    const workers = [startWorker(outDir), startWorker(outDir), startWorker(outDir)];
    const victim = workers[0]!;
    // Killed while it holds a chunk, past its first (the pool is warm: the chunk is truly under way).
    await until('the first worker is in its third chunk', () => victim.log.filter((line) => / started /.test(line)).length >= 3);
    await sleep(300);
    const stranded = inHand(victim.log, run);
    expect(stranded.length).toBeGreaterThan(0);
    victim.child.kill('SIGKILL');
    expect(await victim.exited).toBeNull();

    await until('the run is complete', () => status(run).complete);
    // BullMQ's stalled-job recovery handed each stranded chunk to another worker.
    for (const chunk of stranded) {
      expect(workers.slice(1).some((worker) => worker.log.some((line) => line.includes(`chunk ${chunk} done`)))).toBe(true);
    }
    const final = status(run);
    expect(final).toMatchObject({ chunks: 30, enqueued: true, done: 30, active: 0, waiting: 0, failed: [], records: 3000 });
    expect(final.workers.map((worker) => worker.pid).sort()).toEqual(workers.slice(1).map((worker) => worker.child.pid).sort());

    const collected = join(dir, 'collected.jsonl');
    expect(warta(['collect', '--run', run, '--out-dir', outDir, '--out', collected]).code).toBe(0);
    const expected = readFileSync(reference, 'utf8').split('\n');
    const actual = readFileSync(collected, 'utf8').split('\n');
    expect(actual.length).toBe(expected.length);
    for (let index = 0; index < expected.length; index++) if (actual[index] !== expected[index]) expect(`line ${index + 1}: ${actual[index]}`).toBe(`line ${index + 1}: ${expected[index]}`);

    // SIGTERM: each worker finishes what it holds and exits cleanly.
    for (const worker of workers.slice(1)) worker.child.kill('SIGTERM');
    for (const worker of workers.slice(1)) expect(await worker.exited).toBe(0);
    expect(status(run).workers).toEqual([]);
  }, 300_000);

  it('a chunk that always fails ends failed after its attempts; the other chunks are done, and collect names the missing one', async () => {
    const input = corpus(join(dir, 'poison.jsonl'), 60, 'p');
    const outDir = join(dir, 'poison-parts');
    const run = 'poisoned';
    // Chunk 2 can never be written: a directory stands where its part file goes.
    mkdirSync(join(outDir, run, 'part-000002.jsonl'), { recursive: true });
    writeFileSync(join(outDir, run, 'part-000002.jsonl', 'keep'), '');
    expect(warta(['enqueue', input, '--queue', queue, '--run', run, '--chunk', '10', '--attempts', '2']).code).toBe(0);

    const worker = startWorker(outDir);
    await until('every chunk is done or failed', () => {
      const now = status(run);
      return now.done + now.failed.length === now.chunks;
    });
    const final = status(run);
    expect(final.done).toBe(5);
    expect(final.failed).toEqual([{ chunk: 2, attempts: 2, error: expect.stringMatching(/EISDIR|ENOTEMPTY|directory/) }]);
    const text = warta(['status', '--queue', queue, '--run', run]).stdout;
    expect(text).toMatch(/5 done, 0 active, 0 waiting, 1 failed/);
    expect(text).toMatch(/failed {5}chunk 2 after 2 attempts/);

    const refused = warta(['collect', '--run', run, '--out-dir', outDir, '--out', join(dir, 'poison-out.jsonl')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/run 'poisoned' is incomplete: 1 of 6 chunks missing: 2/);

    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
  }, 120_000);
});

describe('scale-out commands: clear errors without a queue', () => {
  it('refuses a queue that is not a Redis URL and a run id that cannot name files (usage: exit 2)', () => {
    const notRedis = warta(['enqueue', SEEDS_DIR, '--queue', 'http://localhost:6379', '--run', 'r1']);
    expect(notRedis.code).toBe(2);
    expect(notRedis.stderr).toBe("warta: --queue 'http://localhost:6379' is not a Redis URL (redis://HOST:PORT)\n");
    const badRun = warta(['status', '--queue', 'redis://127.0.0.1:1', '--run', '../etc']);
    expect(badRun.code).toBe(2);
    expect(badRun.stderr).toMatch(/run id '\.\.\/etc' is not valid/);
  });

  it('says which Redis it cannot reach, within seconds (exit 3)', () => {
    const unreachable = warta(['status', '--queue', 'redis://127.0.0.1:1', '--run', 'r1']);
    expect(unreachable.code).toBe(3);
    expect(unreachable.stderr).toMatch(/^warta: cannot reach Redis at redis:\/\/127\.0\.0\.1:1: connect ECONNREFUSED/);
  });

  it('collect refuses an incomplete run and lists the missing chunks (exit 1)', () => {
    const outDir = join(dir, 'incomplete');
    mkdirSync(join(outDir, 'r2'), { recursive: true });
    for (const chunk of [0, 1, 4, 7]) writeFileSync(join(outDir, 'r2', `part-${String(chunk).padStart(6, '0')}.jsonl`), '');
    const noLast = warta(['collect', '--run', 'r2', '--out-dir', outDir, '--out', join(dir, 'r2.jsonl')]);
    expect(noLast.code).toBe(1);
    expect(noLast.stderr).toBe("warta: run 'r2' is incomplete: its last chunk has not been written (parts found: 4; missing before chunk 7: 2-3, 5-6)\n");
    writeFileSync(join(outDir, 'r2', 'chunks.json'), '{"run":"r2","chunks":9}\n');
    const missing = warta(['collect', '--run', 'r2', '--out-dir', outDir, '--out', join(dir, 'r2.jsonl')]);
    expect(missing.stderr).toBe("warta: run 'r2' is incomplete: 5 of 9 chunks missing: 2-3, 5-6, 8\n");
    expect(missing.code).toBe(1);
  });
});
