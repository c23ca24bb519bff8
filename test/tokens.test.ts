import { createTokenizer, tokenize, wink } from '../extractors/tokens/index.js';

describe('tokens', () => {
  it('keeps exact offsets: every token is the text between its offsets, whitespace only between tokens', () => {
    const text = 'Rabu (12/1/2022), “Kami siap,” kata Jens Stoltenberg 😀 di Brussel.';
    const tokens = tokenize(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(
      ['Rabu', '(', '12/1/2022', ')', ',', '“', 'Kami', 'siap', ',', '”', 'kata', 'Jens', 'Stoltenberg', '😀', 'di', 'Brussel', '.'],
    );
    for (let index = 1; index < tokens.length; index++) expect(text.slice(tokens[index - 1]!.end, tokens[index]!.start).trim()).toBe('');
  });

  it('reads a text that ends in whitespace (wink gives no token for it)', () => {
    const text = '  Presiden tiba.  \n ';
    expect(tokenize(text).map((token) => [token.text, token.start, token.end])).toEqual([['Presiden', 2, 10], ['tiba', 11, 15], ['.', 15, 16]]);
  });

  it('renews the tokeniser as its lexicon grows, not as tokens are read', () => {
    // 1.2 million tokens of words wink has already seen: the same instance throughout.
    const known = 'Presiden tiba di Jakarta pada Rabu dan mengatakan bahwa semua baik . '.repeat(2000);
    tokenize(known);
    const first = wink();
    for (let round = 0; round < 40; round++) tokenize(known);
    expect(wink()).toBe(first);
    // 300,000 words it has never seen (more than the 100,000 new lexemes allowed; the lexicon is
    // measured every 100,000 tokens): a fresh instance by the end.
    for (let round = 0; round < 30; round++) tokenize(Array.from({ length: 10_000 }, (_, index) => `kata${(round * 10_000 + index).toString(36)}q`).join(' '));
    tokenize(known);
    expect(wink()).not.toBe(first);
  });

  // wink forgets nothing it reads, so the tokeniser is renewed as its lexicon grows; the model's
  // metaCER() used to re-encode its own state on each new instance until the string overflowed
  // (at about the 20th instance, after some 20 million tokens of a long run).
  it('can be renewed any number of times', () => {
    for (let round = 0; round < 30; round++) {
      const nlp = createTokenizer();
      expect(nlp.readDoc(`Presiden tiba K${round}.`).tokens().out()).toEqual(['Presiden', 'tiba', `K${round}`, '.']);
    }
  });
});

describe('token text', () => {
  it('gives each token its text and its lower-case form, made once for every stage', () => {
    const tokens = tokenize('Kata JENS Stoltenberg, “Kami siap.”');
    expect(tokens.map((token) => [token.text, token.lower])).toEqual([
      ['Kata', 'kata'], ['JENS', 'jens'], ['Stoltenberg', 'stoltenberg'], [',', ','], ['“', '“'], ['Kami', 'kami'], ['siap', 'siap'], ['.', '.'], ['”', '”'],
    ]);
  });
});
