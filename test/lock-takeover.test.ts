/**
 * Two runs that find the same stale lock (its run was killed) must not both take it over. Here
 * the other run is played by the test: node:fs/promises' readFile is wrapped so that a hook can
 * change the lock between this run's reading it and its taking it over, as another run would.
 */
import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const actual = await import('node:fs/promises');
/** Runs after each readFile of a path, once: what another run does at that moment. */
const afterRead = new Map<string, () => void>();
jest.unstable_mockModule('node:fs/promises', () => ({
  ...actual,
  readFile: async (...args: Parameters<typeof actual.readFile>): Promise<string | Buffer> => {
    const text = await actual.readFile(...args);
    const path = String(args[0]);
    const hook = afterRead.get(path);
    afterRead.delete(path);
    hook?.();
    return text;
  },
}));
const { lockOutput, OutputLockedError } = await import('../pipeline/lock.js');

describe('taking over a stale output lock', () => {
  const host = hostname();
  // A process id that has ended, and one that runs (jest's parent) and is not this process.
  const ended = spawnSync(process.execPath, ['-e', '0']).pid;
  const running = process.ppid;
  const fresh = (): string => join(mkdtempSync(join(tmpdir(), 'warta-takeover-')), 'out.jsonl');
  const leftovers = (out: string): string[] => readdirSync(dirname(out)).filter((name) => name.startsWith(`${basename(out)}.lock.`));

  it('takes over the lock of a run that ended, and leaves no takeover file behind', async () => {
    const out = fresh();
    writeFileSync(`${out}.lock`, `${ended} ${host}\n`);
    const release = await lockOutput(out);
    expect(readFileSync(`${out}.lock`, 'utf8')).toBe(`${process.pid} ${host}\n`);
    expect(leftovers(out)).toEqual([]);
    await release();
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  it('takes over the takeover files that runs killed while taking the lock over left, and leaves none behind', async () => {
    const out = fresh();
    writeFileSync(`${out}.lock`, `${ended} ${host}\n`);
    writeFileSync(`${out}.lock.takeover`, `${ended} ${host}\n`);
    writeFileSync(`${out}.lock.takeover.takeover`, `${ended} ${host}\n`);
    const release = await lockOutput(out);
    expect(readFileSync(`${out}.lock`, 'utf8')).toBe(`${process.pid} ${host}\n`);
    expect(leftovers(out)).toEqual([]);
    await release();
  });

  it('refuses past two stale takeover files, naming the file to delete', async () => {
    const out = fresh();
    const levels = [`${out}.lock`, `${out}.lock.takeover`, `${out}.lock.takeover.takeover`, `${out}.lock.takeover.takeover.takeover`];
    for (const path of levels) writeFileSync(path, `${ended} ${host}\n`);
    await expect(lockOutput(out)).rejects.toThrow(
      `${out} is locked by ${out}.lock.takeover, left by a warta run that ended (process ${ended}); if no run writes ${out}, delete ${out}.lock.takeover`,
    );
    for (const path of levels) expect(readFileSync(path, 'utf8')).toBe(`${ended} ${host}\n`);
    // Once that file is gone, the next run takes the lock over.
    unlinkSync(`${out}.lock.takeover`);
    const release = await lockOutput(out);
    expect(readFileSync(`${out}.lock`, 'utf8')).toBe(`${process.pid} ${host}\n`);
    await release();
  });

  it('refuses while another run is taking the same stale lock over', async () => {
    const out = fresh();
    writeFileSync(`${out}.lock`, `${ended} ${host}\n`);
    writeFileSync(`${out}.lock.takeover`, `${running} ${host}\n`);
    await expect(lockOutput(out)).rejects.toThrow(OutputLockedError);
    await expect(lockOutput(out)).rejects.toThrow(
      `${out} is being written by another warta run (process ${running} on ${host}); wait for it to end or write elsewhere (if no run writes it, delete ${out}.lock.takeover)`,
    );
    // The stale lock is left to the run taking it over.
    expect(readFileSync(`${out}.lock`, 'utf8')).toBe(`${ended} ${host}\n`);
    expect(readFileSync(`${out}.lock.takeover`, 'utf8')).toBe(`${running} ${host}\n`);
  });

  it('refuses where another run took the stale lock over after this run read it', async () => {
    const out = fresh();
    const lock = `${out}.lock`;
    writeFileSync(lock, `${ended} ${host}\n`);
    // This run reads the dead run's lock; before it takes the lock over, another run does.
    afterRead.set(lock, () => writeFileSync(lock, `${running} ${host}\n`));
    await expect(lockOutput(out)).rejects.toThrow(`${out} is being written by another warta run (process ${running} on ${host}); wait for it to end or write elsewhere (if no run writes it, delete ${lock})`);
    // The other run's lock stands: deleting it would let both runs write.
    expect(readFileSync(lock, 'utf8')).toBe(`${running} ${host}\n`);
    expect(leftovers(out)).toEqual([]);
  });
});
