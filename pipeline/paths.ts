import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root, found by walking up from this module: the same code runs from
 * `pipeline/*.ts` (tests) and from `dist/pipeline/*.js` (the built CLI), and data
 * files (dictionaries, schema) live at the root in both cases.
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
      if (name === 'warta') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('warta: cannot find the package root (package.json named "warta")');
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot();
export const DICTIONARIES_DIR = join(PACKAGE_ROOT, 'dictionaries');
export const SCHEMA_PATH = join(PACKAGE_ROOT, 'output', 'schema', 'article.v1.json');

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
