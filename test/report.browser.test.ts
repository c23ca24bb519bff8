/**
 * The review report in a real browser: Playwright (playwright-core) drives Debian's Chromium.
 * `.ci/run` installs the `chromium` package; without it the test skips, saying so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readEvalFile } from '../pipeline/evaluation/gold.js';
import { evaluate } from '../pipeline/evaluation/metrics.js';
import { ROOT } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const CLI = join(ROOT, 'dist', 'pipeline', 'cli.js');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const dir = mkdtempSync(join(tmpdir(), 'warta-report-'));
const jsonl = join(dir, 'articles.jsonl');
const html = join(dir, 'report.html');

const HOSTILE = [
  'Warga melapor: <img src=x onerror="alert(1)"> dan <script>alert(2)</script> muncul di situs itu.',
  '"Kami tidak tahu siapa pelakunya," kata Kapolres Budi Santoso kepada wartawan.',
].join('\n\n');

function warta(args: string[], input?: string): void {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`warta ${args.join(' ')} failed: ${result.stderr}`);
}

const describeBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) {
  describe('review report in a browser', () => it.skip(`skipped: ${CHROMIUM} is absent (apt-get install chromium)`, () => undefined));
}

describeBrowser('review report in a browser', () => {
  let browser: Browser;
  let page: Page;
  let records: Array<{ id: string; quotes?: unknown[] }>;
  /** Every dialog a script opened: none may open. */
  const dialogs: string[] = [];

  beforeAll(async () => {
    const hostileInput = join(dir, 'hostile.jsonl');
    writeFileSync(hostileInput, `${JSON.stringify({ id: 'hostile</script><script>alert(3)</script>', title: '<b onmouseover=alert(1)>judul</b>', text: HOSTILE })}\n`);
    warta(['run', 'corpus/seeds', hostileInput, '--out', jsonl, '--jobs', '1', '-q']);
    warta(['report', jsonl, '--out', html]);
    records = readFileSync(jsonl, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; quotes?: unknown[] });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1500, height: 900 } });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`file://${html}`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('highlights every quote of the output in its article', async () => {
    let shown = 0;
    for (let index = 0; index < records.length; index++) {
      await page.evaluate((i) => (globalThis as unknown as { wartaReport: { open(i: number): void } }).wartaReport.open(i), index);
      shown += await page.locator('.text [data-q]').count();
    }
    const expected = records.reduce((sum, record) => sum + (record.quotes?.length ?? 0), 0);
    expect(expected).toBeGreaterThan(50);
    expect(shown).toBe(expected);
  });

  it('shows hostile article text as text and never runs it', async () => {
    await page.locator('.row', { hasText: '<b onmouseover' }).click();
    await page.locator('.row', { hasText: '<b onmouseover' }).hover();
    expect(dialogs).toEqual([]);
    expect(await page.locator('main img, main script, main b[onmouseover]').count()).toBe(0);
    await expect(page.locator('.text').textContent()).resolves.toContain('<img src=x onerror="alert(1)"> dan <script>alert(2)</script>');
    await expect(page.locator('main h2').first().textContent()).resolves.toBe('<b onmouseover=alert(1)>judul</b>');
  });

  it('keeps a corrected speaker across a reload, and exports corrections that warta eval reads', async () => {
    await page.locator('.row', { hasText: '002_5fc12fedd384c8a6' }).click();
    const item = page.locator('.item[data-key="q0"]');
    await item.locator('.what').click();
    await item.locator('select[data-act="speaker"]').selectOption('Wendy Sherman');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png') });

    await page.reload();
    await page.locator('.row', { hasText: '002_5fc12fedd384c8a6' }).click();
    await expect(page.locator('.item[data-key="q0"] select[data-act="speaker"]').inputValue()).resolves.toBe('Wendy Sherman');
    await expect(page.locator('.item[data-key="q0"]').getAttribute('data-status')).resolves.toBe('corrected');

    await page.locator('.item[data-key="q1"] button[data-act="reject"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const exported = join(dir, 'corrections.jsonl');
    await download.saveAs(exported);
    const gold = readEvalFile(exported);
    expect(gold.map((article) => article.id)).toEqual(records.map((record) => record.id));
    const corrected = JSON.parse(readFileSync(exported, 'utf8').split('\n')[2]!) as { quotes: Array<{ speaker: string | null; text: string }>; nonQuotes: string[] };
    expect(corrected.quotes[0]!.speaker).toBe('Wendy Sherman');
    expect(corrected.nonQuotes).toHaveLength(1);
    // The export is gold data: the pipeline's output scored against it.
    const report = evaluate(gold, readEvalFile(jsonl));
    expect(report.quotes.fp).toBe(1);
    expect(report.speakers.correct).toBe(report.speakers.total - 1);
  });
});
