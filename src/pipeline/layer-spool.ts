import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pLimit from 'p-limit';
import type { Descriptor } from '../image/types.ts';
import type { ImageSource } from '../transport/types.ts';

export interface LayerSpoolOptions {
  directory: string;
  concurrency: number;
  signal?: AbortSignal;
  onBytes?: (digest: string, bytes: number, total: number, done: boolean) => void;
}

/**
 * Fetches layer blobs concurrently into files, each verified against its digest as it arrives
 * (the source's stream fails on a mismatch). The merge reads newest first, so downloads start
 * in that order; a layer is read by the merge only once it is complete and verified.
 * Temp disk is the compressed size of the layers fetched.
 */
export function spoolLayers(
  source: ImageSource,
  layers: readonly Descriptor[],
  options: LayerSpoolOptions,
): Map<string, Promise<string>> {
  const limit = pLimit(options.concurrency);
  const files = new Map<string, Promise<string>>();
  for (const descriptor of [...layers].reverse()) {
    if (files.has(descriptor.digest)) continue;
    const file = join(options.directory, descriptor.digest.replace(':', '-'));
    const done = limit(async () => {
      options.signal?.throwIfAborted();
      const blob = await source.getBlob(descriptor, options.signal);
      let bytes = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          bytes += chunk.length;
          options.onBytes?.(descriptor.digest, bytes, descriptor.size, false);
          callback(null, chunk);
        },
      });
      await pipeline(blob, meter, createWriteStream(file), { signal: options.signal });
      options.onBytes?.(descriptor.digest, bytes, descriptor.size, true);
      return file;
    });
    // A failure is reported by whoever awaits the file; keep it from surfacing as unhandled first.
    done.catch(() => {});
    files.set(descriptor.digest, done);
  }
  return files;
}
