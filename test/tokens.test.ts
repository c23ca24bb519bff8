import { createTokenizer, tokenize } from '../extractors/tokens/index.js';

describe('tokens', () => {
  it('keeps exact offsets: every token is the text between its offsets, whitespace only between tokens', () => {
    const text = 'Rabu (12/1/2022), “Kami siap,” kata Jens Stoltenberg 😀 di Brussel.';
    const tokens = tokenize(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(
      ['Rabu', '(', '12/1/2022', ')', ',', '“', 'Kami', 'siap', ',', '”', 'kata', 'Jens', 'Stoltenberg', '😀', 'di', 'Brussel', '.'],
    );
    for (let index = 1; index < tokens.length; index++) expect(text.slice(tokens[index - 1]!.end, tokens[index]!.start).trim()).toBe('');
  });

  // wink forgets nothing it reads, so the tokeniser is renewed every million tokens; the model's
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
