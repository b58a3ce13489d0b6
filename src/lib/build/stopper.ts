/**
 * Stopping a build cleanly. On SIGINT, SIGTERM or SIGHUP, or when the process
 * that started the build exits (`npm run build` killed: npm does not pass the
 * signal on), the signal is forwarded to the build's child processes and the
 * build stops at its next step, removing its staging folder and its lock and
 * leaving `dist/` as it was. A second signal stops at once.
 *
 * Children are also started with `parent-watch.ts` preloaded, so they stop by
 * themselves if the build dies without a chance to forward anything (SIGKILL).
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const PARENT_WATCH = fileURLToPath(new URL('./parent-watch.ts', import.meta.url));

export class BuildStopped extends Error {
  readonly signal: NodeJS.Signals;
  constructor(signal: NodeJS.Signals, why: string) {
    super(`stopped (${why})`);
    this.signal = signal;
  }
  /** The exit status of a process ended by the signal: 128 + its number. */
  get exitCode(): number {
    return 128 + (constants.signals[this.signal] ?? 15);
  }
}

export class BuildStopper {
  private stopped?: BuildStopped;
  private readonly children = new Set<ChildProcess>();
  private readonly handlers = new Map<NodeJS.Signals, () => void>();
  private readonly parentTimer: NodeJS.Timeout;
  private readonly force: (stop: BuildStopped) => void;

  /** `force` runs on a second signal: clean up synchronously and exit. */
  constructor(force: (stop: BuildStopped) => void) {
    this.force = force;
    for (const signal of SIGNALS) {
      const handler = () => this.stop(signal, `received ${signal}`);
      this.handlers.set(signal, handler);
      process.on(signal, handler);
    }
    const parent = process.ppid;
    this.parentTimer = setInterval(() => {
      if (process.ppid !== parent) this.stop('SIGTERM', `the process that started the build (${parent}) exited`);
    }, 500);
    this.parentTimer.unref();
  }

  stop(signal: NodeJS.Signals, why: string): void {
    if (this.stopped) {
      this.force(this.stopped);
      return;
    }
    this.stopped = new BuildStopped(signal, why);
    console.error(`\nBuild stopping: ${why}.`);
    for (const child of this.children) child.kill(signal);
  }

  throwIfStopped(): void {
    if (this.stopped) throw this.stopped;
  }

  /** Run a Node script as a child process; resolves with its exit status, rejects with {@link BuildStopped} if the build was stopped meanwhile. */
  runNode(script: string, args: readonly string[], options: SpawnOptions = {}): Promise<number> {
    this.throwIfStopped();
    const child = spawn(process.execPath, ['--import', PARENT_WATCH, script, ...args], { ...options, stdio: ['inherit', 'inherit', 'inherit', 'pipe'] });
    this.children.add(child);
    return new Promise((resolve, reject) => {
      child.once('error', (error) => {
        this.children.delete(child);
        reject(error);
      });
      child.once('exit', (code, signal) => {
        this.children.delete(child);
        if (this.stopped) reject(this.stopped);
        else resolve(code ?? 128 + (constants.signals[signal ?? 'SIGTERM'] ?? 15));
      });
    });
  }

  dispose(): void {
    for (const [signal, handler] of this.handlers) process.off(signal, handler);
    clearInterval(this.parentTimer);
  }
}
