/**
 * The given names of compromise's lexicon: the gender it gives an English first name ('Maria'
 * female, 'John' male), for resolving 'he' and 'she', and the names themselves, for the given-name
 * cue of the entity stage. Read once, lazily; a hash look-up per name.
 */
import nlp from 'compromise';

export type Gender = 'male' | 'female';

let genders: Map<string, Gender> | null = null;

function nameGenders(): Map<string, Gender> {
  if (!genders) {
    genders = new Map();
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    for (const [word, tags] of Object.entries(lexicon)) {
      const list = Array.isArray(tags) ? tags : [tags];
      if (list.includes('MaleName')) genders.set(word, 'male');
      else if (list.includes('FemaleName')) genders.set(word, 'female');
    }
  }
  return genders;
}

export function firstNameGender(name: string): Gender | null {
  return nameGenders().get(name.toLowerCase()) ?? null;
}

/**
 * compromise's given names (about 3,200: 'Mohamed', 'Rafael', 'Vladimir', 'Emmanuel'), capitalised:
 * the international names that news in any language gives, beside a language's own list.
 */
export function lexiconFirstNames(): string[] {
  return [...nameGenders().keys()].map((name) => name.charAt(0).toUpperCase() + name.slice(1));
}
