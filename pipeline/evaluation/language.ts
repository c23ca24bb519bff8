/**
 * Language-identification evaluation: accuracy per article and per sentence against the
 * language the corpus is known to be in.
 */
import type { Pipeline } from '../pipeline.js';
import type { ArticleInput } from '../types.js';
import { isErrorRecord, type LanguageCode } from '../../output/types.js';
import { detectLanguage } from '../../extractors/language/index.js';
import { tokenize } from '../../extractors/tokens/index.js';

/** Sentences with fewer words than this are too short to judge (labels, one-word captions). */
export const MIN_SENTENCE_WORDS = 3;

export interface LanguageScores {
  articles: number;
  articlesCorrect: number;
  sentences: number;
  sentencesCorrect: number;
  /** Wrongly labelled sentences, for reading. */
  confusions: Array<{ id: string; sentence: string; detected: LanguageCode }>;
}

/**
 * Scores the language stage on whole articles (and each of their sentences) and on
 * loose sentences (from a treebank, say), all in the `expected` language.
 */
export function evaluateLanguage(
  pipeline: Pipeline,
  articles: Iterable<ArticleInput>,
  expected: LanguageCode,
  looseSentences: Iterable<string> = [],
): LanguageScores {
  const result: LanguageScores = { articles: 0, articlesCorrect: 0, sentences: 0, sentencesCorrect: 0, confusions: [] };
  const options = { indonesian: pipeline.profiles.get('id'), malay: pipeline.profiles.get('ms') };
  const judge = (id: string, sentence: string): void => {
    const tokens = tokenize(sentence);
    if (tokens.filter((token) => token.kind === 'word').length < MIN_SENTENCE_WORDS) return;
    const detected = detectLanguage(sentence, tokens, options).code;
    result.sentences++;
    if (detected === expected) result.sentencesCorrect++;
    else result.confusions.push({ id, sentence, detected });
  };
  for (const article of articles) {
    const record = pipeline.process(article);
    if (isErrorRecord(record)) continue;
    result.articles++;
    if (record.language.code === expected) result.articlesCorrect++;
    const characters = [...record.text];
    for (const span of record.sentences) judge(article.id, characters.slice(span.start, span.end).join(''));
  }
  for (const sentence of looseSentences) judge('(sentence)', sentence);
  return result;
}
