import { utimesSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseIdentity, provablyGone, thisProcess } from '../process-identity.ts';

/**
 * Directories a run creates for itself (its temp dir under --tmp-dir, the staging directory next
 * to an archive target) carry a marker naming their owner, refreshed while the owner lives. A
 * run killed with -9 cannot remove them; the next run does, but only what is provably a dead
 * run's: a marker whose owner is gone on this host (src/process-identity.ts), or one nobody has
 * refreshed for STALE_MS (its owner on another host or PID namespace stopped). A directory
 * without a marker is never touched: it is not provably ours.
 */

export const MARKER = '.oci-flatten-owner';
/** How often a live owner touches its marker. */
const REFRESH_MS = 30_000;
/** A marker untouched this long belongs to a run that stopped, wherever it ran. */
export const STALE_MS = 10 * 60_000;

export interface OwnedDir {
  readonly path: string;
  /** Stops refreshing the marker (the directory is being removed). */
  release(): void;
}

export async function createOwnedDir(parent: string, prefix: string): Promise<OwnedDir> {
  const path = await mkdtemp(join(parent, prefix));
  const marker = join(path, MARKER);
  await writeFile(marker, `${JSON.stringify(thisProcess())}\n`);
  const timer = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(marker, now, now);
    } catch {
      // removed already: the next tick is cleared by release()
    }
  }, REFRESH_MS);
  timer.unref();
  return { path, release: () => clearInterval(timer) };
}

async function treeSize(path: string): Promise<number> {
  const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(() => []);
  const sizes = await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map((e) =>
        stat(join(e.parentPath, e.name)).then(
          (s) => s.size,
          () => 0,
        ),
      ),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

export interface Sweep {
  directories: number;
  bytes: number;
}

/** Removes the `prefix*` directories in `parent` that dead runs left; best effort, never throws. */
export async function removeDeadRunsDirs(
  parent: string,
  prefix: string,
  now = Date.now(),
  /** Reads what a dead run's directory says before it goes (its open upload sessions). */
  beforeRemove?: (path: string) => Promise<void>,
): Promise<Sweep> {
  const sweep: Sweep = { directories: 0, bytes: 0 };
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const path = join(parent, name);
    const marker = join(path, MARKER);
    const [text, info] = await Promise.all([readFile(marker, 'utf8').catch(() => undefined), stat(marker).catch(() => undefined)]);
    const owner = text === undefined ? undefined : parseIdentity(text);
    if (owner === undefined || info === undefined) continue;
    if (!provablyGone(owner) && now - info.mtimeMs < STALE_MS) continue;
    const bytes = await treeSize(path);
    await beforeRemove?.(path).catch(() => undefined);
    try {
      await rm(path, { recursive: true, force: true });
      sweep.directories++;
      sweep.bytes += bytes;
    } catch {
      // another run is sweeping it, or it is not ours to remove: left alone
    }
  }
  return sweep;
}
