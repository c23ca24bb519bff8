/**
 * `npm run bench:report [N]`: builds the review report for N articles (the sample corpus repeated
 * with distinct ids, 10,000 by default) and, where Debian's Chromium is installed, measures how
 * long the page takes to open and to show an article.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPipeline } from './pipeline.js';
import { splitTitle } from './inputs.js';
import { PACKAGE_ROOT } from './paths.js';
import { renderReport } from '../output/report.js';
import type { OutputRecord } from '../output/types.js';

const CHROMIUM = '/usr/bin/chromium';
const count = Number(process.argv[2] ?? 10_000);
const dir = join(PACKAGE_ROOT, 'corpus', 'seeds');
const pipeline = createPipeline();
const seeds: OutputRecord[] = readdirSync(dir).filter((file) => file.endsWith('.txt')).sort().map((file) => {
  const { title, body } = splitTitle(readFileSync(join(dir, file), 'utf8'));
  return pipeline.process({ id: file.replace(/\.txt$/, ''), text: body, ...(title ? { title } : {}) });
});

function* records(): Generator<OutputRecord> {
  for (let index = 0; index < count; index++) {
    const seed = seeds[index % seeds.length]!;
    yield { ...seed, id: `${seed.id}-${index}` };
  }
}

const started = performance.now();
const html = await renderReport(records(), `Bench: ${count} articles`);
const file = join(tmpdir(), `warta-report-${count}.html`);
writeFileSync(file, html);
process.stdout.write(`warta report bench: ${count} articles, ${(statSync(file).size / 1e6).toFixed(1)} MB of HTML, built in ${((performance.now() - started) / 1000).toFixed(2)} s\n`);

if (!existsSync(CHROMIUM)) {
  process.stdout.write(`  (no browser measurement: ${CHROMIUM} is absent)\n`);
} else {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  const opened = performance.now();
  await page.goto(`file://${file}`);
  await page.waitForSelector('.cards');
  const openSeconds = (performance.now() - opened) / 1000;
  const rows = await page.locator('.row').count();
  const clicks = performance.now();
  for (let index = 0; index < 50; index++) await page.keyboard.press('j');
  await page.waitForSelector('.text');
  const perArticle = (performance.now() - clicks) / 50;
  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  process.stdout.write(`  opens in ${openSeconds.toFixed(2)} s; the list renders ${rows} rows of ${count}; next article in ${perArticle.toFixed(0)} ms; JS heap ${(heap / 1e6).toFixed(0)} MB\n`);
  await browser.close();
}
