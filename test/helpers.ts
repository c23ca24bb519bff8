import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline, type Pipeline } from '../pipeline/pipeline.js';
import type { ArticleRecord, OutputRecord } from '../output/types.js';
import { isErrorRecord } from '../output/types.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS_DIR = join(ROOT, 'corpus', 'seeds');
/** ../shared beside the checkout: the UD treebanks and the English/Malay corpora live there, never in the repo. */
export const SHARED_DIR = join(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED_DIR, 'data', 'ud'));

/** `describe` that skips, saying why, when ../shared is absent. */
export function describeWithShared(name: string, body: () => void): void {
  if (HAS_SHARED) {
    describe(name, body);
  } else {
    describe(name, () => {
      it.skip(`skipped: ${SHARED_DIR} is absent (it holds the UD treebanks and the English/Malay corpora)`, () => undefined);
    });
  }
}

let shared: Pipeline | null = null;
/** One pipeline for the whole test file: loading dictionaries and wink's model takes a moment. */
export function pipeline(): Pipeline {
  shared ??= createPipeline();
  return shared;
}

export function article(record: OutputRecord): ArticleRecord {
  if (isErrorRecord(record)) throw new Error(`expected an article record, got error ${record.error.code}: ${record.error.message}`);
  return record;
}

/** Processes raw text as an article and returns its record. */
export function processText(text: string, extra: Record<string, string> = {}): ArticleRecord {
  return article(pipeline().process({ id: 'test', text, ...extra }));
}

/** The text of each sentence (offsets are code points). */
export function sentenceTexts(record: ArticleRecord): string[] {
  const characters = [...record.text];
  return record.sentences.map((span) => characters.slice(span.start, span.end).join(''));
}

export function readSeed(id: string): string {
  return readFileSync(join(SEEDS_DIR, `${id}.txt`), 'utf8');
}

/** The built CLI (dist/): tests run it as a user would; `npm test` builds it first. */
export const CLI = join(ROOT, 'dist', 'pipeline', 'cli.js');

/** Runs `warta ARGS` in the project root, with `input` on stdin. */
export function warta(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
