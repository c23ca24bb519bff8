/** The benches' synthetic corpus: articles repeated with distinct ids, as one JSONL file. */
import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { readInputs } from './inputs.js';
import type { ArticleInput } from './types.js';
import { PACKAGE_ROOT } from './paths.js';

/** Every article of the inputs (by default every .txt below corpus/), read as `warta run` reads them. */
async function sampleArticles(inputs: readonly string[]): Promise<ArticleInput[]> {
  const articles: ArticleInput[] = [];
  for await (const item of readInputs(inputs.length ? [...inputs] : [join(PACKAGE_ROOT, 'corpus')])) {
    if (item.kind === 'article') articles.push({ id: item.article.id, text: item.article.text, ...(item.article.title ? { title: item.article.title } : {}) });
  }
  return articles;
}

export async function buildCorpus(path: string, size: number, inputs: readonly string[]): Promise<{ texts: string[]; bytes: number }> {
  const samples = await sampleArticles(inputs);
  if (!samples.length) throw new Error(`no articles in ${inputs.join(', ')}`);
  const out = createWriteStream(path);
  const texts: string[] = [];
  for (let index = 0; index < size; index++) {
    const sample = samples[index % samples.length]!;
    texts.push(sample.text);
    if (!out.write(`${JSON.stringify({ ...sample, id: `${sample.id}#${index}` })}\n`)) await once(out, 'drain');
  }
  await new Promise<void>((resolve) => out.end(resolve));
  return { texts, bytes: statSync(path).size };
}

