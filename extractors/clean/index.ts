/**
 * Clean stage: the only stage that produces `text`.
 * It normalises the raw article, removes web boilerplate by the rules in
 * dictionaries/<lang>/boilerplate.json, and reads the title, byline, dateline and
 * publication timestamp into `meta`. Whatever belongs to the article itself (captions,
 * datelines, bylines, timestamp lines) stays in `text`; only lone widget labels go.
 */
import type { ArticleDoc, BoilerplateRule, LanguageProfile, ProfileSet, Span, Stage, StageContext } from '../../pipeline/types.js';
import type { BoilerplateBlock } from '../../output/types.js';
import { createTimestampReader, normalisePublished, type TimestampReader } from './timestamp.js';
import { findDateline, type Dateline } from './dateline.js';
import { alternation } from '../../pipeline/patterns.js';

export const PARAGRAPH_SEPARATOR = '\n\n';

/** Lines this far into the article may carry the byline, timestamp and dateline. */
const HEADER_LINES = 8;
/** The last lines, where some sites put the timestamp ("Diterbitkan: Jumaat, 18 Oktober 2024 @ 5:30 PM"). */
const FOOTER_LINES = 4;
/** A headline-like line in a related-articles section is at most this long. */
const MAX_HEADLINE = 200;

interface CompiledCleaning {
  lineRules: BoilerplateRule[];
  trailingRules: BoilerplateRule[];
  timestamps: TimestampReader;
  bylineLabels: Set<string>;
  bylinePrefix: RegExp | null;
}

// Cleaning runs before the language is known, so it applies every language's rules.
const compiledFor = new WeakMap<ProfileSet, CompiledCleaning>();

function compile(profiles: readonly LanguageProfile[]): CompiledCleaning {
  const seen = new Set<string>();
  const rules: BoilerplateRule[] = [];
  for (const rule of profiles.flatMap((profile) => profile.boilerplate)) {
    const key = `${rule.scope}\u0000${rule.pattern.source}\u0000${rule.pattern.flags}`;
    if (!seen.has(key)) {
      seen.add(key);
      rules.push(rule);
    }
  }
  const prefixes = [...new Set(profiles.flatMap((profile) => profile.bylinePrefixes))];
  return {
    lineRules: rules.filter((rule) => rule.scope !== 'trailing'),
    trailingRules: rules.filter((rule) => rule.scope === 'trailing'),
    timestamps: createTimestampReader(profiles),
    bylineLabels: new Set(profiles.flatMap((profile) => profile.bylineLabels).map((label) => label.toLowerCase())),
    bylinePrefix: prefixes.length
      ? new RegExp(`^(?:${alternation(prefixes)})\\s*:?\\s+(.+)$`, 'iu')
      : null,
  };
}

/** Unicode and whitespace normalisation that keeps every visible character. */
export function normaliseRaw(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
    .replace(/[\u2028\u2029]/g, '\n');
}

/** What separates a byline's fields: "Penulis: X | Editor: Y", "Reporter: X, Editor: Y", "Oleh X - detikNews", "Reporting by X; Editing by Y". */
const BYLINE_FIELD_SEPARATOR = /\s*[|/•·,;]\s*|\s+[-–—]\s+/u;

