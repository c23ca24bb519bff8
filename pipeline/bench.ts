/**
 * `npm run bench`: throughput and memory of the pipeline on the sample corpus, repeated.
 * In-thread (one core), so that figures compare across machines of different core counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPipeline } from './pipeline.js';
import { splitTitle } from './inputs.js';
import { PACKAGE_ROOT } from './paths.js';
import type { ArticleInput } from './types.js';

const repeats = Number(process.argv[2] ?? 200);
const dir = join(PACKAGE_ROOT, 'corpus', 'seeds');
const seeds: ArticleInput[] = readdirSync(dir).filter((file) => file.endsWith('.txt')).sort().map((file) => {
  const { title, body } = splitTitle(readFileSync(join(dir, file), 'utf8'));
  return { id: file, text: body, ...(title ? { title } : {}) };
});
const pipeline = createPipeline();
for (const article of seeds) pipeline.process(article); // warm-up: JIT, lazy model load

const before = pipeline.timings();
const started = performance.now();
let characters = 0;
for (let round = 0; round < repeats; round++) {
  for (const article of seeds) {
    pipeline.process({ ...article, id: `${article.id}-${round}` });
    characters += article.text.length;
  }
}
const seconds = (performance.now() - started) / 1000;
const articles = repeats * seeds.length;
process.stdout.write(`warta bench: ${articles} articles (${(characters / 1e6).toFixed(1)} MB of text) in ${seconds.toFixed(2)} s on one thread\n`);
process.stdout.write(`  ${(articles / seconds).toFixed(0)} articles/s, ${(characters / 1e6 / seconds).toFixed(2)} MB/s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
for (const [index, timing] of pipeline.timings().entries()) {
  const ms = timing.ms - (before[index]?.ms ?? 0);
  process.stdout.write(`  ${timing.name.padEnd(10)} ${(ms / articles).toFixed(3)} ms/article (${((ms / (seconds * 1000)) * 100).toFixed(0)} %)\n`);
}
