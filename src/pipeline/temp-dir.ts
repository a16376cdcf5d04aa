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
      live.delete(path);
      await rm(path, { recursive: true, force: true });
    },
  };
}

/** Synchronous, for exit and signal handlers. */
export function removeAllTempDirs(): void {
  for (const path of live) {
    rmSync(path, { recursive: true, force: true });
    live.delete(path);
  }
}
