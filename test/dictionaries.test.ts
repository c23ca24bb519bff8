import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipeline } from '../pipeline/pipeline.js';
import { DictionaryError, loadProfiles, mergeDictionary } from '../pipeline/dictionaries.js';
import { article, sentenceTexts } from './helpers.js';

describe('dictionaries', () => {
  it('loads every installed language; Malay extends Indonesian', () => {
    const profiles = loadProfiles();
    expect(profiles.all.map((profile) => profile.code).sort()).toEqual(['en', 'id', 'ms']);
    const malay = profiles.get('ms');
    expect(malay.months.get('ogos')).toBe(8);
    expect(malay.weekdays.get('khamis')).toBe(4);
    // Inherited from id: Malay has no abbreviations file of its own.
    expect(malay.prefixAbbreviations.has('Dr.')).toBe(true);
    expect(profiles.get('xx').code).toBe('id');
  });

  it('merges user entries: lists are extended, objects merged', () => {
    expect(mergeDictionary({ prefix: ['Dr.'], words: { a: 1 } }, { prefix: ['Kol.', 'Dr.'], words: { b: 2 } })).toEqual({ prefix: ['Dr.', 'Kol.'], words: { a: 1, b: 2 } });
  });

  it('applies a --dict file: a new abbreviation changes sentence splitting for the language and those extending it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'warta-dict-')), 'extra.json');
    writeFileSync(file, JSON.stringify({ id: { abbreviations: { prefix: ['Aiptu.'] } } }));
    const text = 'Dia bertemu Aiptu. Budi di pelabuhan.';
    expect(sentenceTexts(article(createPipeline().process({ id: 'a', text })))).toEqual(['Dia bertemu Aiptu.', 'Budi di pelabuhan.']);
    const extended = createPipeline({ dictionaries: [file] });
    expect(sentenceTexts(article(extended.process({ id: 'a', text })))).toEqual([text]);
    expect(extended.profiles.get('ms').prefixAbbreviations.has('Aiptu.')).toBe(true);
  });

  it('names the file and the reason for a bad dictionary', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'warta-dict-')), 'bad.json');
    writeFileSync(file, '{"id": ');
    expect(() => createPipeline({ dictionaries: [file] })).toThrow(DictionaryError);
    expect(() => createPipeline({ dictionaries: [file] })).toThrow(`${file}: not valid JSON`);
    writeFileSync(file, '["Dr."]');
    expect(() => createPipeline({ dictionaries: [file] })).toThrow(/must be an object of languages/);
  });
});
