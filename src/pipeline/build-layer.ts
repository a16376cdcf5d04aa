import { createWriteStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { type Duplex, PassThrough, type Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { contentError } from '../errors.ts';
import { createCompressor } from '../compress/compressor.ts';
import type { Compression } from '../image/family.ts';
import { mergeLayers, mergeToEnd, type LayerInput, type MergeOptions, type MergeStats } from '../rootfs/index.ts';
import { createDigestStream } from '../stream/digest.ts';
import { createMeter } from '../stream/meter.ts';
import { createGrowingFile, type GrowingFile } from './growing-file.ts';
import type { TempBudget } from './temp-budget.ts';

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
  /**
   * Where each run's compressed bytes go instead of `file` (a run thrown away destroys its
   * Writable with the run's error); `onFirstRun` is then not called (merged-sink.ts).
   */
  sinkFor?: (attempt: number) => Writable;
  /** Counts the bytes of `file` on disk, for the run's peak temp disk. */
  fileBudget?: TempBudget;
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
  /**
   * The compressed layer made once more, by a new merge given what the runs learnt: the same
   * bytes (the stream fails if their digest differs). For a layer no file holds.
   */
  again(): Readable;
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
  const compressor = () =>
    createCompressor({ format: options.compression, ...(options.level === undefined ? {} : { level: options.level }) });
  let onDisk = 0;
  return mergeToEnd(options.layers, mergeOptions, async (merged) => {
    let sink: Writable;
    let counted = (_total: number): void => undefined;
    if (options.sinkFor !== undefined) {
      sink = options.sinkFor(merged.attempt);
    } else if (merged.attempt === 1) {
      const growing = createGrowingFile(options.file);
      options.onFirstRun?.(growing);
      sink = growing.writer();
    } else {
      // flags 'w': a new run truncates what a failed one wrote
      sink = createWriteStream(options.file, { flags: 'w' });
    }
    if (options.sinkFor === undefined && options.fileBudget !== undefined) {
      const budget = options.fileBudget;
      // A new run truncates the file.
      budget.shrank(onDisk);
      onDisk = 0;
      counted = (total) => {
        budget.grew(total - onDisk);
        onDisk = total;
      };
    }
    const uncompressed = createDigestStream();
    const compressed = createDigestStream();
    let bytesOut = 0;
    const meterIn = createMeter((bytesIn) => options.onBytes?.(bytesIn, bytesOut));
    const meterOut = createMeter((total) => {
      bytesOut = total;
      counted(total);
    });
    await pipeline(
      merged.stream,
      meterIn,
      uncompressed.stream,
      compressor(),
      compressed.stream,
      meterOut,
      sink,
      ...(options.signal === undefined ? [] : [{ signal: options.signal }]),
    );
    const [diff, blob, stats] = await Promise.all([uncompressed.result, compressed.result, merged.stats]);
    options.onBytes?.(diff.size, bytesOut);
    const again = (): Readable => remerge(options.layers, merged.options, compressor, blob.digest);
    return { file: options.file, digest: blob.digest, size: blob.size, diffId: diff.digest, uncompressedSize: diff.size, stats, again };
  });
}

/** One more merge run with the options of the run that completed, compressed and checked against its digest. */
function remerge(layers: LayerInput[], options: MergeOptions, compressor: () => Duplex, digest: string): Readable {
  const hash = createHash('sha256');
  const check = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      const made = `sha256:${hash.digest('hex')}`;
      callback(
        made === digest
          ? null
          : contentError(`the merged layer made again is ${made}, not ${digest}: the source changed between two reads`),
      );
    },
  });
  const out = new PassThrough();
  pipeline(mergeLayers(layers, options).stream, compressor(), check, out).catch((error: unknown) => out.destroy(error as Error));
  return out;
}
