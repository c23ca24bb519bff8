/**
 * One run at a time per output file. Two runs writing the same OUT would interleave or truncate
 * each other's records (and two resumed runs would both append the same articles), so a run
 * holds OUT.lock while it writes: a file naming its process id and host.
 *
 * A run killed with kill -9 cannot remove its lock. The next run finds the lock's process gone
 * (on the same host) and takes the lock over, so kill and --resume still just work. Two runs that
 * find the same stale lock take it over one at a time, under OUT.lock.takeover, and each checks
 * again there that the lock is still the dead run's: otherwise both could delete it in turn and
 * each link its own, and both would write. A run killed while it holds OUT.lock.takeover leaves
 * that stale in turn: it is taken over the same way, under OUT.lock.takeover.takeover.
 */
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';

export class OutputLockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputLockedError';
  }
}

interface Holder {
  pid: number;
  host: string;
}

const lockPath = (out: string): string => `${out}.lock`;
/** Held while a run replaces a stale lock (see takeOver). */
const takeoverPath = (lock: string): string => `${lock}.takeover`;

/** Whether a process with this id runs on this host (EPERM: it does, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(path: string): Promise<Holder | null> {
  const text = await readFile(path, 'utf8').catch(() => null);
  const match = text === null ? null : /^(\d+) (.+)\n$/.exec(text);
  return match ? { pid: Number(match[1]), host: match[2]! } : null;
}

/**
 * Puts the lock in place, or returns false where one is there already. Where the file system
 * has no hard links (some network and removable disks), the lock is created exclusively and
 * then written: another run may then briefly read it empty, and refuses rather than take it.
 */
async function create(own: string, path: string): Promise<boolean> {
  try {
    await link(own, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  }
  try {
    await writeFile(path, await readFile(own, 'utf8'), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * How many stale takeover files one above the other (OUT.lock.takeover, OUT.lock.takeover.takeover)
 * a run takes over: each run killed while it took the lock over leaves one a level deeper. Past
 * them the run refuses and names the file to delete.
 */
const RECOVERED_TAKEOVERS = 2;

/** Whether `holder` is a run on this host that has ended (not this process). */
function isStale(holder: Holder, host: string): boolean {
  return holder.host === host && holder.pid !== process.pid && !isRunning(holder.pid);
}

const lockedError = (out: string, path: string, holder: Holder | null, host: string): OutputLockedError => {
  // Only past RECOVERED_TAKEOVERS: runs killed one after another while taking the lock over.
  if (holder !== null && isStale(holder, host)) return new OutputLockedError(`${out} is locked by ${path}, left by a warta run that ended (process ${holder.pid}); if no run writes ${out}, delete ${path}`);
  const who = holder ? `another warta run (process ${holder.pid} on ${holder.host})` : 'another warta run';
  return new OutputLockedError(`${out} is being written by ${who}; wait for it to end or write elsewhere (if no run writes it, delete ${path})`);
};

/**
 * Puts `own` in place at `path` (the lock, or a takeover file guarding it), taking over a stale
 * one. Returns false where a running process holds it, or another run took it over first.
 */
async function acquire(path: string, own: string, host: string, depth: number): Promise<boolean> {
  if (await create(own, path)) return true;
  const holder = await readHolder(path);
  return holder !== null && isStale(holder, host) && depth <= RECOVERED_TAKEOVERS && takeOver(path, own, holder, host, depth);
}

/**
 * Replaces the lock at `path` of `stale` (a run that ended without removing it) with this
 * process's own (`own`), holding `path`.takeover meanwhile. Returns false where another run holds
 * the takeover or the lock is no longer the stale one: that run took it first.
 */
async function takeOver(path: string, own: string, stale: Holder, host: string, depth: number): Promise<boolean> {
  const guard = takeoverPath(path);
  if (!(await acquire(guard, own, host, depth + 1))) return false;
  try {
    const now = await readHolder(path);
    if (now !== null && (now.pid !== stale.pid || now.host !== stale.host)) return false;
    if (now !== null) await unlink(path).catch(() => undefined);
    return await create(own, path);
  } finally {
    await unlink(guard).catch(() => undefined);
  }
}

/**
 * Takes OUT.lock for this process, or throws OutputLockedError naming the run that holds it.
 * Returns the function that releases it. The lock is written whole to a file of this process's
 * own, then linked into place: link() fails if OUT.lock exists, so exactly one run gets it and
 * no run ever reads a half-written lock.
 */
export async function lockOutput(out: string): Promise<() => Promise<void>> {
  const path = lockPath(out);
  const host = hostname();
  const own = `${path}.${process.pid}`;
  await writeFile(own, `${process.pid} ${host}\n`);
  try {
    // A lock left by a run that was killed is taken over, unless another run is doing so.
    if (!(await acquire(path, own, host, 0))) {
      const guard = await readHolder(takeoverPath(path));
      throw lockedError(out, guard ? takeoverPath(path) : path, guard ?? (await readHolder(path)), host);
    }
    return async () => {
      await unlink(path).catch(() => undefined);
    };
  } finally {
    await unlink(own).catch(() => undefined);
  }
}
