/**
 * A folder of .txt articles with a MANIFEST.tsv (columns include `file` and `pub_date`), as in
 * ../shared/corpus/en and ../shared/corpus/ms: read into pipeline inputs with their publication dates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../types.js';

export class ManifestError extends Error {
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'ManifestError';
  }
}

/** The articles a manifest lists, in its order, each with `published` from its `pub_date` column. */
export function readManifestCorpus(dir: string): ArticleInput[] {
  const manifest = join(dir, 'MANIFEST.tsv');
  if (!existsSync(manifest)) throw new ManifestError(manifest, 0, 'no MANIFEST.tsv in this folder');
  const lines = readFileSync(manifest, 'utf8').split('\n').filter((line) => line.trim());
  const header = (lines[0] ?? '').split('\t');
  const fileColumn = header.indexOf('file');
  const dateColumn = header.indexOf('pub_date');
  if (fileColumn < 0 || dateColumn < 0) throw new ManifestError(manifest, 1, 'the header needs the columns "file" and "pub_date"');
  return lines.slice(1).map((line, index) => {
    const cells = line.split('\t');
    const file = cells[fileColumn];
    if (!file) throw new ManifestError(manifest, index + 2, 'no file name');
    const path = join(dir, file);
    if (!existsSync(path)) throw new ManifestError(manifest, index + 2, `${file} does not exist`);
    const published = cells[dateColumn]?.trim() || null;
    return { id: file.replace(/\.txt$/u, ''), text: readFileSync(path, 'utf8'), published, path };
  });
}
