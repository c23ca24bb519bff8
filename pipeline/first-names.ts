/**
 * The gender compromise's lexicon gives an English first name ('Maria' female, 'John' male), for
 * resolving 'he' and 'she'. Read once, lazily; a hash look-up per name.
 */
import nlp from 'compromise';

export type Gender = 'male' | 'female';

let genders: Map<string, Gender> | null = null;

export function firstNameGender(name: string): Gender | null {
  if (!genders) {
    genders = new Map();
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    for (const [word, tags] of Object.entries(lexicon)) {
      const list = Array.isArray(tags) ? tags : [tags];
      if (list.includes('MaleName')) genders.set(word, 'male');
      else if (list.includes('FemaleName')) genders.set(word, 'female');
    }
  }
  return genders.get(name.toLowerCase()) ?? null;
}
