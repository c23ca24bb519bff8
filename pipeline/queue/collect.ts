/**
 * `warta collect`: concatenates a run's part files in chunk order into one JSONL file (through
 * OUT.partial and a rename). It refuses while a part is missing, and says which.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CHUNKS_FILE, PART_FILE, checkRunId, formatChunks, partName } from './chunks.js';

export class IncompleteRunError extends Error {
  constructor(message: string, readonly missing: readonly number[]) {
    super(message);
    this.name = 'IncompleteRunError';
  }
}

export interface CollectSummary {
  chunks: number;
  bytes: number;
  out: string;
}

export async function collect(runId: string, outDir: string, out: string): Promise<CollectSummary> {
  const run = checkRunId(runId);
  const dir = join(outDir, run);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => {
    throw new IncompleteRunError(`run '${run}' has no parts in ${dir}: no chunk has been written yet`, []);
  });
  const parts = new Set(entries.flatMap((entry) => {
    const match = entry.isFile() ? PART_FILE.exec(entry.name) : null;
    return match ? [Number(match[1])] : [];
  }));
  const total = await readFile(join(dir, CHUNKS_FILE), 'utf8').then((text) => (JSON.parse(text) as { chunks: number }).chunks, () => null);
  if (total === null) {
    const highest = Math.max(-1, ...parts);
    const missing = Array.from({ length: highest + 1 }, (_, chunk) => chunk).filter((chunk) => !parts.has(chunk));
    throw new IncompleteRunError(
      `run '${run}' is incomplete: its last chunk has not been written (parts found: ${parts.size}${missing.length ? `; missing before chunk ${highest}: ${formatChunks(missing)}` : ''})`, missing);
  }
  const missing = Array.from({ length: total }, (_, chunk) => chunk).filter((chunk) => !parts.has(chunk));
  if (missing.length) throw new IncompleteRunError(`run '${run}' is incomplete: ${missing.length} of ${total} chunks missing: ${formatChunks(missing)}`, missing);

  await mkdir(dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  const file = createWriteStream(partial);
  let bytes = 0;
  for (let chunk = 0; chunk < total; chunk++) {
    const source = createReadStream(join(dir, partName(chunk)));
    source.on('data', (data) => {
      bytes += data.length;
    });
    await pipeline(source, file, { end: false });
  }
  await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
  await rename(partial, out);
  return { chunks: total, bytes, out };
}
