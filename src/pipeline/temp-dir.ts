import { rmSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOwnedDir, MARKER } from './owned-dirs.ts';
import { JOURNAL } from './upload-journal.ts';

/**
 * Temp directories live only as long as a run. Every one is tracked so that a signal handler can
 * remove them synchronously before the process exits (SIGINT/SIGTERM leave nothing behind).
 */
const live = new Set<string>();

export interface TempDir {
  readonly path: string;
  /** Bytes its files take now (files are only added or rewritten during a run, so at its end this is the peak). */
  size(): Promise<number>;
  remove(): Promise<void>;
}

/** The name every run's temp dir starts with (what a later run sweeps). */
export const TEMP_PREFIX = 'oci-flatten-';

export async function createTempDir(parent: string = tmpdir()): Promise<TempDir> {
  // Marked with its owner, so that the next run removes it if this one is killed with -9.
  const { path, release } = await createOwnedDir(parent, TEMP_PREFIX);
  live.add(path);
  return {
    path,
    async size() {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      const sizes = await Promise.all(
        entries
          .filter((entry) => entry.isFile() && entry.name !== MARKER && entry.name !== JOURNAL)
          .map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size),
      );
      return sizes.reduce((sum, size) => sum + size, 0);
    },
    async remove() {
      release();
      // Tracked until really gone: if a file appears while the tree is removed (a stream still
      // closing after an abort), the synchronous sweep at exit gets another go.
      await rm(path, { recursive: true, force: true, maxRetries: 2 });
      live.delete(path);
    },
  };
}

/** Synchronous, for exit and signal handlers. */
export function removeAllTempDirs(): void {
  for (const path of live) {
    try {
      rmSync(path, { recursive: true, force: true, maxRetries: 2 });
      live.delete(path);
    } catch {
      // Left tracked: the exit handler sweeps once more.
    }
  }
}
