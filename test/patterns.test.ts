import { GatedRegExp, gated, withoutLookarounds } from '../pipeline/patterns.js';

describe('withoutLookarounds', () => {
  it('drops look-arounds, keeping groups, classes and escapes', () => {
    expect(withoutLookarounds('(?<![\\p{L}\\p{N}])(?<!\\d\\s{1,3})(?:akhir\\s+)?(januari|mei)\\s+(lalu|depan)(?![\\p{L}\\p{N}])')).toBe('(?:akhir\\s+)?(januari|mei)\\s+(lalu|depan)');
    expect(withoutLookarounds('tanggal\\s+(\\d{1,2})(?!\\s*(?:mei)(?![\\p{L}])|\\s*[/.-]\\d|\\d)')).toBe('tanggal\\s+(\\d{1,2})');
    expect(withoutLookarounds('[,;:()“”]|\\s--\\s|(?<![\\p{L}])(?:namun|tetapi)(?![\\p{L}])')).toBe('[,;:()“”]|\\s--\\s|(?:namun|tetapi)');
  });

  it('gives null where the pattern reads otherwise without the flag u', () => {
    expect(withoutLookarounds('kata\\s+\\p{Lu}\\w+')).toBeNull();
    expect(withoutLookarounds('kata.{2,80}')).toBeNull();
    expect(withoutLookarounds('kata\\s+[^,]{2,80}')).toBeNull();
    expect(withoutLookarounds('kata\\s+\\S+')).toBeNull();
    expect(withoutLookarounds('(kata)\\s+\\1')).toBeNull();
    expect(withoutLookarounds('sesudah|jumaat|hári')).toBeNull();
    expect(withoutLookarounds('kata\\s*[😀]')).toBeNull();
    expect(withoutLookarounds('(?=kata)+ujar')).toBeNull();
    expect(withoutLookarounds('(?<!\\p{L})')).toBeNull();
  });
});

describe('GatedRegExp', () => {
  const source = '(?<![\\p{L}])(?:mengatakan|kata|ujar\\s+dia|menurut)(?![\\p{L}])';
  const texts = [
    'Ia mengatakan bahwa Menurut dia, KATA orang, "ujar  dia" tidak berkata-kata.',
    'Perkataan itu dikatakan: katanya, kata·nya, kata’, kata2, 2kata, ékata, kataé.',
    'Tidak ada kata kerja di sini? Ada: MENGATAKAN.',
    'ſ and K fold: ujar dia, mengataKan, menurut.',
    'tanpa kata',
    '',
    'kata',
  ];

  it('finds exactly what the plain pattern finds: exec, test, matchAll, match and replace', () => {
    for (const flags of ['iu', 'giu', 'u', 'gu', 'diu']) {
      const plain = new RegExp(source, flags);
      const fast = gated(new RegExp(source, flags));
      expect(fast).toBeInstanceOf(GatedRegExp);
      for (const text of texts) {
        expect(fast.exec(text)).toEqual(plain.exec(text));
        expect(fast.lastIndex).toBe(plain.lastIndex);
        expect(fast.test(text)).toBe(plain.test(text));
        if (flags.includes('g')) {
          expect([...text.matchAll(fast)]).toEqual([...text.matchAll(plain)]);
          expect(text.match(fast)).toEqual(text.match(plain));
          expect(text.replace(fast, '<$&>')).toBe(text.replace(plain, '<$&>'));
        }
      }
    }
  });

  it('goes on from lastIndex as a global pattern does, and starts again after the last match', () => {
    const fast = gated(new RegExp(source, 'giu'));
    const text = texts[0]!;
    const starts: number[] = [];
    for (let match = fast.exec(text); match; match = fast.exec(text)) starts.push(match.index);
    // mengatakan, Menurut, KATA, ujar  dia, and the second kata of berkata-kata (after a hyphen).
    expect(starts).toEqual([3, 20, 33, 46, 71]);
    expect(fast.lastIndex).toBe(0);
    fast.lastIndex = 26;
    expect(fast.exec(text)?.index).toBe(33);
    expect(fast.lastIndex).toBe(37);
  });

  it('matches the Kelvin sign and long s where the Unicode pattern folds them (the gate would not)', () => {
    const fast = gated(/(?<![\p{L}])(?:kata|serius)(?![\p{L}])/iu);
    expect(fast.exec('ia \u212Aata begitu')?.index).toBe(3);
    expect(fast.exec('ia \u017Ferius')?.index).toBe(3);
  });

  it('leaves a pattern without a gate as it is', () => {
    const pattern = /kata\s+[^,]{2,80}/iu;
    expect(gated(pattern)).toBe(pattern);
    const plain = /kata/i;
    expect(gated(plain)).toBe(plain);
  });
});
