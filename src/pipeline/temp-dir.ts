import { existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createOwnedDir, MARKER } from './owned-dirs.ts';
import { JOURNAL } from './upload-journal.ts';

/**
 * A temp directory lives only as long as the run that made it, and that run removes it: no
 * module keeps a list of them, so two runs in one process are independent. A run killed with -9
 * cannot remove its own; its marker lets the next run do it (owned-dirs.ts).
 */
export interface TempDir {
  readonly path: string;
  /** Bytes its files take now (files are only added or rewritten during a run, so at its end this is the peak). */
  size(): Promise<number>;
  /** Removes the directory and everything in it; resolves once it is gone. */
  remove(): Promise<void>;
}

/** The name every run's temp dir starts with (what a later run sweeps). */
export const TEMP_PREFIX = 'oci-flatten-';

/**
 * A stream still closing after an abort may create a file while the tree is removed, or a
 * transport recreate its staging directory: removal is checked and tried again, this often.
 */
const REMOVE_ATTEMPTS = 5;
const REMOVE_PAUSE_MS = 20;

export async function createTempDir(parent: string = tmpdir()): Promise<TempDir> {
  // Marked with its owner, so that the next run removes it if this one is killed with -9.
  const { path, release } = await createOwnedDir(parent, TEMP_PREFIX);
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
      for (let attempt = 1; ; attempt++) {
        try {
          await rm(path, { recursive: true, force: true, maxRetries: 2 });
        } catch (error) {
          if (attempt >= REMOVE_ATTEMPTS) throw error;
        }
        if (!existsSync(path) || attempt >= REMOVE_ATTEMPTS) return;
        await sleep(REMOVE_PAUSE_MS);
      }
    },
  };
}
