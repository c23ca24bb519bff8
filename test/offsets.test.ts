import { codePointIndexer } from '../output/offsets.js';
import { processText, sentenceTexts } from './helpers.js';

describe('offsets are Unicode code points', () => {
  it('maps UTF-16 indices to code points once, at the record', () => {
    const at = codePointIndexer('a😀b');
    expect([0, 1, 2, 3, 4].map(at)).toEqual([0, 1, 1, 2, 3]);
    expect(codePointIndexer('plain')(3)).toBe(3);
  });

  it('gives sentence offsets that index the text as Python does', () => {
    // '😀' is one code point but two UTF-16 units: a UTF-16 offset would be one too far.
    const record = processText('😀 Presiden tiba di Jakarta. Dia disambut warga.');
    expect(record.sentences).toEqual([{ start: 0, end: 27 }, { start: 28, end: 47 }]);
    expect(sentenceTexts(record)).toEqual(['😀 Presiden tiba di Jakarta.', 'Dia disambut warga.']);
    // JavaScript string indices would give 28 and 48.
    expect(record.text.indexOf('Dia')).toBe(29);
  });
});
