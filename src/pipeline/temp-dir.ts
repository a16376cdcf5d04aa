import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temp directories live only as long as a run. Every one is tracked so that a signal handler can
 * remove them synchronously before the process exits (SIGINT/SIGTERM leave nothing behind).
 */
const live = new Set<string>();

export interface TempDir {
  readonly path: string;
  remove(): Promise<void>;
}

export async function createTempDir(parent: string = tmpdir()): Promise<TempDir> {
  const path = await mkdtemp(join(parent, 'oci-flatten-'));
  live.add(path);
  return {
    path,
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
