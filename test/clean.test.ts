import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readTextFile } from '../pipeline/inputs.js';
import { findDateline } from '../extractors/clean/dateline.js';
import { createTimestampReader, normalisePublished } from '../extractors/clean/timestamp.js';
import { looksLikeName } from '../extractors/clean/index.js';
import { article, pipeline, processText, SEEDS_DIR } from './helpers.js';

async function seedRecord(id: string) {
  const item = await readTextFile(join(SEEDS_DIR, `${id}.txt`));
  if (item.kind !== 'article') throw new Error(item.record.error.message);
  return article(pipeline().process(item.article));
}

describe('clean: boilerplate removal', () => {
  it('removes every kind of boilerplate from the seed articles and nothing of the article', async () => {
    const boilerplate = [
      /Baca Juga/i, /Artikel Terkait/, /Berita Terkait/, /Video Rekomendasi/, /^Rekomendasi$/m, /^Terpopuler$/m,
      /Advertisement/, /SCROLL TO CONTINUE/i, /^Share$/m, /Leave a Reply/, /Your email address will not be published/,
      /tulis komentar anda/, /^Follow$/m, /googletag/, /Untuk mengetahui kebenaran informasi/, /Dapatkan berita terkini/,
      /\(RM\)/, /\(min\)/, /^Sumber$/m, /^Penulis$/m,
    ];
    for (const file of readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'))) {
      const record = await seedRecord(file.replace(/\.txt$/, ''));
      for (const pattern of boilerplate) expect({ file, found: pattern.test(record.text) }).toEqual({ file, found: false });
    }
  });

  it('records what it removed, with the reason', async () => {
    const record = await seedRecord('000_822bd5769c80e2c5');
    expect(record.boilerplate).toEqual([
      { text: 'Sumber', reason: 'source-label' },
      { text: 'Share', reason: 'share-widget' },
      { text: 'Leave a Reply', reason: 'comment-widget' },
      { text: 'Your email address will not be published.', reason: 'comment-widget' },
      { text: '(RM)', reason: 'editor-initials' },
    ]);
    expect(record.text.endsWith('kegagalan pembicaraan Rusia-NATO di Brussel.')).toBe(true);
  });

  it('keeps captions, datelines and timestamp lines, which belong to the article', async () => {
    const record = await seedRecord('003_cea940d86b109a50');
    expect(record.text.startsWith('Sabtu, 08 Januari 2022 - 13:03 WIB\n\nSekretaris Jenderal NATO Jens Stoltenberg sebut risiko konflik dengan Rusia nyata. Foto/REUTERS\n\nBRUSSELS - ')).toBe(true);
  });

  it('removes a related-articles section with its headlines, up to the next paragraph of prose', () => {
    const record = processText(
      'Menteri itu berbicara di Jakarta.\n\nBerita Terkait\nHarga Cabai Naik Lagi di Pasar Induk\nBanjir Rendam Ratusan Rumah\nWarga diminta tetap waspada terhadap banjir susulan.',
    );
    expect(record.text).toBe('Menteri itu berbicara di Jakarta.\n\nWarga diminta tetap waspada terhadap banjir susulan.');
    expect(record.boilerplate.map((block) => block.reason)).toEqual(['read-more', 'read-more', 'read-more']);
  });

  it('removes script lines and trailing editor initials', () => {
    const record = processText('googletag.cmd.push(function() { googletag.display("div-1"); });\nPresiden meresmikan jembatan itu pada Senin. (ant/ded)');
    expect(record.text).toBe('Presiden meresmikan jembatan itu pada Senin.');
    expect(record.boilerplate).toEqual([
      { text: 'googletag.cmd.push(function() { googletag.display("div-1"); });', reason: 'script' },
      { text: '(ant/ded)', reason: 'editor-initials' },
    ]);
  });

  it('keeps a bracketed acronym that ends a sentence', () => {
    const record = processText('Dia bekerja di Amerika Serikat (AS).');
    expect(record.text).toBe('Dia bekerja di Amerika Serikat (AS).');
    expect(record.boilerplate).toEqual([]);
  });

  it('normalises whitespace and invisible characters without dropping visible text', () => {
    const record = processText('\uFEFFKalimat\u00A0pertama\u200B ini.\r\n\r\n\tKalimat   kedua.');
    expect(record.text).toBe('Kalimat pertama ini.\n\nKalimat kedua.');
  });
});

