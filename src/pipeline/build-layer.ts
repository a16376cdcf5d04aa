import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createCompressor } from '../compress/compressor.ts';
import type { Compression } from '../image/family.ts';
import { mergeToEnd, type LayerInput, type MergeStats } from '../rootfs/index.ts';
import { createDigestStream } from '../stream/digest.ts';
import { createMeter } from '../stream/meter.ts';
import { createGrowingFile, type GrowingFile } from './growing-file.ts';

export interface BuildLayerOptions {
  /** The layers to merge, base first. */
  layers: LayerInput[];
  /** Kept base layers below them, base first (their headers decide the whiteouts to carry). */
  lower: LayerInput[];
  compression: Compression;
  level?: number;
  /** File the compressed layer is written to. */
  file: string;
  signal?: AbortSignal;
  onWarning?: (message: string) => void;
  onBytes?: (bytesIn: number, bytesOut: number) => void;
  /**
   * The layer file of the first merge run, readable while it grows: an upload can follow it.
   * Its readers fail if that run is thrown away (a layer repeats paths, docs/design.md rule 7); the
   * file of a later run is complete only when this function resolves.
   */
  onFirstRun?: (file: GrowingFile) => void;
}

export interface BuiltLayer {
  file: string;
  /** Digest and size of the compressed blob. */
  digest: string;
  size: number;
  /** sha256 of the uncompressed tar. */
  diffId: string;
  uncompressedSize: number;
  stats: MergeStats;
}

/**
 * Merge, hash the tar (diff_id), compress, hash the blob, and write it, all in one stream:
 * every byte is touched once per stage and nothing is held beyond stream buffers.
 *
 * The layer goes to a local file before anything is uploaded, so when a source layer repeats a
 * path the merge had already written (docs/design.md rule 7), the file is simply rewritten by a new
 * run that knows the repeats (mergeToEnd). Without repeats there is one run.
 */
export async function buildMergedLayer(options: BuildLayerOptions): Promise<BuiltLayer> {
  const mergeOptions = {
    lower: options.lower,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.onWarning === undefined ? {} : { onWarning: options.onWarning }),
  };
  return mergeToEnd(options.layers, mergeOptions, async (merged) => {
    let sink: Writable;
    if (merged.attempt === 1) {
      const growing = createGrowingFile(options.file);
      options.onFirstRun?.(growing);
      sink = growing.writer();
    } else {
      // flags 'w': a new run truncates what a failed one wrote
      sink = createWriteStream(options.file, { flags: 'w' });
    }
    const uncompressed = createDigestStream();
    const compressed = createDigestStream();
    let bytesOut = 0;
    const meterIn = createMeter((bytesIn) => options.onBytes?.(bytesIn, bytesOut));
    const meterOut = createMeter((total) => {
      bytesOut = total;
    });
    await pipeline(
      merged.stream,
      meterIn,
      uncompressed.stream,
      createCompressor({ format: options.compression, ...(options.level === undefined ? {} : { level: options.level }) }),
      compressed.stream,
      meterOut,
      sink,
      ...(options.signal === undefined ? [] : [{ signal: options.signal }]),
    );
    const [diff, blob, stats] = await Promise.all([uncompressed.result, compressed.result, merged.stats]);
    options.onBytes?.(diff.size, bytesOut);
    return { file: options.file, digest: blob.digest, size: blob.size, diffId: diff.digest, uncompressedSize: diff.size, stats };
  });
}
