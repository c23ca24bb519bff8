/**
 * Kill-and-resume: a run killed with SIGKILL at any point, then resumed, leaves exactly the
 * records of an uninterrupted run: none missing, none duplicated, no torn line.
 * These tests run the built CLI (dist/) in child processes; `npm test` builds it first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT, SEEDS_DIR, warta } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'warta-resume-'));
const ARTICLES = 300;

/** The sample corpus repeated with distinct ids, as JSONL. */
function corpus(path: string, size: number, prefix = 'a'): string {
  const seeds = readdirSync(SEEDS_DIR).filter((file) => file.endsWith('.txt')).sort().map((file) => readFileSync(join(SEEDS_DIR, file), 'utf8'));
  const lines = Array.from({ length: size }, (_, index) => JSON.stringify({ id: `${prefix}-${index}`, text: seeds[index % seeds.length] }));
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const sizeOf = (path: string): number => (existsSync(path) ? statSync(path).size : 0);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a resumable run and kills it with SIGKILL once `until` holds (or when it ends by itself). */
async function runAndKill(input: string, out: string, until: () => boolean): Promise<'killed' | 'finished'> {
  const child = spawn(process.execPath, [CLI, 'run', input, '--out', out, '--resume', '--jobs', '2', '-q'], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && !until()) await sleep(5);
  if (done) {
    expect(await exited).toBe(0);
    return 'finished';
  }
  child.kill('SIGKILL');
  await exited;
  return 'killed';
}

const input = corpus(join(dir, 'corpus.jsonl'), ARTICLES);
const reference = join(dir, 'reference.jsonl');

beforeAll(() => {
  expect(warta(['run', input, '--out', reference, '--jobs', '2', '-q']).code).toBe(0);
});

describe('resume after a crash', () => {
  it('a run killed with SIGKILL three times, then resumed, equals an uninterrupted run byte for byte', async () => {
    const out = join(dir, 'killed.jsonl');
    const partial = `${out}.partial`;
    // Killed before it wrote anything, then twice in the middle of writing records.
    expect(await runAndKill(input, out, () => true)).toBe('killed');
    let kills = 1;
    for (let round = 0; round < 2; round++) {
      const start = sizeOf(partial);
      if (await runAndKill(input, out, () => sizeOf(partial) > start + 40_000) === 'killed') kills++;
    }
    expect(kills).toBeGreaterThanOrEqual(2);
    expect(existsSync(partial)).toBe(true);
    expect(existsSync(out)).toBe(false);
    // The killed run could not remove its lock; the resumed run finds its process gone and takes it over.
    expect(existsSync(`${out}.lock`)).toBe(true);
    const resumed = warta(['run', input, '--out', out, '--resume', '--jobs', '2']);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/resumed\s+\d+ records were already written and kept/);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(reference, 'utf8'));
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  it('refuses an output that a running run holds, and takes over the lock of one that was killed', () => {
    const out = join(dir, 'locked.jsonl');
    const lock = `${out}.lock`;
    // This test's own process stands for a live run on this host.
    writeFileSync(lock, `${process.pid} ${hostname()}\n`);
    const refused = warta(['run', input, '--out', out, '--resume', '-q']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toBe(`warta: ${out} is being written by another warta run (process ${process.pid} on ${hostname()}); wait for it to end or write elsewhere (if no run writes it, delete ${lock})\n`);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} ${hostname()}\n`);
    // A process of another host cannot be checked from here, even where this host has no such process: its lock holds too.
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(lock, `${ended} elsewhere.example\n`);
    expect(warta(['run', input, '--out', out, '-q']).stderr).toMatch(new RegExp(`by another warta run \\(process ${ended} on elsewhere\\.example\\)`));
    // A process that has ended left the lock behind: the run takes it, writes, and removes it.
    writeFileSync(lock, `${ended} ${hostname()}\n`);
    const small = corpus(join(dir, 'small.jsonl'), 3);
    expect(warta(['run', small, '--out', out, '-q']).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['a-0', 'a-1', 'a-2']);
    expect(existsSync(lock)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.startsWith('locked.jsonl.lock'))).toEqual([]);
  });

  it('cuts off a torn last line and rewrites it', () => {
    const out = join(dir, 'torn.jsonl');
    const whole = readFileSync(reference, 'utf8');
    const secondEnd = whole.indexOf('\n', whole.indexOf('\n') + 1) + 1;
    writeFileSync(`${out}.partial`, whole.slice(0, secondEnd + 1234));
    const result = warta(['run', input, '--out', out, '--resume', '--jobs', '1']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/resumed\s+2 records/);
    expect(readFileSync(out, 'utf8')).toBe(whole);
  });

  it('leaves a finished output as it is', () => {
    const out = join(dir, 'finished.jsonl');
    writeFileSync(out, readFileSync(reference));
    const result = warta(['run', input, '--out', out, '--resume']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`resumed\\s+${ARTICLES} records`));
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(reference, 'utf8'));
  });

  it('refuses to continue an output made from other inputs, naming the record', () => {
    const out = join(dir, 'other.jsonl');
    const other = corpus(join(dir, 'other-corpus.jsonl'), 3, 'b');
    expect(warta(['run', other, '--out', out, '-q']).code).toBe(0);
    const result = warta(['run', input, '--out', out, '--resume', '-q']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/cannot resume: record 1 of .*other\.jsonl is 'b-0' but input 1 is 'a-0'/);
  });

  it('needs an output file', () => {
    const result = warta(['run', input, '--resume', '-q']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/--resume needs --out/);
  });
});