/** "JAMIE STENGLE Associated Press": a name written in capitals ends where the capitals do. */
function capitalsOnly(name: string): string {
  const words = name.split(/\s+/u);
  const end = words.findIndex((word) => !/^\p{Lu}[\p{Lu}.'’-]*$/u.test(word));
  return end >= 2 ? words.slice(0, end).join(' ') : name;
}

/** A short line of capitalised words: a person's name as bylines give it. */
export function looksLikeName(line: string): boolean {
  if (line.length > 60 || /[.!?:;"“”]$/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || /^(bin|binti|van|von|de|der|al|el|da|di)$/.test(word));
}

/** Two or three names joined by a conjunction: 'Andreas Rinke and Sarah Marsh', 'Budi Santoso dan Siti Aminah'. */
function looksLikeNames(line: string): boolean {
  const names = line.split(/\s+(?:and|dan|&)\s+/u);
  return names.length >= 2 && names.length <= 3 && names.every(looksLikeName);
}

/** A line without sentence-final punctuation: a headline, label or teaser. */
function looksLikeHeadline(line: string): boolean {
  return line.length <= MAX_HEADLINE && !/[.!?]["”’)]*$/.test(line);
}

interface Line {
  text: string;
  removed: string | null;
}

export class CleanStage implements Stage {
  readonly name = 'clean';

  run(doc: ArticleDoc, context: StageContext): void {
    let compiled = compiledFor.get(context.profiles);
    if (!compiled) {
      compiled = compile(context.profiles.all);
      compiledFor.set(context.profiles, compiled);
    }
    const lines: Line[] = normaliseRaw(doc.input.text)
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .filter((line) => line.length > 0)
      .map((text) => ({ text, removed: null }));

    this.removeBoilerplate(lines, compiled);
    const kept = lines.filter((line) => line.removed === null);
    const trailing = this.trimTrailing(kept, compiled);

    doc.boilerplate = lines.filter((line) => line.removed !== null).map((line): BoilerplateBlock => ({ text: line.text, reason: line.removed! }));
    if (trailing) doc.boilerplate.push(trailing);

    const header = kept.slice(0, HEADER_LINES);
    doc.meta.title = doc.input.title?.trim() || null;
    doc.meta.author = this.findAuthor(lines.slice(0, HEADER_LINES + 2), compiled) ?? this.findAuthor(lines.slice(-FOOTER_LINES), compiled, true);
    this.readPublished(doc, header, kept.slice(Math.max(HEADER_LINES, kept.length - FOOTER_LINES)), compiled);

    // Build the text: one paragraph per kept line.
    const paragraphs: Span[] = [];
    let offset = 0;
    for (const line of kept) {
      if (paragraphs.length) offset += PARAGRAPH_SEPARATOR.length;
      paragraphs.push({ start: offset, end: offset + line.text.length });
      offset += line.text.length;
    }
    doc.text = kept.map((line) => line.text).join(PARAGRAPH_SEPARATOR);
    doc.paragraphs = paragraphs;

    const dateline = this.findDatelineIn(kept, paragraphs, compiled);
    doc.dateline = dateline?.span ?? null;
    doc.meta.dateline = dateline?.place ?? null;
    doc.meta.outlet = dateline?.outlet ?? outletFromUrl(doc.input.url);
    if (!doc.text) doc.warnings.push({ code: 'empty-after-cleaning', message: 'cleaning removed every line: the article has no body text' });
  }

  private removeBoilerplate(lines: Line[], compiled: CompiledCleaning): void {
    let section: string | null = null;
    for (const line of lines) {
      const rule = compiled.lineRules.find((candidate) => candidate.pattern.test(line.text));
      if (rule) {
        line.removed = rule.reason;
        section = rule.scope === 'section' ? rule.reason : null;
        continue;
      }
      // Byline labels ("Penulis") stand alone next to the name they label.
      if (compiled.bylineLabels.has(line.text.toLowerCase().replace(/:$/, ''))) {
        line.removed = 'byline-label';
        continue;
      }
      if (section && looksLikeHeadline(line.text)) line.removed = section;
      else section = null;
    }
  }

  /** Removes trailing matter (editor initials) from the end of the last paragraph. */
  private trimTrailing(kept: Line[], compiled: CompiledCleaning): BoilerplateBlock | null {
    const last = kept[kept.length - 1];
    if (!last) return null;
    for (const rule of compiled.trailingRules) {
      const match = rule.pattern.exec(last.text);
      if (match && match.index > 0) {
        last.text = last.text.slice(0, match.index).trimEnd();
        return { text: match[0].trim(), reason: rule.reason };
      }
    }
    return null;
  }

  /**
   * The byline among `lines`: a label line next to a name, or a prefixed line. At the foot
   * ('Penulis: Rizky Syahrial', 'Reporting by Andreas Rinke and Sarah Marsh; Editing by …') only
   * a prefixed line counts, and its names may be a list.
   */
  private findAuthor(lines: Line[], compiled: CompiledCleaning, footer = false): string | null {
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (line.removed === 'byline-label' && !footer) {
        const neighbour = [lines[index - 1], lines[index + 1]].find((other) => other && other.removed === null && looksLikeName(other.text));
        if (neighbour) return neighbour.text;
      }
      const prefixed = line.removed === null ? compiled.bylinePrefix?.exec(line.text) : null;
      // "Penulis: Ade Miranti Karunia | Editor: Erlangga Djumena": the name ends at the next field.
      const name = prefixed ? capitalsOnly(prefixed[1]!.split(BYLINE_FIELD_SEPARATOR)[0]!.trim()) : null;
      if (name && (looksLikeName(name) || (footer && looksLikeNames(name)))) return name;
    }
    return null;
  }

  private readPublished(doc: ArticleDoc, header: Line[], footer: Line[], compiled: CompiledCleaning): void {
    const given = doc.input.published;
    if (typeof given === 'string' && given.trim()) {
      const value = normalisePublished(given);
      if (value) {
        doc.meta.published = value;
        doc.meta.publishedFrom = 'input';
        return;
      }
      doc.warnings.push({ code: 'invalid-published', message: `input "published" is not an ISO date or date-time: ${JSON.stringify(given)}; reading the text instead` });
    }
    // At the foot only a line that says what it is counts: a lone date there may be a related article's.
    const found = header.map((line) => compiled.timestamps.read(line.text)).find((value) => value !== null)
      ?? footer.map((line) => compiled.timestamps.readLabelled(line.text)).find((value) => value !== null);
    if (found) {
      doc.meta.published = found;
      doc.meta.publishedFrom = 'text';
    }
  }

  private findDatelineIn(kept: Line[], paragraphs: Span[], compiled: CompiledCleaning): Dateline | null {
    // The dateline opens the first paragraph of running text, after any header lines.
    for (let index = 0; index < Math.min(kept.length, HEADER_LINES); index++) {
      const text = kept[index]!.text;
      if (compiled.timestamps.read(text) || looksLikeName(text)) continue;
      const found = findDateline(text);
      // "BPS: Inflasi Januari Capai 0,56 Persen" is a headline that opens with a name, not a
      // dateline: a dateline opens a paragraph of running text, which ends in a full stop.
      if (found && looksLikeHeadline(text) && index < kept.length - 1) continue;
      if (found) {
        const start = paragraphs[index]!.start;
        return { ...found, span: { start: start + found.span.start, end: start + found.span.end } };
      }
      if (!looksLikeHeadline(text)) return null;
    }
    return null;
  }
}

function outletFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
