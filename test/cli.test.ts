import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateRecord } from '../output/validate.js';
import { spawn } from 'node:child_process';
import { CLI, ROOT, warta } from './helpers.js';

const lines = (jsonl: string): Array<Record<string, unknown>> => jsonl.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
const dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));

describe('warta CLI', () => {
  it('processes the sample corpus into a schema-valid JSONL file with a summary', () => {
    const out = join(dir, 'out', 'articles.jsonl');
    const result = warta(['run', 'corpus/seeds', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/5 records/);
    expect(result.stderr).toMatch(/languages\s+id 5/);
    const records = lines(readFileSync(out, 'utf8'));
    expect(records.map((record) => record.id)).toEqual([
      '000_822bd5769c80e2c5', '001_668ca5b34627c643', '002_5fc12fedd384c8a6', '003_cea940d86b109a50', '004_7368bc5bb465d1ca',
    ]);
    for (const record of records) expect(validateRecord(record).errors).toEqual([]);
    expect((records[3]!.meta as { published: string }).published).toBe('2022-01-08T13:03+07:00');
    expect(existsSync(`${out}.tmp-${process.pid}`)).toBe(false);
  });

  it('writes JSONL to stdout, in input order, with error records in place, and keeps errors off stdout', () => {
    const jsonl = join(dir, 'mixed.jsonl');
    writeFileSync(jsonl, '{"id":"a","text":"Presiden tiba."}\nnot json\n{"id":"c","text":"Menteri pergi."}\n');
    const result = warta(['run', jsonl, join(dir, 'nothing-here.txt'), '-q']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const records = lines(result.stdout);
    expect(records.map((record) => record.id)).toEqual(['a', 'mixed:2', 'c', 'nothing-here']);
    expect(records[1]!.error).toEqual({ code: 'invalid-json', message: expect.any(String), file: jsonl, line: 2 });
    for (const record of records) expect(validateRecord(record).errors).toEqual([]);
  });

  it('gives the same records, in the same order, from a pool of worker threads', () => {
    const one = warta(['run', 'corpus/seeds', '-', '--jobs', '1', '-q'], '{"id":"extra","text":"Presiden tiba di Jakarta."}\nnot json\n');
    const pool = warta(['run', 'corpus/seeds', '-', '--jobs', '2', '-q'], '{"id":"extra","text":"Presiden tiba di Jakarta."}\nnot json\n');
    expect(pool.code).toBe(0);
    expect(lines(pool.stdout).map((record) => record.id)).toEqual([
      '000_822bd5769c80e2c5', '001_668ca5b34627c643', '002_5fc12fedd384c8a6', '003_cea940d86b109a50', '004_7368bc5bb465d1ca', 'extra', '<stdin>:2',
    ]);
    expect(pool.stdout).toBe(one.stdout);
  });

  it('gives the same records whatever the batch size, with input errors and a batch left part-full', () => {
    // 5 seeds, 3 lines of stdin (one broken): batches of 3 leave the last one with 2.
    const input = '{"id":"extra","text":"Presiden tiba di Jakarta."}\nnot json\n{"id":"last","text":"Menteri itu mengatakan bahwa semua baik."}\n';
    const alone = warta(['run', 'corpus/seeds', '-', '--jobs', '1', '--batch-size', '1', '-q'], input);
    const batched = warta(['run', 'corpus/seeds', '-', '--jobs', '2', '--batch-size', '3', '-q'], input);
    expect(batched.code).toBe(0);
    expect(lines(batched.stdout).map((record) => record.id).slice(5)).toEqual(['extra', '<stdin>:2', 'last']);
    expect(batched.stdout).toBe(alone.stdout);
  });

  it('exits with 1 under --strict when an input became an error record', () => {
    const result = warta(['run', '-', '--strict', '-q'], '{"id":"a","text":"Isi."}\n{"id":"b"}\n');
    expect(result.code).toBe(1);
    expect(lines(result.stdout).map((record) => record.id)).toEqual(['a', 'b']);
  });

  it('reads JSONL from stdin', () => {
    const result = warta(['run', '-', '-q'], '{"id":"s","text":"Kerajaan berkata bahawa harga ubat akan turun kerana subsidi.","published":"2018-07-18"}\n');
    const [record] = lines(result.stdout);
    expect(record).toMatchObject({ id: 's', language: { code: 'ms' }, meta: { published: '2018-07-18', publishedFrom: 'input' } });
  });

  it('answers --help, --version and usage errors with documented exit codes', () => {
    const help = warta(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:/);
    expect(warta(['run', '--help']).stdout).toMatch(/--jobs <n>/);
    const version = warta(['--version']);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    expect(warta(['run']).code).toBe(2);
    expect(warta(['run', 'corpus', '--jobs', 'zero']).code).toBe(2);
    expect(warta(['frobnicate']).code).toBe(2);
  });

  it('stops with exit code 3 and a clear message for an unreadable dictionary file', () => {
    const result = warta(['run', 'corpus/seeds', '--dict', join(dir, 'no-such-dict.json'), '-q']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/no-such-dict\.json: cannot read/);
    expect(result.stdout).toBe('');
  });

  it('validates an output file against the schema', () => {
    const file = join(dir, 'to-validate.jsonl');
    writeFileSync(file, `${JSON.stringify({ schemaVersion: '1.0', id: 'x' })}\n`);
    const result = warta(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/0 of 1 records valid/);
  });

  it('scores the seed gold against itself with warta eval', () => {
    const result = warta(['eval', '--gold', 'corpus/gold/seeds.jsonl', '--pred', 'corpus/gold/seeds.jsonl', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { quotes: { f1: number; tp: number }; entities: { typed: { f1: number } }; errors?: unknown };
    expect(report.quotes).toMatchObject({ f1: 1, tp: 79 });
    expect(report.entities.typed.f1).toBe(1);
    expect(report.errors).toBeUndefined();
    const table = warta(['eval', '--gold', 'corpus/gold/seeds.jsonl', '--pred', 'corpus/gold/seeds.jsonl']).stdout;
    expect(table).toMatch(/^quote detection\s+P\/R\/F1\s+1\.000 1\.000 1\.000\s+tp 79  fp 0  fn 0$/m);
  });

  it('stops with exit code 3 naming the file and line of a bad gold file', () => {
    const gold = join(dir, 'gold.jsonl');
    writeFileSync(gold, '{"id":"a"}\nnot json\n');
    const result = warta(['eval', '--gold', gold, '--pred', gold]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`${gold}:2: not valid JSON`);
  });

  it('prints sentence F1 for a CoNLL-U file', () => {
    const conllu = join(dir, 'tiny.conllu');
    writeFileSync(conllu, '# text = Satu dua.\n1\tSatu\n\n# text = Tiga empat.\n1\tTiga\n');
    const result = warta(['eval-sentences', conllu, '--json']);
    expect(JSON.parse(result.stdout)).toEqual([{ file: conllu, gold: 2, predicted: 2, correct: 2, precision: 1, recall: 1, f1: 1 }]);
  });

  it('shows the progress bar with --progress (articles, articles/s, MB/s) and stays quiet without it off a terminal', () => {
    const shown = warta(['run', 'corpus/seeds', '--out', join(dir, 'progress.jsonl'), '--jobs', '1', '--progress']);
    expect(shown.code).toBe(0);
    expect(shown.stderr).toMatch(/5 articles \| \d+ articles\/s \| \d+\.\d\d MB\/s \| 0 errors/);
    expect(shown.stderr).toMatch(/stages\s+clean \d+ ms \(\d+ %\), tokens/);
    const plain = warta(['run', 'corpus/seeds', '--out', join(dir, 'plain.jsonl'), '--jobs', '1']);
    expect(plain.stderr).not.toMatch(/articles\/s \|/);
    expect(plain.stderr).toMatch(/5 records/);
  });

  it('stops an article that runs past --article-timeout, writes a timeout error record in its place and goes on', () => {
    const seed = readFileSync(join(ROOT, 'corpus', 'seeds', '001_668ca5b34627c643.txt'), 'utf8');
    const input = join(dir, 'slow.jsonl');
    writeFileSync(input, [
      { id: 'before', text: 'Presiden tiba di Jakarta pada Rabu.' },
      { id: 'slow', text: seed.repeat(2000) },
      { id: 'after', text: 'Menteri itu mengatakan bahwa semua baik.' },
    ].map((item) => JSON.stringify(item)).join('\n'));
    const out = join(dir, 'slow-out.jsonl');
    const result = warta(['run', input, '--out', out, '--jobs', '2', '--article-timeout', '5000', '-q']);
    expect(result.code).toBe(0);
    const records = lines(readFileSync(out, 'utf8'));
    expect(records.map((record) => record.id)).toEqual(['before', 'slow', 'after']);
    expect(records[1]!.error).toEqual({ code: 'timeout', message: 'processing took longer than 5000 ms and was stopped', file: input, line: 2 });
    expect(records[0]!.error).toBeUndefined();
    expect(records[2]!.error).toBeUndefined();
    for (const record of records) expect(validateRecord(record).errors).toEqual([]);
  });

  it('runs as the warta command through its #! line, with the memory settings that line gives Node', async () => {
    // Spawned as an executable, not as `node cli.js`: `npm run build` must leave it executable, and env must parse the line.
    const child = spawn(CLI, ['run', '-', '-q'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve, reject) => child.on('error', reject).on('close', resolve));
    if (existsSync('/proc/self/environ')) {
      // env execs node in its own place (same pid): wait for that, while the run waits for its input.
      let command = '';
      for (let tries = 0; tries < 200 && !command.startsWith('node'); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        command = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0').join(' ');
      }
      expect(command).toBe(`node --max-semi-space-size=8 ${CLI} run - -q `);
      expect(readFileSync(`/proc/${child.pid}/environ`, 'utf8').split('\0')).toContain('MALLOC_ARENA_MAX=2');
    }
    child.stdin.end(`${JSON.stringify({ id: 'via-shebang', text: 'Presiden tiba di Jakarta pada Rabu (12/1/2022).' })}\n`);
    expect(await exited).toBe(0);
    const records = lines(stdout);
    expect(records.map((record) => record.id)).toEqual(['via-shebang']);
    expect(records[0]!.language).toMatchObject({ code: 'id' });
  });

  it('turns an article that needs more than --worker-memory into an error record and goes on', () => {
    const seed = readFileSync(join(ROOT, 'corpus', 'seeds', '001_668ca5b34627c643.txt'), 'utf8');
    const input = join(dir, 'huge.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'huge', text: seed.repeat(800) })}\n${JSON.stringify({ id: 'next', text: 'Presiden tiba di Jakarta pada Rabu.' })}\n`);
    const out = join(dir, 'huge-out.jsonl');
    const result = warta(['run', input, '--out', out, '--jobs', '2', '--worker-memory', '64', '-q']);
    expect(result.code).toBe(0);
    const records = lines(readFileSync(out, 'utf8'));
    expect(records.map((record) => record.id)).toEqual(['huge', 'next']);
    expect(records[0]!.error).toEqual({ code: 'processing-failed', message: 'the article needs more memory than a worker may use (64 MB; raise --worker-memory)', file: input, line: 1 });
    expect(records[1]!.error).toBeUndefined();
  });
});
