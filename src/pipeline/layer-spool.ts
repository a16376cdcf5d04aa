import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pLimit from 'p-limit';
import type { Descriptor } from '../image/types.ts';
import { createMeter } from '../stream/meter.ts';
import type { ImageSource } from '../transport/types.ts';
import { createGrowingFile, type GrowingFile } from './growing-file.ts';

export interface LayerSpoolOptions {
  directory: string;
  concurrency: number;
  signal?: AbortSignal;
  onBytes?: (digest: string, bytes: number, total: number, done: boolean) => void;
}

/**
 * Fetches layer blobs concurrently into files, each verified against its digest as it arrives
 * (the source's stream fails on a mismatch, and so does every reader of the file). The merge
 * reads newest first, so downloads start in that order, and a reader follows its file while it
 * is still being written: the merge starts on the newest layer with its first bytes.
 * Temp disk is the compressed size of the layers fetched.
 */
export function spoolLayers(source: ImageSource, layers: readonly Descriptor[], options: LayerSpoolOptions): Map<string, GrowingFile> {
  const limit = pLimit(options.concurrency);
  const files = new Map<string, GrowingFile>();
  for (const descriptor of [...layers].reverse()) {
    if (files.has(descriptor.digest)) continue;
    const file = createGrowingFile(join(options.directory, descriptor.digest.replace(':', '-')));
    void limit(async () => {
      let bytes = 0;
      const meter = createMeter((total) => {
        bytes = total;
        options.onBytes?.(descriptor.digest, bytes, descriptor.size, false);
      });
      const writer = file.writer();
      // A download queued behind others may start after the run failed and its temp dir was
      // removed: opening the file then fails before any pipeline listens, and an 'error' event
      // without a listener would crash the process (a stack trace after the run's own error).
      writer.on('error', () => undefined);
      try {
        options.signal?.throwIfAborted();
        const blob = await source.getBlob(descriptor, options.signal);
        await pipeline(blob, meter, writer, ...(options.signal === undefined ? [] : [{ signal: options.signal }]));
        options.onBytes?.(descriptor.digest, bytes, descriptor.size, true);
      } catch (error) {
        // Readers see the failure through the file; the run fails where they (or `done`) are awaited.
        writer.destroy(error as Error);
      }
    });
    files.set(descriptor.digest, file);
  }
  return files;
}

/** Every layer fetched and verified: awaited before any manifest is written. */
export async function allSpooled(files: Map<string, GrowingFile>): Promise<void> {
  await Promise.all([...files.values()].map((file) => file.done));
}
