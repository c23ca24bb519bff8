/**
 * Datelines open the first paragraph of a news article:
 * `BRUSSELS -`, `JAKARTA, KOMPAS.com -`, `MEDAN (Waspada) -`, `KUALA LUMPUR 18 Julai -`,
 * `Intisari-Online.com -`, `Liputan6.com, Jakarta -`, `Jakarta -`, `Jakarta (ANTARA) -`, `KOTA BHARU:`,
 * `BANDUNG, detikJabar -`, `CUPERTINO, Calif. (Reuters) -`, `TOKYO, Nov 16 (Reuters) -`, `SANTA CLARA, California, Nov 20 (Reuters) -`, `KUALA TERENGGANU, 28 Nov (Bernama) --`, `TRIBUNNEWS.COM, BOGOR -`, `TEMPO.CO, Jakarta -`.
 */
import type { Span } from '../../pipeline/types.js';

export interface Dateline {
  place: string | null;
  outlet: string | null;
  /** From the start of the paragraph through the dash and the spaces after it. */
  span: Span;
}

const DASH = String.raw`\s*[-–—]{1,2}\s*`;
const DOMAIN = String.raw`[\p{L}\d][\p{L}\d-]*(?:\.[a-z]{2,6}){1,2}`;
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}`;
const TITLE_PLACE = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}`;
/** An outlet's name: a domain, or one or two capitalised words, the first of which may open in lower case before a capital ('detikJabar', 'iNews'). */
const OUTLET_NAME = String.raw`(?:${DOMAIN}|(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\d!]*(?:\s\p{Lu}[\p{L}\d!]*)?)`;
const DAY_MONTH = String.raw`(?:\s+\d{1,2}\s+\p{L}+\.?)?`;

/** A site's name written in capitals: TRIBUNNEWS.COM, OKEZONE.COM. */
const CAPS_DOMAIN = String.raw`\p{Lu}[\p{Lu}\d-]*(?:\.[A-Z]{2,6}){1,2}`;

const PATTERNS: Array<{ regex: RegExp; place: number | null; outlet: number[] }> = [
  // TRIBUNNEWS.COM, BOGOR -   TEMPO.CO, Jakarta -: the site first, then the place
  { regex: new RegExp(`^(${CAPS_DOMAIN})\\s*,\\s*(${CAPS_PLACE}|${TITLE_PLACE})${DASH}`, 'u'), place: 2, outlet: [1] },
  // CUPERTINO, Calif. (Reuters) -   WASHINGTON, D.C. (AP) —   TOKYO, Nov 16 (Reuters) -   SANTA CLARA, California, Nov 20 (Reuters) -:
  // KUALA TERENGGANU, 28 Nov (Bernama) --: the place, its state or the day (either order of day and month) or both, the agency
  { regex: new RegExp(`^(${CAPS_PLACE}),\\s*(?:\\p{Lu}[\\p{L}.]*(?:\\s(?:\\p{Lu}[\\p{L}.]*|\\d{1,2}))?(?:,\\s*\\p{Lu}[\\p{L}.]*\\s\\d{1,2})?|\\d{1,2}\\s\\p{Lu}[\\p{L}.]*)\\s*\\(([^)]{2,30})\\)${DASH}`, 'u'), place: 1, outlet: [2] },
  // JAKARTA, KOMPAS.com -   MEDAN (Waspada) -   KUALA LUMPUR 18 Julai -   BRUSSELS -   KOTA BHARU: (Malaysian papers)
  { regex: new RegExp(`^(${CAPS_PLACE})(?:\\s*\\(([^)]{2,30})\\))?(?:\\s*,\\s*(${OUTLET_NAME}))?${DAY_MONTH}(?:${DASH}|\\s*:\\s+)`, 'u'), place: 1, outlet: [2, 3] },
  // Liputan6.com, Jakarta -   (and ', Brussels -' where a scraper dropped the outlet)
  { regex: new RegExp(`^(${DOMAIN})?\\s*,\\s*(${TITLE_PLACE}|${CAPS_PLACE})${DASH}`, 'u'), place: 2, outlet: [1] },
  // Intisari-Online.com -
  { regex: new RegExp(`^(${DOMAIN})${DASH}`, 'u'), place: null, outlet: [1] },
  // Jakarta -   Jakarta (ANTARA) - (the dash set off by spaces on both sides)
  { regex: new RegExp(`^(${TITLE_PLACE})(?:\\s*\\(([^)]{2,30})\\))?(?:\\s*,\\s*(${OUTLET_NAME}))?\\s+[-–—]{1,2}\\s+`, 'u'), place: 1, outlet: [2, 3] },
];

/** The dateline at the start of `paragraph`, or null. Offsets are relative to the paragraph. */
export function findDateline(paragraph: string): Dateline | null {
  for (const { regex, place, outlet } of PATTERNS) {
    const match = regex.exec(paragraph);
    // A dateline is followed by the article's first sentence.
    if (!match || !/^["“‘'(]?\p{Lu}/u.test(paragraph.slice(match[0].length))) continue;
    const outletName = outlet.map((group) => match[group]).find((value) => value !== undefined) ?? null;
    return {
      place: place === null ? null : (match[place] ?? null),
      outlet: outletName,
      span: { start: 0, end: match[0].length },
    };
  }
  return null;
}
