#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --max-semi-space-size=8
/**
 * The `warta` command line: a thin layer over the library.
 *
 * The `#!` line sets what only the command line can set, for a long `run` with a pool:
 * - the main thread's young generation is capped at 3 × 8 MB, the size the worker threads get
 *   (runner.ts): V8's default lets it grow to 48 MB, some 40 MB of peak RSS for no speed;
 * - glibc's malloc keeps two arenas instead of one per thread (up to eight per core): V8's
 *   compiler and garbage-collector threads and the workers each kept the native memory they had
 *   freed in their own arena, some 25 MB of peak RSS, again for no measurable speed.
 *
 * Exit codes: 0 success (error records may be in the output); 1 --strict and some input
 * became an error record, an evaluation/validation found failures, or `collect` found the run
 * incomplete; 2 usage error;
 * 3 fatal error (cannot write the output, bad dictionary file).
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { SingleBar } from 'cli-progress';
import { DEFAULT_BATCH_SIZE, runBatch, formatSummary, type Progress } from './runner.js';
// The pipeline and its models load only in the commands that run them in this thread
// (`run` with a pool never needs them in the main thread): see loadPipeline().
import { packageVersion } from './paths.js';
import { byteLines, readInputs } from './inputs.js';
import { conlluSentences, evaluateSentenceSplitter, type SentenceMiss } from './evaluation/sentences.js';
import { readEvalFile, toEvalArticle } from './evaluation/gold.js';
import { readManifestCorpus } from './evaluation/manifest.js';
import { evaluate } from './evaluation/metrics.js';
import { formatErrors, formatTable } from './evaluation/format.js';
import { validateRecord } from '../output/validate.js';
import { renderReport } from '../output/report.js';
import type { OutputRecord } from '../output/types.js';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ArticleInput } from './types.js';
import type { LanguageCode } from '../output/types.js';

export const EXIT = { ok: 0, failures: 1, usage: 2, fatal: 3 } as const;

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return number;
}

function nonNegativeInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('must be a whole number of at least 0');
  return number;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];
const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;

interface RunOptions {
  out?: string;
  resume?: boolean;
  jobs?: number;
  dict: string[];
  stageBudget: number;
  articleTimeout: number;
  workerMemory: number;
  batchSize: number;
  strict?: boolean;
  progress?: boolean;
  quiet?: boolean;
}

/** A progress bar on stderr: articles done, articles/s, MB/s and, when the input size is known, percent and ETA. */
function progressBar(): { update: (progress: Progress) => void; stop: () => void } {
  const bar = new SingleBar({
    stream: process.stderr,
    fps: 5,
    hideCursor: true,
    noTTYOutput: !process.stderr.isTTY,
    notTTYSchedule: 5000,
    format: (options, params, payload: { records: number; rate: string; megabytes: string; errors: number }) => {
      const known = params.total > 0;
      const eta = known && Number.isFinite(params.eta) && params.value > 0 ? `ETA ${formatSeconds(params.eta)}` : 'ETA -';
      const bar = known && options.barsize ? `${'█'.repeat(Math.round(params.progress * options.barsize)).padEnd(options.barsize, '░')} ${(params.progress * 100).toFixed(0).padStart(3)} % | ` : '';
      return `${bar}${payload.records} articles | ${payload.rate} articles/s | ${payload.megabytes} MB/s | ${payload.errors} errors | ${eta}`;
    },
  });
  let started = false;
  return {
    update(progress) {
      const payload = {
        records: progress.records,
        errors: progress.errors,
        rate: (progress.seconds > 0 ? progress.records / progress.seconds : 0).toFixed(0),
        megabytes: (progress.seconds > 0 ? progress.bytes / 1e6 / progress.seconds : 0).toFixed(2),
      };
      if (!started) {
        bar.start(progress.totalBytes ?? 0, progress.bytes, payload);
        started = true;
      } else {
        bar.update(progress.bytes, payload);
      }
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

function formatSeconds(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`;
  return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`;
}

async function loadPipeline() {
  const [{ createPipeline }, { splitSentences, sentenceRules }, { tokenize }, { evaluateLanguage }] = await Promise.all([
    import('./pipeline.js'), import('../extractors/sentences/index.js'), import('../extractors/tokens/index.js'), import('./evaluation/language.js'),
  ]);
  return { createPipeline, splitSentences, sentenceRules, tokenize, evaluateLanguage };
}

function program(): Command {
  const cli = new Command('warta')
    .description('Turn raw news articles (Indonesian, Malay, English) into structured JSONL.')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError()
    // Subcommands inherit this: usage errors throw and become exit code 2 in main().
    .exitOverride()
    .addHelpText('after', `
Exit codes:
  0  success (inputs that could not be processed are error records in the output)
  1  --strict and some input became an error record; an evaluation/validation failed; collect found the run incomplete
  2  usage error
  3  fatal error (cannot write the output, unreadable dictionary file)`);

  cli
    .command('run')
    .description('process articles into JSONL, one record per input article, in input order')
    .argument('<inputs...>', '.txt files, folders (every .txt below), .jsonl files, or - for JSONL on stdin')
    .option('-o, --out <file>', 'write JSONL here, through OUT.partial renamed at the end (default: standard output)')
    .option('-r, --resume', 'continue an interrupted run: keep the records already in --out (or OUT.partial) and append the rest')
    .option('-j, --jobs <n>', 'worker threads (default: one per core; 1 runs in the main thread)', positiveInteger)
    .option('-d, --dict <file>', 'extra dictionary entries (JSON, see README); repeatable', collect, [] as string[])
    .option('--stage-budget <ms>', 'warn when a stage takes longer than this on one article', positiveInteger, 5000)
    .option('--article-timeout <ms>', 'stop an article that takes longer than this, as an error record (worker threads only)', positiveInteger, 300_000)
    .option('--worker-memory <mb>', 'heap limit of each worker thread; an article that needs more becomes an error record', positiveInteger, 512)
    .option('--batch-size <n>', 'articles a thread processes together, stage by stage (1: one by one)', positiveInteger, DEFAULT_BATCH_SIZE)
    .option('--strict', 'exit with 1 when any input becomes an error record')
    .option('--progress', 'show the progress bar even when stderr is not a terminal')
    .option('-q, --quiet', 'no progress bar and no summary on stderr')
    .action(async (inputs: string[], options: RunOptions) => {
      const bar = !options.quiet && (options.progress || process.stderr.isTTY) ? progressBar() : null;
      if (options.out) {
        // What is written stays in OUT.partial: say how to go on.
        process.once('SIGINT', () => {
          bar?.stop();
          process.stderr.write(`\nwarta: interrupted; run the same command with --resume to continue ${options.out}\n`);
          process.exit(130);
        });
      }
      let summary;
      try {
        summary = await runBatch(inputs, {
          ...(options.out ? { out: options.out } : {}),
          ...(options.jobs ? { jobs: options.jobs } : {}),
          resume: options.resume ?? false,
          dictionaries: options.dict,
          stageBudgetMs: options.stageBudget,
          articleTimeoutMs: options.articleTimeout,
          workerMemoryMb: options.workerMemory,
          batchSize: options.batchSize,
          ...(bar ? { onProgress: bar.update } : {}),
        });
      } finally {
        bar?.stop();
      }
      if (!options.quiet) process.stderr.write(`${formatSummary(summary)}\n`);
      if (options.strict && summary.errors > 0) process.exitCode = EXIT.failures;
    });

  cli
    .command('eval')
    .description('score predictions against gold data, stage by stage (formats: corpus/gold/GUIDELINES.md, or warta output)')
    .requiredOption('-g, --gold <file>', 'gold JSONL')
    .requiredOption('-p, --pred <file>', 'predictions: warta output JSONL, or gold-format JSONL')
    .option('--json', 'print the figures as JSON')
    .option('--errors', 'list every miss, false alarm and wrong value or speaker')
    .action((options: { gold: string; pred: string; json?: boolean; errors?: boolean }) => {
      const report = evaluate(readEvalFile(options.gold), readEvalFile(options.pred));
      if (options.json) {
        const shown = options.errors ? report : { ...report, errors: undefined };
        process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${formatTable(report)}\n`);
      if (options.errors) process.stdout.write(`\n${formatErrors(report.errors)}\n`);
    });

  cli
    .command('eval-corpus')
    .description('run the pipeline on folders of articles with a MANIFEST.tsv (publication dates) and score each against its gold JSONL')
    .argument('<pairs...>', 'FOLDER=GOLD.jsonl pairs, e.g. ../shared/corpus/en=../shared/gold/en.jsonl')
    .option('--if-present', 'skip, with a message, the folders that do not exist (../shared is not in every checkout)')
    .option('--errors', 'list every miss, false alarm and wrong value or speaker')
    .action(async (pairs: string[], options: { ifPresent?: boolean; errors?: boolean }) => {
      const { createPipeline } = await loadPipeline();
      const pipeline = createPipeline();
      for (const pair of pairs) {
        const [folder, gold] = pair.split('=');
        if (!folder || !gold) throw new InvalidArgumentError(`'${pair}' is not FOLDER=GOLD.jsonl`);
        if (!existsSync(folder) || !existsSync(gold)) {
          if (options.ifPresent) {
            process.stdout.write(`\n${folder}: skipped (not present; ../shared sits beside the checkout in CI)\n`);
            continue;
          }
          throw new InvalidArgumentError(`${existsSync(folder) ? gold : folder} does not exist`);
        }
        const predicted = readManifestCorpus(folder).map((article) => toEvalArticle(pipeline.process(article) as unknown as Parameters<typeof toEvalArticle>[0]));
        const report = evaluate(readEvalFile(gold), predicted);
        process.stdout.write(`\n${folder} against ${gold}\n${formatTable(report)}\n`);
        if (options.errors) process.stdout.write(`\n${formatErrors(report.errors)}\n`);
      }
    });

  cli
    .command('eval-sentences')
    .description('sentence-splitter F1 on Universal Dependencies CoNLL-U files')
    .argument('<files...>', 'CoNLL-U files')
    .option('-g, --group <n>', 'gold sentences joined per test text', positiveInteger, 10)
    .option('-l, --language <code>', 'dictionaries to use', 'id')
    .option('--errors', 'print the texts that were split wrongly')
    .option('--json', 'print JSON')
    .action(async (files: string[], options: { group: number; language: string; errors?: boolean; json?: boolean }) => {
      const { createPipeline, splitSentences, sentenceRules, tokenize } = await loadPipeline();
      const pipeline = createPipeline();
      const rules = sentenceRules(pipeline.profiles.get(options.language));
      const split = (text: string) => splitSentences(text, tokenize(text), [{ start: 0, end: text.length }], rules);
      const results = files.map((file) => {
        const misses: SentenceMiss[] = [];
        const result = { file, ...evaluateSentenceSplitter(conlluSentences(readFileSync(file, 'utf8')), split, options.group, misses) };
        if (options.errors && !options.json) {
          for (const miss of misses) process.stdout.write(`--- ${file}\nGOLD:\n  ${miss.gold.join('\n  ')}\nPRED:\n  ${miss.predicted.join('\n  ')}\n`);
        }
        return result;
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
        return;
      }
      for (const result of results) {
        process.stdout.write(`${result.file}\n  sentences ${result.gold} gold, ${result.predicted} predicted, ${result.correct} exact\n  P ${result.precision.toFixed(4)}  R ${result.recall.toFixed(4)}  F1 ${result.f1.toFixed(4)}\n`);
      }
    });

  cli
    .command('eval-language')
    .description('language-identification accuracy, per article and per sentence, on a corpus in one known language')
    .argument('<inputs...>', 'inputs as for `run`; a .conllu file adds its gold sentences, each judged alone')
    .requiredOption('-e, --expect <code>', 'the language the inputs are in (id, ms, en)')
    .option('--errors', 'print the misidentified sentences')
    .option('--json', 'print JSON')
    .action(async (inputs: string[], options: { expect: string; errors?: boolean; json?: boolean }) => {
      const treebanks = inputs.filter((input) => input.endsWith('.conllu'));
      const articles: ArticleInput[] = [];
      for await (const item of readInputs(inputs.filter((input) => !input.endsWith('.conllu')))) {
        // Judge the text, not the language the input declares.
        if (item.kind === 'article') articles.push({ id: item.article.id, text: item.article.text });
      }
      const sentences = treebanks.flatMap((file) => conlluSentences(readFileSync(file, 'utf8')));
      const { createPipeline, evaluateLanguage } = await loadPipeline();
      const result = evaluateLanguage(createPipeline(), articles, options.expect as LanguageCode, sentences);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        `articles   ${result.articlesCorrect}/${result.articles} correct (${percent(result.articles ? result.articlesCorrect / result.articles : 0)})\n` +
          `sentences  ${result.sentencesCorrect}/${result.sentences} correct (${percent(result.sentences ? result.sentencesCorrect / result.sentences : 0)})\n`,
      );
      if (options.errors) for (const miss of result.confusions) process.stdout.write(`  [${miss.detected}] ${miss.id}: ${miss.sentence}\n`);
    });

  cli
    .command('report')
    .description('write the review report: one self-contained HTML file to read, correct and export the extractions')
    .argument('<file>', 'JSONL output of `warta run`')
    .option('-o, --out <file>', 'HTML file to write', 'out/report.html')
    .option('-t, --title <title>', 'title of the report', 'Warta review')
    .action(async (file: string, options: { out: string; title: string }) => {
      let line = 0;
      async function* records(): AsyncGenerator<OutputRecord> {
        for await (const bytes of byteLines(createReadStream(file))) {
          line++;
          if (bytes === null) {
            process.stderr.write(`warta: ${file}:${line}: skipped, the line is too long\n`);
            continue;
          }
          if (!bytes.length) continue;
          try {
            yield JSON.parse(bytes.toString('utf8')) as OutputRecord;
          } catch (error) {
            process.stderr.write(`warta: ${file}:${line}: skipped, not JSON (${(error as Error).message})\n`);
          }
        }
      }
      const html = await renderReport(records(), options.title);
      await mkdir(dirname(options.out), { recursive: true });
      const temporary = `${options.out}.tmp-${process.pid}`;
      await writeFile(temporary, html);
      await rename(temporary, options.out);
      process.stderr.write(`warta: report of ${line} records written to ${options.out}\n`);
    });

  cli
    .command('validate')
    .description('check a JSONL output file against the record schema (output/schema/article.v1.json)')
    .argument('<file>', 'JSONL output of `warta run`')
    .action(async (file: string) => {
      let line = 0;
      let invalid = 0;
      for await (const bytes of byteLines(createReadStream(file))) {
        line++;
        if (bytes === null) {
          invalid++;
          process.stdout.write(`${file}:${line}: the line is too long\n`);
          continue;
        }
        if (!bytes.length) continue;
        let record: unknown;
        try {
          record = JSON.parse(bytes.toString('utf8'));
        } catch (error) {
          invalid++;
          process.stdout.write(`${file}:${line}: not JSON (${(error as Error).message})\n`);
          continue;
        }
        const result = validateRecord(record);
        if (!result.valid) {
          invalid++;
          process.stdout.write(`${file}:${line}: ${result.errors.join('; ')}\n`);
        }
      }
      process.stdout.write(`${line - invalid} of ${line} records valid\n`);
      if (invalid) process.exitCode = EXIT.failures;
    });
  queueCommands(cli);
  return cli;
}

/** Scale-out on BullMQ (Redis): enqueue, worker, status, collect (pipeline/queue/). */
function queueCommands(cli: Command): void {
  const requiredQueue = (command: Command): Command => command.requiredOption('--queue <url>', 'the Redis server, redis://HOST:PORT');
  requiredQueue(cli
    .command('enqueue')
    .description('split inputs, in input order, into chunks of N articles and add one job per chunk to the queue (again: adds nothing)')
    .argument('<inputs...>', '.txt files, folders, .jsonl files, or - for JSONL on stdin'))
    .requiredOption('--run <id>', 'the run id: letters, digits, ".", "_", "-"')
    .option('--chunk <n>', 'articles per chunk', positiveInteger, 500)
    .option('--attempts <n>', 'tries per chunk before it is marked failed', positiveInteger, 3)
    .option('--max-waiting <n>', 'wait while this many chunks wait for a worker, so Redis holds a bounded part of the corpus (0: never)', nonNegativeInteger, 0)
    .action(async (inputs: string[], options: { queue: string; run: string; chunk: number; attempts: number; maxWaiting: number }) => {
      const { enqueue } = await import('./queue/enqueue.js');
      const summary = await enqueue(inputs, { queue: options.queue, run: options.run, chunk: options.chunk, attempts: options.attempts, maxWaiting: options.maxWaiting });
      process.stderr.write(`warta: run ${summary.run}: ${summary.chunks} chunks (${summary.added} new), ${summary.articles} articles, in ${summary.seconds.toFixed(1)} s\n`);
    });

  requiredQueue(cli
    .command('worker')
    .description('process chunks from the queue on this machine until SIGTERM; records go to DIR/RUN/part-N.jsonl'))
    .requiredOption('--out-dir <dir>', 'where part files go (a shared filesystem when workers run on several machines)')
    .option('-j, --jobs <n>', 'worker threads (default: one per core)', positiveInteger)
    .option('--concurrency <n>', 'chunks in hand at once', positiveInteger, 2)
    .option('--lock <ms>', 'lock of a chunk in hand; a killed worker\'s chunk goes to another worker after about this long', positiveInteger, 30_000)
    .option('-d, --dict <file>', 'extra dictionary entries (JSON, see README); repeatable', collect, [] as string[])
    .option('--article-timeout <ms>', 'stop an article that takes longer than this, as an error record', positiveInteger, 300_000)
    .option('--worker-memory <mb>', 'heap limit of each worker thread', positiveInteger, 512)
    .option('-q, --quiet', 'no line per chunk on stderr')
    .action(async (options: { queue: string; outDir: string; jobs?: number; concurrency: number; lock: number; dict: string[]; articleTimeout: number; workerMemory: number; quiet?: boolean }) => {
      const { startWorker } = await import('./queue/worker.js');
      const { availableParallelism } = await import('node:os');
      const worker = await startWorker({
        queue: options.queue, outDir: options.outDir, jobs: options.jobs ?? availableParallelism(), concurrency: options.concurrency, lockMs: options.lock,
        dictionaries: options.dict, articleTimeoutMs: options.articleTimeout, workerMemoryMb: options.workerMemory,
        ...(options.quiet ? {} : { log: (line: string) => process.stderr.write(`${line}\n`) }),
      });
      for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void worker.stop());
      await worker.closed;
    });

  requiredQueue(cli
    .command('status')
    .description('a run\'s chunks waiting, active, done and failed, its articles per second, and the live workers'))
    .requiredOption('--run <id>', 'the run id')
    .option('--json', 'print JSON')
    .action(async (options: { queue: string; run: string; json?: boolean }) => {
      const { runStatus, formatStatus } = await import('./queue/status.js');
      const status = await runStatus(options.queue, options.run);
      process.stdout.write(options.json ? `${JSON.stringify(status, null, 2)}\n` : `${formatStatus(status)}\n`);
    });

  cli
    .command('collect')
    .description('concatenate a run\'s parts in chunk order into one JSONL file; refuses, listing the missing chunks, while the run is incomplete')
    .requiredOption('--run <id>', 'the run id')
    .requiredOption('--out-dir <dir>', 'the workers\' --out-dir')
    .requiredOption('-o, --out <file>', 'the JSONL file to write')
    .action(async (options: { run: string; outDir: string; out: string }) => {
      const { collect: collectRun, IncompleteRunError } = await import('./queue/collect.js');
      try {
        const summary = await collectRun(options.run, options.outDir, options.out);
        process.stderr.write(`warta: run ${options.run}: ${summary.chunks} parts, ${(summary.bytes / 1e6).toFixed(1)} MB, written to ${summary.out}\n`);
      } catch (error) {
        if (!(error instanceof IncompleteRunError)) throw error;
        process.stderr.write(`warta: ${error.message}\n`);
        process.exitCode = EXIT.failures;
      }
    });
}

export async function main(argv: string[]): Promise<number> {
  const cli = program();
  try {
    await cli.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if ((error as Error).name === 'QueueUsageError') {
      process.stderr.write(`warta: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`warta: ${(error as Error).message}\n`);
    return EXIT.fatal;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
}

process.exitCode = await main(process.argv.slice(2));
