import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { contentError, FlattenError, usageError } from '../errors.ts';
import { describeCompression } from '../compress/compressor.ts';
import { flattenConfig } from '../image/config.ts';
import { encodeJson } from '../image/digest.ts';
import { convertLayerMediaType, familyTypes, layerMediaType, type Compression } from '../image/family.ts';
import { classifyLayer } from '../image/layer-types.ts';
import { buildManifest } from '../image/manifest.ts';
import type { ManifestFamily } from '../image/media-types.ts';
import { parseConfig, parseManifest } from '../image/parse.ts';
import type { Descriptor, ImageManifest, RawManifest } from '../image/types.ts';
import { decompressLayer, type LayerInput, type MergeStats } from '../rootfs/index.ts';
import type { BlobOutcome, ImageSource, ImageTarget } from '../transport/types.ts';
import { metered } from '../stream/meter.ts';
import { buildMergedLayer } from './build-layer.ts';
import type { GrowingFile } from './growing-file.ts';
import { createDiffIdCheck } from './diff-id-check.ts';
import { createLayerStore } from './layer-store.ts';
import { createMergedSink, type MergedSink } from './merged-sink.ts';
import type { ProgressListener } from './progress.ts';
import { findReusable, type Previous } from './reuse.ts';
import { createTempBudget, type TempBudget } from './temp-budget.ts';
import { verifyResult } from './verify-result.ts';

export interface ImageJob {
  source: ImageSource;
  target: ImageTarget;
  manifest: ImageManifest;
  /** Digest of the source manifest, recorded in history. */
  manifestDigest: string;
  /** For messages: `linux/amd64`, or the image name for a single image. */
  label: string;
  family: ManifestFamily;
  /** Layers to keep as they are: a count, or the diff_ids of a base image to match as a prefix. */
  keep: { count: number } | { baseDiffIds: readonly string[] };
  compression: Compression;
  level?: number;
  created?: string;
  labels?: Readonly<Record<string, string>>;
  annotations?: Readonly<Record<string, string>>;
  allowNondistributable: boolean;
  concurrency: number;
  directory: string;
  dryRun: boolean;
  /** What the target reference names now, for reuse by a repeated run. */
  previous?: Previous;
  /** Read the result back and compare its filesystem with the source's before returning (verify-result.ts). */
  verify?: boolean;
  /** The run's temp disk budget (temp-budget.ts); unlimited when absent. */
  budget?: TempBudget;
  signal?: AbortSignal;
  progress: ProgressListener;
}

export interface ImageResult {
  label: string;
  /** `os/arch[/variant]` from the image's config. */
  platform: string;
  manifest: RawManifest;
  layersBefore: number;
  layersAfter: number;
  keptLayers: number;
  /** Compressed sizes. */
  bytesBefore: number;
  bytesAfter: number;
  /** What a dry run cannot know is absent. */
  merged?: { digest: string; size: number; diffId: string; uncompressedSize: number; stats: MergeStats };
  uploaded: { blobs: number; bytes: number; existed: number; mounted: number };
  /** The target already held exactly this image: nothing was merged or uploaded. */
  reused: boolean;
}

/** How many base layers stay as they are. */
function keptLayerCount(job: ImageJob, diffIds: readonly string[]): number {
  const layers = job.manifest.layers;
  let count: number;
  if ('count' in job.keep) {
    count = job.keep.count;
    if (count >= layers.length && layers.length > 0) {
      throw usageError(`--keep-base ${count} keeps all ${layers.length} layers of ${job.label}: nothing would be merged`);
    }
  } else {
    count = 0;
    while (count < diffIds.length && count < job.keep.baseDiffIds.length && diffIds[count] === job.keep.baseDiffIds[count]) count += 1;
    if (count === layers.length) count = Math.max(0, count - 1);
  }
  // A non-distributable layer cannot be fetched from the registry, only kept where it is: keep
  // everything up to the last one, unless the user lets us merge them.
  if (!job.allowNondistributable) {
    layers.forEach((layer, i) => {
      if (classifyLayer(layer.mediaType, layer.digest, job.label) === 'nondistributable' && i >= count) {
        job.progress({
          type: 'note',
          message: `${job.label}: layer ${layer.digest} is non-distributable; kept as it is with the layers below it (--allow-nondistributable merges it)`,
        });
        count = i + 1;
      }
    });
    if (count >= layers.length) {
      throw usageError(`${job.label}: every layer is non-distributable or kept; add --allow-nondistributable to merge them`);
    }
  }
  return count;
}