describe('clean: title, byline, dateline and publication time', () => {
  it('reads seed 003\'s timestamp line as its publication time', async () => {
    const record = await seedRecord('003_cea940d86b109a50');
    expect(record.meta).toEqual({
      title: 'Sekjen NATO: Risiko Konflik dengan Rusia Itu Nyata!',
      published: '2022-01-08T13:03+07:00',
      publishedFrom: 'text',
      author: null,
      dateline: 'BRUSSELS',
      outlet: null,
    });
  });

  it('reads a headline that opens with a name and a colon as a headline, not as a dateline', () => {
    const record = processText('BPS: Inflasi Januari 2022 Capai 0,56 Persen\nJAKARTA, KOMPAS.com - Badan Pusat Statistik mencatat inflasi Januari sebesar 0,56 persen.');
    expect([record.meta.dateline, record.meta.outlet]).toEqual(['JAKARTA', 'KOMPAS.com']);
    // A Malaysian dateline with a colon still opens its paragraph.
    expect(processText('Banjir Kilat di Kota Bharu\nKOTA BHARU: Banjir kilat melanda tiga kampung semalam.', { language: 'ms' }).meta.dateline).toBe('KOTA BHARU');
  });

  it('reads the byline and the outlet dateline of seed 004', async () => {
    const record = await seedRecord('004_7368bc5bb465d1ca');
    expect(record.meta.author).toBe('Tatik Ariyani');
    expect(record.meta.outlet).toBe('Intisari-Online.com');
    expect(record.meta.published).toBeNull();
  });

  it('reads the author of a byline that goes on with other fields', () => {
    expect(processText('Judul berita\n\nPenulis: Ade Miranti Karunia | Editor: Erlangga Djumena\n\nIsi berita ini.').meta.author).toBe('Ade Miranti Karunia');
    expect(processText('Judul berita\n\nReporter: Budi Santoso, Editor: Siti Aminah\n\nIsi berita ini.').meta.author).toBe('Budi Santoso');
    expect(processText('Storm hits Texas\n\nBy JAMIE STENGLE Associated Press\n\nThe storm hit.', { language: 'en' }).meta.author).toBe('JAMIE STENGLE');
  });

  it('reads a byline at the foot of the article, where it may list several names', () => {
    const body = 'Paragraf pertama berita ini.\n\nParagraf kedua berita ini.\n\nParagraf ketiga berita ini.\n\nParagraf keempat berita ini.\n\nParagraf kelima berita ini.\n\nParagraf keenam berita ini.\n\nParagraf ketujuh berita ini.\n\nParagraf kedelapan berita ini.\n\nParagraf kesembilan berita ini.';
    expect(processText(`Judul berita\n\n${body}\n\nPenulis: Rizky Syahrial\n\nEditor: Ihsanuddin`).meta.author).toBe('Rizky Syahrial');
    expect(processText(`Judul berita\n\n${body}\n\nReporting by Andreas Rinke and Sarah Marsh; Editing by Madeline Chambers`, { language: 'en' }).meta.author).toBe('Andreas Rinke and Sarah Marsh');
    // At the foot a sentence that opens with a prefix word is no byline.
    expect(processText(`Judul berita\n\n${body}\n\nOleh karena itu warga diminta waspada.`).meta.author).toBeNull();
  });

  it('lets input metadata win over the text', () => {
    const record = processText('Sabtu, 08 Januari 2022 - 13:03 WIB\nIsi berita ini.', { published: '2022-01-09' });
    expect(record.meta.published).toBe('2022-01-09');
    expect(record.meta.publishedFrom).toBe('input');
  });

  it('reads a labelled timestamp line at the foot of the article, and no lone date there', () => {
    const body = 'KUALA LUMPUR: Kerajaan akan memperkenalkan mekanisme baharu.\nBeliau berkata langkah itu penting.\nPada Jun lalu, subsidi diesel dirasionalisasi.\nKetiga.\nKeempat.\nKelima.\nKeenam.\nKetujuh.\nKelapan.';
    expect(processText(`${body}\nDiterbitkan: Jumaat, 18 Oktober 2024 @ 5:30 PM`, { language: 'ms' }).meta.published).toBe('2024-10-18T17:30');
    expect(processText(`${body}\nDiterbitkan pada: Rabu, 11 Disember 2024 @ 3:15 PM`, { language: 'ms' }).meta.published).toBe('2024-12-11T15:15');
    expect(processText(`${body}\nJumaat, 18 Oktober 2024`, { language: 'ms' }).meta.published).toBeNull();
  });

  it('warns about an unreadable input date and falls back to the text', () => {
    const record = processText('Kamis, 13 Januari 2022 10:15 WITA\nIsi berita ini.', { published: 'last Tuesday' });
    expect(record.meta.published).toBe('2022-01-13T10:15+08:00');
    expect(record.warnings.map((warning) => warning.code)).toEqual(['invalid-published']);
  });

  // Each line, and what it reads as (null: no timestamp).
  it.each<[string, string | null]>([
    ['Sabtu, 08 Januari 2022 - 13:03 WIB', '2022-01-08T13:03+07:00'],
    ['Selasa, 4 Okt 2022 | 09.30 WIT', '2022-10-04T09:30+09:00'],
    ['Diperbarui 12/01/2022, 21:15 WIB', '2022-01-12T21:15+07:00'],
    ['Jumat, 14 Januari 2022', '2022-01-14'],
    ['Isnin, 18 Julai 2018', '2018-07-18'],
    ['November 20, 2019', '2019-11-20'],
    // The site's name before a dash or bar.
    ['Kompas.com - 03/09/2022, 14:30 WIB', '2022-09-03T14:30+07:00'],
    ['CNN Indonesia | Sabtu, 03/09/2022 14:30 WIB', '2022-09-03T14:30+07:00'],
    // A field of a byline line, a 12-hour clock, a time before the date.
    ['Oleh Nor Amalina Alias - Disember 2, 2022 @ 10:15am', '2022-12-02T10:15'],
    ['November 20, 2019 @ 12:30pm', '2019-11-20T12:30'],
    ['November 20, 2019 @ 12:30am', '2019-11-20T00:30'],
    ['Published 6:42 PM CST, February 1, 2023', '2023-02-01T18:42-06:00'],
    ['31 Februari 2022', null],
    ['Rabu (12/1/2022) pembicaraan berlangsung di Jenewa.', null],
  ])('reads the timestamp formats of Indonesian, Malaysian and English sites: %s', (line, expected) => {
    expect(createTimestampReader(pipeline().profiles.all).read(line)).toBe(expected);
  });

  it('normalises input publication dates', () => {
    expect(normalisePublished('2019-11-20T05:52:20-05:00')).toBe('2019-11-20T05:52:20-05:00');
    expect(normalisePublished('2019-11-20T07:30:38Z')).toBe('2019-11-20T07:30:38Z');
    expect(normalisePublished('2022-01-08 13:03:00+0700')).toBe('2022-01-08T13:03+07:00');
    expect(normalisePublished('2022-02-30')).toBeNull();
  });

  it('finds datelines of the common shapes', () => {
    expect(findDateline('JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan')).toEqual({ place: 'JAKARTA', outlet: 'KOMPAS.com', span: { start: 0, end: 22 } });
    expect(findDateline('MEDAN (Waspada) - Hujan deras')).toMatchObject({ place: 'MEDAN', outlet: 'Waspada' });
    expect(findDateline('BANDUNG, detikJabar - Banjir merendam')).toEqual({ place: 'BANDUNG', outlet: 'detikJabar', span: { start: 0, end: 22 } });
    expect(findDateline('KUALA LUMPUR 18 Julai - Parti itu')).toMatchObject({ place: 'KUALA LUMPUR', outlet: null });
    expect(findDateline('Liputan6.com, Jakarta - Polisi menangkap')).toMatchObject({ place: 'Jakarta', outlet: 'Liputan6.com' });
    expect(findDateline('Intisari-Online.com -Beberapa waktu lalu')).toMatchObject({ place: null, outlet: 'Intisari-Online.com' });
    expect(findDateline('Jakarta - Presiden Joko Widodo')).toMatchObject({ place: 'Jakarta', span: { start: 0, end: 10 } });
    expect(findDateline('KOTA BHARU: Seramai 5,123 mangsa banjir')).toEqual({ place: 'KOTA BHARU', outlet: null, span: { start: 0, end: 12 } });
    expect(findDateline('Jakarta (ANTARA) - Komisi Pemberantasan Korupsi')).toEqual({ place: 'Jakarta', outlet: 'ANTARA', span: { start: 0, end: 19 } });
    expect(findDateline('CUPERTINO, Calif. (Reuters) - Apple Inc on Tuesday')).toEqual({ place: 'CUPERTINO', outlet: 'Reuters', span: { start: 0, end: 30 } });
    expect(findDateline('TRIBUNNEWS.COM, BOGOR - Warga Desa Sukamaju')).toEqual({ place: 'BOGOR', outlet: 'TRIBUNNEWS.COM', span: { start: 0, end: 24 } });
    // The site in capitals, then the place in title case; an agency's dateline with the day it was filed.
    expect(findDateline('TEMPO.CO, Jakarta - Wakil Ketua Komisi VII')).toEqual({ place: 'Jakarta', outlet: 'TEMPO.CO', span: { start: 0, end: 20 } });
    expect(findDateline('TOKYO, Nov 16 (Reuters) - Japan\'s exports fell')).toEqual({ place: 'TOKYO', outlet: 'Reuters', span: { start: 0, end: 26 } });
    // A state and the day both: 'SANTA CLARA, California, Nov 20 (Reuters) - '.
    expect(findDateline('SANTA CLARA, California, Nov 20 (Reuters) - Nvidia forecast revenue')).toEqual({ place: 'SANTA CLARA', outlet: 'Reuters', span: { start: 0, end: 44 } });
    expect(findDateline('WASHINGTON, Jan. 5 (AP) — The Senate voted')).toMatchObject({ place: 'WASHINGTON', outlet: 'AP' });
    // Bernama writes the day before the month: 'KUALA TERENGGANU, 28 Nov (Bernama) -- '.
    expect(findDateline('KUALA TERENGGANU, 28 Nov (Bernama) -- Jumlah mangsa banjir')).toEqual({ place: 'KUALA TERENGGANU', outlet: 'Bernama', span: { start: 0, end: 38 } });
    expect(findDateline('AS dan sekutu baratnya khawatir')).toBeNull();
    expect(findDateline('Namun - seperti biasa - dia datang')).toBeNull();
  });

  it('tells a name from a sentence', () => {
    expect(looksLikeName('Tatik Ariyani')).toBe(true);
    expect(looksLikeName('Muhd Izawan bin Baharin')).toBe(true);
    expect(looksLikeName('Sekutu NATO menolak.')).toBe(false);
    expect(looksLikeName('Namun, Rusia mengelak hal tersebut')).toBe(false);
  });
});
