/**
 * One build at a time per checkout. The lock is a file, `.build.lock`, that
 * names its owner (process id, host, start time); a build that finds a live
 * owner stops with that name, and one that finds a dead owner (killed, or the
 * machine restarted) takes the lock over.
 *
 * The lock is created atomically (written to a private file, then hard-linked
 * into place, which fails if the lock exists), so no reader sees a half-written
 * owner. Taking over is guarded by a second atomic step (`mkdir` of
 * `.build.lock.takeover`), so two builds that find the same dead owner cannot
 * both remove it and each believe it holds the lock.
 */
import { linkSync, mkdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = '.build.lock';

export interface LockOwner {
  pid: number;
  host: string;
  /** ISO time the build started. */
  started: string;
  /** Start time of the process in clock ticks since boot (Linux), to tell a reused process id from the owner. */
  startTicks?: number;
  /** The command line, for the message another build prints. */
  command: string;
}

export class LockHeldError extends Error {
  readonly owner: LockOwner;
  constructor(owner: LockOwner) {
    const where = owner.host === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
    super(
      `another build is running in this checkout: ${where}, started ${owner.started} (${owner.command}). ` +
        (owner.host === hostname() ? 'Wait for it to finish, or stop it.' : `If that build is gone, delete ${LOCK_FILE}.`),
    );
    this.owner = owner;
  }
}

export interface BuildLock {
  owner: LockOwner;
  /** The dead build whose lock was taken over, if any. */
  tookOverFrom?: LockOwner;
  /** Remove the lock if it is still ours. Safe to call twice. */
  release(): void;
}

/** Start time of a process in clock ticks since boot, from /proc (Linux); undefined elsewhere or when it is gone. */
function startTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; the command name (field 2) may hold spaces and parentheses, so count from its closing one.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  } catch {
    return undefined;
  }
}

/** Whether the owner still runs. On another host this cannot be known, so it counts as running. */
export function ownerAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, belongs to another user
  }
  // The id may have been reused by an unrelated process since the owner died.
  const ticks = startTicks(owner.pid);
  return owner.startTicks === undefined || ticks === undefined || ticks === owner.startTicks;
}

function readOwner(path: string): LockOwner | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const owner = JSON.parse(text) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? owner : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Take the build lock of the checkout at `root`, or throw {@link LockHeldError}. */
export function acquireBuildLock(root: string, command = process.argv.slice(1).join(' ')): BuildLock {
  const path = join(root, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString(), startTicks: startTicks(process.pid), command };
  const mine = JSON.stringify(owner);
  const draft = `${path}.${process.pid}`;
  writeFileSync(draft, mine);
  let tookOverFrom: LockOwner | undefined;
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        linkSync(draft, path);
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          try {
            if (readFileSync(path, 'utf8') === mine) unlinkSync(path);
          } catch {
            // Already gone: nothing to release.
          }
        };
        return { owner, tookOverFrom, release };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const current = readOwner(path);
      if (current === 'gone') continue; // released between our two steps
      if (current !== 'unreadable' && ownerAlive(current)) throw new LockHeldError(current);
      if (takeOver(path, current)) tookOverFrom = current === 'unreadable' ? undefined : current;
      else sleep(100); // another build is taking over the same dead lock
    }
  } finally {
    unlinkSync(draft);
  }
  throw new Error(`could not take ${LOCK_FILE} (it keeps changing hands); try again`);
}

/** Remove a dead owner's lock, if it is still the same one; false if another build is taking it over right now. */
function takeOver(path: string, dead: LockOwner | 'unreadable'): boolean {
  const guard = `${path}.takeover`;
  try {
    mkdirSync(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A guard left by a build killed mid-takeover (a few milliseconds' window) is itself stale after a while.
    try {
      if (Date.now() - statSync(guard).mtimeMs > 10_000) rmdirSync(guard);
    } catch {
      // Removed by its owner meanwhile.
    }
    return false;
  }
  try {
    const again = readOwner(path);
    const same = again === dead || (typeof again === 'object' && typeof dead === 'object' && again.pid === dead.pid && again.started === dead.started);
    if (same) unlinkSync(path);
    return true;
  } finally {
    rmdirSync(guard);
  }
}
