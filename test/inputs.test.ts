import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { byteLines, readInputs, splitTitle, type InputItem } from '../pipeline/inputs.js';

async function collect(inputs: string[], stdin?: Readable): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs, stdin ? { stdin } : {})) items.push(item);
  return items;
}

function summary(item: InputItem): string {
  return item.kind === 'article' ? `article ${item.article.id}` : `error ${item.record.id} ${item.record.error.code} line ${item.record.error.line}`;
}

const dir = mkdtempSync(join(tmpdir(), 'warta-inputs-'));

describe('inputs', () => {
  it('takes the first line of a .txt file as the title when a blank line follows it', () => {
    expect(splitTitle('Judul Berita\n\nIsi berita.\nLagi.')).toEqual({ title: 'Judul Berita', body: 'Isi berita.\nLagi.' });
    expect(splitTitle('Kalimat pertama.\nKalimat kedua.')).toEqual({ body: 'Kalimat pertama.\nKalimat kedua.' });
    expect(splitTitle('Judul\r\n\r\nIsi.')).toEqual({ title: 'Judul', body: 'Isi.' });
    expect(splitTitle('Sekjen NATO: Risiko Konflik dengan Rusia Itu Nyata!\n\nIsi.').title).toBe('Sekjen NATO: Risiko Konflik dengan Rusia Itu Nyata!');
    expect(splitTitle('Ternyata Ini Penyebabnya...\n\nIsi.').title).toBe('Ternyata Ini Penyebabnya...');
  });

  it('keeps a lead paragraph or a timestamp line that opens the file in the body', () => {
    const lead = 'TEMPO.CO, Jakarta - KPK menetapkan Gubernur Kalimantan Selatan Sahbirin Noor sebagai tersangka.\n\nWakil Ketua KPK mengatakan.';
    expect(splitTitle(lead)).toEqual({ body: lead });
    const timestamp = 'Kompas.com - 03/12/2024, 10:15 WIB\n\nJAKARTA, KOMPAS.com - Stok beras aman.';
    expect(splitTitle(timestamp)).toEqual({ body: timestamp });
    expect(splitTitle('Diterbitkan: 2 Mac 2026, 10:15 MYT\n\nIsi.')).toEqual({ body: 'Diterbitkan: 2 Mac 2026, 10:15 MYT\n\nIsi.' });
  });

  it('reads every .txt below a folder, sorted, and names articles after their files', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(join(folder, 'b-sub'), { recursive: true });
    writeFileSync(join(folder, 'c.txt'), 'Isi c.');
    writeFileSync(join(folder, 'a.txt'), 'Judul A\n\nIsi a.');
    writeFileSync(join(folder, 'b-sub', 'x.txt'), 'Isi x.');
    writeFileSync(join(folder, 'notes.md'), 'bukan artikel');
    const items = await collect([folder]);
    expect(items.map(summary)).toEqual(['article a', 'article x', 'article c']);
    expect(items[0]).toMatchObject({ article: { title: 'Judul A', text: 'Isi a.', path: join(folder, 'a.txt') } });
  });

  it('turns each bad JSONL line into an error record in its place and goes on', async () => {
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, Buffer.concat([
      Buffer.from('{"id":"ok1","text":"Isi satu.","published":"2022-01-08","url":"https://contoh.id/a"}\n'),
      Buffer.from('{"id":"broken", "text": \n'),
      Buffer.from('[1,2,3]\n'),
      Buffer.from('{"id":"notext"}\n'),
      Buffer.from('{"id":"numtext","text":42}\n'),
      Buffer.from('{"id":"bad-utf8","text":"caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n'),
      Buffer.from('\n'),
      Buffer.from('{"text":"Tanpa id."}\r\n'),
      Buffer.from('{"id":"empty","text":"   "}\n'),
      Buffer.from('{"id":"badfield","text":"Isi.","title":7}\n'),
      Buffer.from('{"id":7,"text":"Isi tujuh."}'),
    ]));
    const items = await collect([file]);
    expect(items.map(summary)).toEqual([
      'article ok1',
      'error batch:2 invalid-json line 2',
      'error batch:3 not-an-object line 3',
      'error notext missing-text line 4',
      'error numtext missing-text line 5',
      'error batch:6 invalid-utf8 line 6',
      'article batch:8',
      'error empty empty-text line 9',
      'error badfield invalid-field line 10',
      'article 7',
    ]);
    expect(items[0]).toEqual({ kind: 'article', article: { id: 'ok1', text: 'Isi satu.', published: '2022-01-08', url: 'https://contoh.id/a', path: file, line: 1 }, bytes: 85 });
    const error = items[1]!;
    expect(error.kind === 'error' && error.record.error).toEqual({ code: 'invalid-json', message: expect.stringContaining('not valid JSON'), file, line: 2 });
  });

  it('gives error records for unreadable, empty, non-UTF-8 and unsupported files', async () => {
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]));
    writeFileSync(join(dir, 'data.csv'), 'a,b');
    const items = await collect([join(dir, 'missing.txt'), join(dir, 'empty.txt'), join(dir, 'latin1.txt'), join(dir, 'data.csv')]);
    expect(items.map(summary)).toEqual([
      'error missing unreadable-file line null',
      'error empty empty-text line null',
      'error latin1 invalid-utf8 line null',
      'error data unsupported-input line null',
    ]);
  });

  it('reads JSONL from standard input for -', async () => {
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"Satu."}\n{"id":"s2",'), Buffer.from('"text":"Dua."}\n')]);
    expect((await collect(['-'], stdin)).map(summary)).toEqual(['article s1', 'article s2']);
  });
});

describe('byteLines', () => {
  async function* chunks(...parts: string[]): AsyncGenerator<Buffer> {
    for (const part of parts) yield Buffer.from(part);
  }
  const collect = async (lines: AsyncIterable<Buffer | null>): Promise<Array<string | null>> => {
    const out: Array<string | null> = [];
    for await (const line of lines) out.push(line === null ? null : line.toString());
    return out;
  };

  it('splits lines across chunks, LF and CRLF, and keeps a last line without a newline', async () => {
    expect(await collect(byteLines(chunks('a\r\nb', 'c\n', '\nd')))).toEqual(['a', 'bc', '', 'd']);
  });

  it('drops a line longer than the limit as it streams, yielding null in its place, and goes on', async () => {
    expect(await collect(byteLines(chunks('ok\n', 'x'.repeat(6), 'y'.repeat(6), 'z\nnext\n'), 10))).toEqual(['ok', null, 'next']);
  });
});
