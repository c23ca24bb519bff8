/**
 * The output lock on a file system without hard links (some network and removable disks):
 * link() fails there, and the lock is created exclusively instead. node:fs/promises' link is
 * replaced by one that fails as such a file system does.
 */
import { jest } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';

const actual = await import('node:fs/promises');
jest.unstable_mockModule('node:fs/promises', () => ({
  ...actual,
  link: async (): Promise<void> => {
    throw Object.assign(new Error('operation not permitted, link'), { code: 'EPERM' });
  },
}));
const { lockOutput, OutputLockedError } = await import('../pipeline/lock.js');

describe('output lock without hard links', () => {
  it('is created exclusively instead: one holder, the second refused, released at the end', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'warta-lock-')), 'out.jsonl');
    const release = await lockOutput(out);
    expect(readFileSync(`${out}.lock`, 'utf8')).toBe(`${process.pid} ${hostname()}\n`);
    await expect(lockOutput(out)).rejects.toThrow(OutputLockedError);
    await expect(lockOutput(out)).rejects.toThrow(`${out} is being written by another warta run (process ${process.pid} on ${hostname()})`);
    await release();
    expect(existsSync(`${out}.lock`)).toBe(false);
    expect(existsSync(`${out}.lock.${process.pid}`)).toBe(false);
    const again = await lockOutput(out);
    await again();
  });
});
