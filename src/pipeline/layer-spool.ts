import { pipeline } from 'node:stream/promises';
import type { Descriptor } from '../image/types.ts';
import { createMeter } from '../stream/meter.ts';
import type { ImageSource } from '../transport/types.ts';
import type { GrowingFile } from './growing-file.ts';

export interface SpoolOptions {
  signal?: AbortSignal | undefined;
  /** The running byte count on disk, then once more with `done` when the blob is complete and verified. */
  onBytes?: (bytes: number, done: boolean) => void;
}

/**
 * Fetches one layer blob into a file, verified against its digest as it arrives (the source's
 * stream fails on a mismatch, and so does every reader of the file). A reader follows the file
 * while it is still being written: the merge starts on a layer with its first bytes. Never
 * rejects: a failure reaches the file's readers and its `done`.
 */
export async function spoolLayer(source: ImageSource, descriptor: Descriptor, file: GrowingFile, options: SpoolOptions): Promise<void> {
  let bytes = 0;
  const meter = createMeter((total) => {
    bytes = total;
    options.onBytes?.(bytes, false);
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
    options.onBytes?.(bytes, true);
  } catch (error) {
    // Readers see the failure through the file; the run fails where they (or `done`) are awaited.
    writer.destroy(error as Error);
  }
}