export async function flattenImage(job: ImageJob): Promise<ImageResult> {
  const { source, target, manifest, signal } = job;
  signal?.throwIfAborted();
  const layers = manifest.layers;
  layers.forEach((layer) => classifyLayer(layer.mediaType, layer.digest, job.label));
  const configBytes = await source.getBlobBytes(manifest.config, signal);
  const sourceConfig = parseConfig(configBytes, job.label);
  const diffIds = (sourceConfig.rootfs as { diff_ids: string[] }).diff_ids;
  const diffIdCheck = createDiffIdCheck(job.label, layers, diffIds);
  const platform = configPlatform(sourceConfig);
  if (layers.length === 0) throw contentError(`${job.label}: the image has no layers to flatten`);
  const keptCount = keptLayerCount(job, diffIds);
  const kept = layers.slice(0, keptCount);
  const mergedLayers = layers.slice(keptCount);
  job.progress({ type: 'image', platform: job.label, layers: layers.length, merged: mergedLayers.length, kept: kept.length });
  const bytesBefore = layers.reduce((sum, l) => sum + l.size, 0);
  const keptDescriptors = kept.map((layer) => ({ ...layer, mediaType: convertLayerMediaType(layer.mediaType, job.family) }));
  const uploaded = { blobs: 0, bytes: 0, existed: 0, mounted: 0 };

  if (job.dryRun) {
    return {
      label: job.label,
      platform,
      manifest: { bytes: new Uint8Array(), mediaType: familyTypes(job.family).manifest, digest: '' },
      layersBefore: layers.length,
      layersAfter: kept.length + 1,
      keptLayers: kept.length,
      bytesBefore,
      bytesAfter: kept.reduce((sum, l) => sum + l.size, 0),
      uploaded,
      reused: false,
    };
  }

  const layerFormat = describeCompression({ format: job.compression, ...(job.level === undefined ? {} : { level: job.level }) });
  const configFor = (mergedDiffId: string): Record<string, unknown> =>
    flattenConfig(sourceConfig, {
      keptLayers: kept.length,
      keptDiffIds: diffIds.slice(0, kept.length),
      mergedDiffId,
      sourceDigest: job.manifestDigest,
      mergedLayerCount: mergedLayers.length,
      layerFormat,
      ...(job.created === undefined ? {} : { created: job.created }),
      ...(job.labels === undefined ? {} : { labels: job.labels }),
    });
  const mergedMediaType = layerMediaType(job.family, job.compression);
  if (job.previous !== undefined) {
    const reused = await findReusable({
      previous: job.previous,
      target,
      family: job.family,
      sourceManifest: manifest,
      keptDescriptors,
      mergedMediaType,
      configMediaType: familyTypes(job.family).config,
      configFor,
      ...(job.annotations === undefined ? {} : { annotations: job.annotations }),
      ...(signal === undefined ? {} : { signal }),
    });
    if (reused !== undefined) {
      job.progress({
        type: 'note',
        message: `${job.label}: ${target.description} already holds this flattened image (${reused.manifest.digest}); nothing to merge or upload`,
      });
      return {
        label: job.label,
        platform,
        manifest: reused.manifest,
        layersBefore: layers.length,
        layersAfter: kept.length + 1,
        keptLayers: kept.length,
        bytesBefore,
        bytesAfter: kept.reduce((sum, l) => sum + l.size, 0) + reused.merged.size,
        uploaded: { ...uploaded, existed: kept.length + 2 },
        reused: true,
      };
    }
  }

  const budget = job.budget ?? createTempBudget(Number.POSITIVE_INFINITY);
  const store = createLayerStore(source, layers, {
    directory: job.directory,
    concurrency: job.concurrency,
    budget,
    signal,
    onBytes: (digest, bytes, total, done) => job.progress({ type: 'download', platform: job.label, digest, bytes, total, done }),
  });
  const uncompressed = (index: number): Readable => {
    const descriptor = layers[index] as Descriptor;
    return diffIdCheck.watch(index, decompressLayer(store.open(descriptor), descriptor));
  };
  const input = (index: number): LayerInput => ({ id: (layers[index] as Descriptor).digest, open: () => uncompressed(index) });
  const layerFile = join(job.directory, `merged-${job.manifestDigest.replace(':', '-')}`);
  // The merged layer's upload follows the layer file while the merge writes it (docs/design.md
  // section 5), on targets that can take a blob whose digest comes last. An upload that fails
  // for good (its requests retried as often as allowed) stops the merge: the run has failed.
  // One per streamed run: under a budget every run streams (a run thrown away rejects its own).
  let finalMerged = deferred<Descriptor>();
  const building = new AbortController();
  const stopBuilding = (): void => building.abort(signal?.reason);
  if (signal?.aborted === true) stopBuilding();
  else signal?.addEventListener('abort', stopBuilding, { once: true });
  let streamed: Promise<BlobOutcome | undefined> | undefined;
  let streamFailure: { error: unknown } | undefined;
  const streamMerged = (file: GrowingFile | MergedSink): void => {
    if (target.streamBlob === undefined) return;
    const final = finalMerged;
    // A first run thrown away (rule 7) means the streamed bytes are not the layer.
    if ('done' in file) file.done.catch((error: unknown) => final.reject(error));
    else file.sink.on('error', (error: unknown) => final.reject(error));
    const follow = (): Readable => ('done' in file ? file.reader({ batch: STREAM_BATCH }) : (file.follower as Readable));
    const upload = target.streamBlob(
      () =>
        metered(follow(), (bytes) => job.progress({ type: 'upload', platform: job.label, digest: MERGED, bytes, total: 0, merged: true })),
      final.promise,
      {
        ...(signal === undefined ? {} : { signal }),
        onNotStored: (why) =>
          job.progress({
            type: 'note',
            message: `${job.label}: the merged layer could not be sent while it was made (${why}); sending it now`,
          }),
      },
    );
    upload.catch((error: unknown) => {
      streamFailure = { error };
      building.abort(error);
    });
    // An upload that gave up (or never read) must not hold the merge back.
    if (!('done' in file)) upload.then(file.detach, file.detach);
    streamed = upload;
  };
  // Under a finite budget the merged layer is spooled only while it fits (merged-sink.ts).
  let mergedSink: MergedSink | undefined;
  const sinkFor = (attempt: number): MergedSink['sink'] => {
    // A file per run: a run thrown away removes its own while the next one writes.
    mergedSink = createMergedSink(`${layerFile}-${attempt}`, budget, target.streamBlob !== undefined);
    if (attempt > 1) finalMerged = deferred<Descriptor>();
    streamMerged(mergedSink);
    return mergedSink.sink;
  };
  let built: Awaited<ReturnType<typeof buildMergedLayer>>;
  try {
    built = await buildMergedLayer({
      layers: mergedLayers.map((_, i) => input(keptCount + i)),
      lower: kept.map((_, i) => input(i)),
      compression: job.compression,
      ...(job.level === undefined ? {} : { level: job.level }),
      file: layerFile,
      signal: building.signal,
      onWarning: (message) => job.progress({ type: 'note', message: `${job.label}: ${message}` }),
      onBytes: (bytesIn, bytesOut) => job.progress({ type: 'merge', platform: job.label, bytesIn, bytesOut, done: false }),
      ...(Number.isFinite(budget.limit) ? { sinkFor } : { onFirstRun: streamMerged, fileBudget: budget }),
    });
  } catch (error) {
    finalMerged.reject(error);
    await streamed?.catch(() => undefined);
    if (streamFailure !== undefined && signal?.aborted !== true) throw streamFailure.error;
    throw (await store.failure()) ?? diffIdCheck.failure ?? error;
  } finally {
    signal?.removeEventListener('abort', stopBuilding);
  }
  // A layer the merge never read to its end (one it stopped in, or kept layers read for their
  // headers) is read once more: no layer escapes the diff_id check.
  try {
    await diffIdCheck.checkRemaining(uncompressed, signal);
  } catch (error) {
    finalMerged.reject(error);
    await streamed?.catch(() => undefined);
    throw (await store.failure()) ?? error;
  }
  job.progress({ type: 'merge', platform: job.label, bytesIn: built.uncompressedSize, bytesOut: built.size, done: true });

  const mergedDescriptor: Descriptor = {
    mediaType: mergedMediaType,
    digest: built.digest,
    size: built.size,
  };
  finalMerged.resolve(mergedDescriptor);
  const configBlob = encodeJson(configFor(built.diffId), familyTypes(job.family).config);
  const configDescriptor: Descriptor = { mediaType: configBlob.mediaType, digest: configBlob.digest, size: configBlob.bytes.length };

  const count = (descriptor: Descriptor, outcome: BlobOutcome, merged = false): void => {
    if (outcome === 'existed') uploaded.existed += 1;
    else if (outcome === 'mounted') uploaded.mounted += 1;
    else {
      uploaded.blobs += 1;
      uploaded.bytes += descriptor.size;
    }
    const bytes = outcome === 'uploaded' ? descriptor.size : 0;
    job.progress({
      type: 'upload',
      platform: job.label,
      digest: descriptor.digest,
      bytes,
      total: descriptor.size,
      outcome,
      ...(merged ? { merged } : {}),
    });
  };
  const put = async (descriptor: Descriptor, open: () => Readable | Promise<Readable>, merged = false) => {
    // Each (re)opened stream counts its bytes from zero, so a retried upload shows its restart.
    const reopen = async (): Promise<Readable> =>
      metered(await open(), (bytes) =>
        job.progress({
          type: 'upload',
          platform: job.label,
          digest: descriptor.digest,
          bytes,
          total: descriptor.size,
          ...(merged ? { merged } : {}),
        }),
      );
    count(descriptor, await target.putBlob(descriptor, reopen, { mountFrom: source, ...(signal === undefined ? {} : { signal }) }), merged);
  };
  // Non-distributable layers are not copied (image-spec: they SHOULD NOT be uploaded): their
  // descriptors, urls included, tell clients where to fetch them, in the new manifest as before.
  const distributable = keptDescriptors.filter((layer) => !isNondistributable(layer, job.label));
  for (const layer of distributable) {
    await put(layer, () => store.open(layer));
  }
  const streamedOutcome = await streamed;
  // No spool holds a layer that outgrew the budget: each attempt of its upload merges it again.
  const mergedBytes = (): Readable =>
    mergedSink === undefined ? createReadStream(layerFile) : mergedSink.spooled ? createReadStream(mergedSink.path) : built.again();
  if (streamedOutcome === undefined) await put(mergedDescriptor, mergedBytes, true);
  else count(mergedDescriptor, streamedOutcome, true);
  await put(configDescriptor, () => Readable.from([configBlob.bytes]));
  await mergedSink?.discard();
  await store.settled();
  // Nothing lost: a manifest (and so the tag) may only name blobs the target really holds.
  await verifyPresent(target, [configDescriptor, ...distributable, mergedDescriptor], job.label, signal);

  const raw = buildManifest({
    family: job.family,
    source: manifest,
    config: configDescriptor,
    layers: [...keptDescriptors, mergedDescriptor],
    ...(job.annotations === undefined ? {} : { annotations: job.annotations }),
  });
  if (job.verify === true) {
    const started = performance.now();
    const built = parseManifest(raw, job.label);
    if (built.kind !== 'image') throw new Error('buildManifest made an index');
    const entries = await verifyResult({
      label: job.label,
      source: { label: job.label, layers, diffIds },
      openSource: (descriptor) => store.open(descriptor),
      result: built.manifest,
      target,
      notStored: (descriptor) => isNondistributable(descriptor, job.label),
      ...(signal === undefined ? {} : { signal }),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    job.progress({
      type: 'note',
      message: `${job.label}: verified: read back from ${target.description}, its ${entries} entries equal the source's (${seconds} s)`,
    });
  }
  // The next image of an index gets the room.
  await store.close();
  return {
    label: job.label,
    platform,
    manifest: raw,
    layersBefore: layers.length,
    layersAfter: kept.length + 1,
    keptLayers: kept.length,
    bytesBefore,
    bytesAfter: kept.reduce((sum, l) => sum + l.size, 0) + built.size,
    merged: { digest: built.digest, size: built.size, diffId: built.diffId, uncompressedSize: built.uncompressedSize, stats: built.stats },
    uploaded,
    reused: false,
  };
}

/**
 * The streamed upload reads the growing layer in steps of this size: following each small write
 * of the compressor cost the merge ~1 s of a 10 s zstd run on 2 cores (measured), in 1 MiB steps
 * the upload is nearly free.
 */
const STREAM_BATCH = 1024 * 1024;

/** The progress key of the merged layer while it uploads before its digest is known. */
const MERGED = 'merged layer';

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

const isNondistributable = (layer: Descriptor, label: string): boolean =>
  classifyLayer(layer.mediaType, layer.digest, label) === 'nondistributable';

async function verifyPresent(
  target: ImageTarget,
  blobs: readonly Descriptor[],
  label: string,
  signal: AbortSignal | undefined,
): Promise<void> {
  for (const blob of blobs) {
    if (!(await target.hasBlob(blob, signal))) {
      throw new FlattenError(
        'registry',
        `${target.description}: blob ${blob.digest} of ${label} is missing on the target after upload; the tag was not written`,
      );
    }
  }
}

/** `os/arch[/variant]` as the config states it (what --platform selects and --json reports). */
function configPlatform(config: Record<string, unknown>): string {
  return [config.os, config.architecture, config.variant]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join('/');
}
