import { rmSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

export async function createTempDir(parent: string = tmpdir()): Promise<TempDir> {
  const path = await mkdtemp(join(parent, 'oci-flatten-'));
  live.add(path);
  return {
    path,
    async size() {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      const sizes = await Promise.all(
        entries.filter((entry) => entry.isFile()).map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size),
      );
      return sizes.reduce((sum, size) => sum + size, 0);
    },
    async remove() {
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
