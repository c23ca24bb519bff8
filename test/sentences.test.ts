import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences, sentenceRules } from '../extractors/sentences/index.js';
import { tokenize } from '../extractors/tokens/index.js';
import { conlluSentences, evaluateSentenceSplitter } from '../pipeline/evaluation/sentences.js';
import { describeWithShared, pipeline, processText, sentenceTexts, SHARED_DIR } from './helpers.js';

function split(text: string): string[] {
  return sentenceTexts(processText(text));
}

describe('sentences: Indonesian rules', () => {
  it('splits on full stops, question and exclamation marks', () => {
    expect(split('Hujan turun deras. Apakah banjir datang? Ya! Warga mengungsi.')).toEqual([
      'Hujan turun deras.', 'Apakah banjir datang?', 'Ya!', 'Warga mengungsi.',
    ]);
  });

  it('always ends a sentence at a paragraph break', () => {
    expect(split('Judul tanpa titik\n\nKalimat pertama tanpa titik\nKalimat kedua.')).toEqual([
      'Judul tanpa titik', 'Kalimat pertama tanpa titik', 'Kalimat kedua.',
    ]);
  });

  it('does not split after abbreviations, titles and initials', () => {
    expect(split('Prof. Dr. H. Ahmad Syafii, S.H., M.Si. tinggal di Jl. Sudirman No. 5 Kab. Bogor. Dia datang.')).toEqual([
      'Prof. Dr. H. Ahmad Syafii, S.H., M.Si. tinggal di Jl. Sudirman No. 5 Kab. Bogor.', 'Dia datang.',
    ]);
    expect(split('Dia membeli buah, sayur, dll. Kemudian dia pulang.')).toEqual(['Dia membeli buah, sayur, dll.', 'Kemudian dia pulang.']);
    expect(split('Saham PT. Astra Tbk. (ASII) naik. Investor senang.')).toEqual(['Saham PT. Astra Tbk. (ASII) naik.', 'Investor senang.']);
  });

  it('matches abbreviations case-sensitively: "hal." is a word, "Hal." an abbreviation', () => {
    expect(split('Mereka melakukan banyak hal. Lalu iklan berhenti.')).toEqual(['Mereka melakukan banyak hal.', 'Lalu iklan berhenti.']);
  });

  it('keeps numbers, dates, domains, URLs and e-mail addresses whole', () => {
    expect(split('Pada Rabu (12/1/2022) 13.000 orang, atau 3,5 persen, membuka SINDOnews.com dan https://contoh.co.id/a.b?c=1 serta surat@contoh.co.id. Lalu selesai.')).toEqual([
      'Pada Rabu (12/1/2022) 13.000 orang, atau 3,5 persen, membuka SINDOnews.com dan https://contoh.co.id/a.b?c=1 serta surat@contoh.co.id.',
      'Lalu selesai.',
    ]);
  });

  it('keeps a closing quotation mark after the full stop with its sentence', () => {
    expect(split('“Kami siap,” kata dia. “Kami menunggu.” Dia lalu pergi.')).toEqual(['“Kami siap,” kata dia.', '“Kami menunggu.”', 'Dia lalu pergi.']);
    expect(split('Dia berkata, "Kami siap." Lalu pergi.')).toEqual(['Dia berkata, "Kami siap."', 'Lalu pergi.']);
  });

  it('does not end a sentence at an ellipsis inside a quotation or before a lower-case word', () => {
    expect(split('“Ukraina sebagai negara berdaulat… mempunyai hak,” katanya. Lalu dia pergi.')).toEqual([
      '“Ukraina sebagai negara berdaulat… mempunyai hak,” katanya.', 'Lalu dia pergi.',
    ]);
    expect(split('“Apa yang terjadi?” tanya dia. Tidak ada jawaban.')).toEqual(['“Apa yang terjadi?” tanya dia.', 'Tidak ada jawaban.']);
  });

  it('keeps a quotation of several sentences together with its attribution', () => {
    expect(split('"Mereka datang. Mereka pergi," kata Ali. Semua diam.')).toEqual(['"Mereka datang. Mereka pergi," kata Ali.', 'Semua diam.']);
  });

  it('splits a quotation left open at the paragraph end sentence by sentence', () => {
    expect(split('“Rusialah yang menjadi agresor. Rusialah yang menggunakan kekerasan.')).toEqual([
      '“Rusialah yang menjadi agresor.', 'Rusialah yang menggunakan kekerasan.',
    ]);
  });

  it('splits sentences run together without a space', () => {
    expect(split('Bagaimana situasi di perbatasan?Rusia dituduh mengerahkan tentara. Mereka datang di perbatasan.Warga takut.')).toEqual([
      'Bagaimana situasi di perbatasan?', 'Rusia dituduh mengerahkan tentara.', 'Mereka datang di perbatasan.', 'Warga takut.',
    ]);
  });

  it('ends a sentence at a single capital after a number ("2 C."), not at an initial', () => {
    expect(split('Suhu naik 2 C. Banyak ilmuwan khawatir. Hadir pula Jimmy A. Smith di sana.')).toEqual([
      'Suhu naik 2 C.', 'Banyak ilmuwan khawatir.', 'Hadir pula Jimmy A. Smith di sana.',
    ]);
  });

  it('returns exact offsets', () => {
    const text = 'Satu dua. Tiga empat!';
    const spans = splitSentences(text, tokenize(text), [{ start: 0, end: text.length }], sentenceRules(pipeline().profiles.get('id')));
    expect(spans).toEqual([{ start: 0, end: 9 }, { start: 10, end: 21 }]);
  });
});

describe('sentences: the UD evaluation', () => {
  it('scores exact matches of joined gold sentences', () => {
    const gold = ['Satu.', 'Dua tiga.', 'Empat'];
    const naive = (text: string) => [{ start: 0, end: text.length }];
    expect(evaluateSentenceSplitter(gold, naive, 10)).toMatchObject({ gold: 3, predicted: 1, correct: 0, f1: 0 });
    expect(conlluSentences('# sent_id = 1\n# text = Halo dunia.\n# text_en = Hello world.\n1\tHalo\n')).toEqual(['Halo dunia.']);
  });
});

describeWithShared('sentences: F1 on the UD Indonesian test sets', () => {
  const rules = sentenceRules(pipeline().profiles.get('id'));
  const splitter = (text: string) => splitSentences(text, tokenize(text), [{ start: 0, end: text.length }], rules);
  const f1 = (treebank: string, file: string): number =>
    evaluateSentenceSplitter(conlluSentences(readFileSync(join(SHARED_DIR, 'data', 'ud', treebank, file), 'utf8')), splitter, 10).f1;

  // Targets: PUD ≥ 0.97, CSUI ≥ 0.95, GSD ≥ 0.90 (GSD's own ceiling is about 0.93: some of its
  // gold "sentences" hold two or three). These bounds guard against regressions.
  it('PUD', () => expect(f1('UD_Indonesian-PUD', 'id_pud-ud-test.conllu')).toBeGreaterThanOrEqual(0.98));
  it('CSUI', () => expect(f1('UD_Indonesian-CSUI', 'id_csui-ud-test.conllu')).toBeGreaterThanOrEqual(0.955));
  it('GSD', () => expect(f1('UD_Indonesian-GSD', 'id_gsd-ud-test.conllu')).toBeGreaterThanOrEqual(0.895));
});
