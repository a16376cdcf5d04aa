import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { contentError, FlattenError, optionError } from '../errors.ts';
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
import { type BuiltLayer, buildMergedLayer } from './build-layer.ts';
import type { GrowingFile } from './growing-file.ts';
import { createDiffIdCheck, type DiffIdCheck } from './diff-id-check.ts';
import { createLayerStore, type LayerStore } from './layer-store.ts';
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
      throw optionError('keepBase', `options.keepBase ${count} keeps all ${layers.length} layers of ${job.label}: nothing would be merged`);
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
          message: `${job.label}: layer ${layer.digest} is non-distributable; kept as it is with the layers below it (options.allowNondistributable merges it)`,
        });
        count = i + 1;
      }
    });
    if (count >= layers.length) {
      throw optionError(
        'allowNondistributable',
        `${job.label}: every layer is non-distributable or kept; set options.allowNondistributable to merge them`,
      );
    }
  }
  return count;
}

/** What one image's flatten works from, read before any layer: its config and which layers are kept. */
interface ImagePlan {
  layers: readonly Descriptor[];
  diffIds: readonly string[];
  diffIdCheck: DiffIdCheck;
  /** `os/arch[/variant]` from the config. */
  platform: string;
  keptCount: number;
  kept: readonly Descriptor[];
  /** The kept layers as the output manifest names them (media types of the output family). */
  keptDescriptors: readonly Descriptor[];
  mergedLayers: readonly Descriptor[];
  /** The config this run writes, given the merged layer's diff_id. */
  configFor(mergedDiffId: string): Record<string, unknown>;
}

/** How an image ended: what is reported for it beyond its plan. */
interface ImageOutcome {
  manifest: RawManifest;
  /** Compressed size of the merged layer; absent for a dry run, which makes none. */
  mergedSize?: number;
  merged?: ImageResult['merged'];
  uploaded: ImageResult['uploaded'];
  reused: boolean;
}

/** The merged layer, made and (on targets that stream) uploading while it was made. */
interface MergedLayer {
  built: BuiltLayer;
  descriptor: Descriptor;
  /** Its bytes for an upload of the whole layer: from its file, or (no spool held it) merged again. */
  open: () => Readable;
  /** Removes its spool, if any. */
  discard: () => Promise<void>;
  /** The streamed upload's outcome; undefined when it did not store the layer (or never ran). */
  streamed: Promise<BlobOutcome | undefined> | undefined;
}

type LayerSpool = LayerStore;

const noUploads = (): ImageResult['uploaded'] => ({ blobs: 0, bytes: 0, existed: 0, mounted: 0 });

export async function flattenImage(job: ImageJob): Promise<ImageResult> {
  job.signal?.throwIfAborted();
  const plan = await planImage(job);
  if (job.dryRun) {
    return imageResult(job, plan, {
      manifest: { bytes: new Uint8Array(), mediaType: familyTypes(job.family).manifest, digest: '' },
      uploaded: noUploads(),
      reused: false,
    });
  }
  const mergedMediaType = layerMediaType(job.family, job.compression);
  const reused = await reusedImage(job, plan, mergedMediaType);
  if (reused !== undefined) return reused;

  const spool = createLayerStore(job.source, plan.layers, {
    directory: job.directory,
    concurrency: job.concurrency,
    budget: job.budget ?? createTempBudget(Number.POSITIVE_INFINITY),
    // A target that cannot take the merged layer while it is made needs it whole: under a
    // budget, its spool gets the room rather than layers ahead of the merge (docs/temp-budget.md).
    ahead: job.target.streamBlob !== undefined || job.budget === undefined || !Number.isFinite(job.budget.limit),
    signal: job.signal,
    onBytes: (digest, bytes, total, done) => job.progress({ type: 'download', platform: job.label, digest, bytes, total, done }),
  });
  try {
    return await writeImage(job, plan, spool, mergedMediaType);
  } catch (error) {
    // Aborted: the downloads stop too; none may still be writing in the temp dir when the run
    // removes it.
    if (job.signal?.aborted === true) await spool.failure();
    throw error;
  }
}

/** Merge, upload and (with `verify`) read back: what a run that is not a dry run or a reuse does. */
async function writeImage(job: ImageJob, plan: ImagePlan, spool: LayerSpool, mergedMediaType: string): Promise<ImageResult> {
  const merged = await mergeLayers(job, plan, spool, mergedMediaType);
  const configBlob = encodeJson(plan.configFor(merged.built.diffId), familyTypes(job.family).config);
  const configDescriptor: Descriptor = { mediaType: configBlob.mediaType, digest: configBlob.digest, size: configBlob.bytes.length };
  const uploaded = await storeBlobs(job, plan, spool, merged, configDescriptor, configBlob.bytes);

  const raw = buildManifest({
    family: job.family,
    source: job.manifest,
    config: configDescriptor,
    layers: [...plan.keptDescriptors, merged.descriptor],
    ...(job.annotations === undefined ? {} : { annotations: job.annotations }),
  });
  if (job.verify === true) await verifyImage(job, plan, spool, raw);
  // The next image of an index gets the room.
  await spool.close();
  const { built } = merged;
  return imageResult(job, plan, {
    manifest: raw,
    mergedSize: built.size,
    merged: { digest: built.digest, size: built.size, diffId: built.diffId, uncompressedSize: built.uncompressedSize, stats: built.stats },
    uploaded,
    reused: false,
  });
}

/** Reads the config and decides which layers are kept; no layer is read. */
async function planImage(job: ImageJob): Promise<ImagePlan> {
  const { source, manifest, signal } = job;
  const layers = manifest.layers;
  for (const layer of layers) classifyLayer(layer.mediaType, layer.digest, job.label);
  const configBytes = await source.getBlobBytes(manifest.config, signal);
  const sourceConfig = parseConfig(configBytes, job.label);
  const diffIds = sourceConfig.rootfs.diff_ids;
  const diffIdCheck = createDiffIdCheck(job.label, layers, diffIds);
  const platform = configPlatform(sourceConfig);
  if (layers.length === 0) throw contentError(`${job.label}: the image has no layers to flatten`);
  const keptCount = keptLayerCount(job, diffIds);
  const kept = layers.slice(0, keptCount);
  const mergedLayers = layers.slice(keptCount);
  job.progress({ type: 'image', platform: job.label, layers: layers.length, merged: mergedLayers.length, kept: kept.length });
  const layerFormat = describeCompression({ format: job.compression, ...(job.level === undefined ? {} : { level: job.level }) });
  return {
    layers,
    diffIds,
    diffIdCheck,
    platform,
    keptCount,
    kept,
    keptDescriptors: kept.map((layer) => ({ ...layer, mediaType: convertLayerMediaType(layer.mediaType, job.family) })),
    mergedLayers,
    configFor: (mergedDiffId) =>
      flattenConfig(sourceConfig, {
        keptLayers: kept.length,
        keptDiffIds: diffIds.slice(0, kept.length),
        mergedDiffId,
        sourceDigest: job.manifestDigest,
        mergedLayerCount: mergedLayers.length,
        layerFormat,
        ...(job.created === undefined ? {} : { created: job.created }),
        ...(job.labels === undefined ? {} : { labels: job.labels }),
      }),
  };
}

/** The one place an ImageResult is made, whichever way the image ended. */
function imageResult(job: ImageJob, plan: ImagePlan, outcome: ImageOutcome): ImageResult {
  return {
    label: job.label,
    platform: plan.platform,
    manifest: outcome.manifest,
    layersBefore: plan.layers.length,
    layersAfter: plan.kept.length + 1,
    keptLayers: plan.kept.length,
    bytesBefore: plan.layers.reduce((sum, l) => sum + l.size, 0),
    bytesAfter: plan.kept.reduce((sum, l) => sum + l.size, 0) + (outcome.mergedSize ?? 0),
    ...(outcome.merged === undefined ? {} : { merged: outcome.merged }),
    uploaded: outcome.uploaded,
    reused: outcome.reused,
  };
}

/** The image the target already holds, when it is exactly the one this run would write (reuse.ts). */
async function reusedImage(job: ImageJob, plan: ImagePlan, mergedMediaType: string): Promise<ImageResult | undefined> {
  if (job.previous === undefined) return undefined;
  const reused = await findReusable({
    previous: job.previous,
    target: job.target,
    family: job.family,
    sourceManifest: job.manifest,
    keptDescriptors: plan.keptDescriptors,
    mergedMediaType,
    configMediaType: familyTypes(job.family).config,
    configFor: plan.configFor,
    ...(job.annotations === undefined ? {} : { annotations: job.annotations }),
    ...(job.signal === undefined ? {} : { signal: job.signal }),
  });
  if (reused === undefined) return undefined;
  job.progress({
    type: 'note',
    message: `${job.label}: ${job.target.description} already holds this flattened image (${reused.manifest.digest}); nothing to merge or upload`,
  });
  return imageResult(job, plan, {
    manifest: reused.manifest,
    mergedSize: reused.merged.size,
    uploaded: { ...noUploads(), existed: plan.kept.length + 2 },
    reused: true,
  });
}

/**
 * Merges the layers above the kept ones into one layer file. Its upload follows the file while
 * the merge writes it (docs/design.md section 5), on targets that can take a blob whose digest
 * comes last; an upload that fails for good (its requests retried as often as allowed) stops the
 * merge: the run has failed.
 */
async function mergeLayers(job: ImageJob, plan: ImagePlan, spool: LayerSpool, mediaType: string): Promise<MergedLayer> {
  const { target, signal } = job;
  const { layers, diffIdCheck, keptCount } = plan;
  const uncompressed = (index: number): Readable => {
    const descriptor = layers[index] as Descriptor;
    return diffIdCheck.watch(index, decompressLayer(spool.open(descriptor), descriptor));
  };
  const input = (index: number): LayerInput => ({ id: (layers[index] as Descriptor).digest, open: () => uncompressed(index) });
  const layerFile = join(job.directory, `merged-${job.manifestDigest.replace(':', '-')}`);
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
  const budget = job.budget ?? createTempBudget(Number.POSITIVE_INFINITY);
  let mergedSink: MergedSink | undefined;
  const sinkFor = (attempt: number): MergedSink['sink'] => {
    // A file per run: a run thrown away removes its own while the next one writes.
    mergedSink = createMergedSink(`${layerFile}-${attempt}`, budget, target.streamBlob !== undefined);
    if (attempt > 1) finalMerged = deferred<Descriptor>();
    streamMerged(mergedSink);
    return mergedSink.sink;
  };
  let built: BuiltLayer;
  try {
    built = await buildMergedLayer({
      layers: plan.mergedLayers.map((_, i) => input(keptCount + i)),
      lower: plan.kept.map((_, i) => input(i)),
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
    throw (await spool.failure()) ?? diffIdCheck.failure ?? error;
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
    throw (await spool.failure()) ?? error;
  }
  job.progress({ type: 'merge', platform: job.label, bytesIn: built.uncompressedSize, bytesOut: built.size, done: true });
  const descriptor: Descriptor = { mediaType, digest: built.digest, size: built.size };
  finalMerged.resolve(descriptor);
  const sink = mergedSink;
  // No spool holds a layer that outgrew the budget: each attempt of its upload merges it again.
  const open = (): Readable =>
    sink === undefined ? createReadStream(layerFile) : sink.spooled ? createReadStream(sink.path) : built.again();
  return { built, descriptor, open, discard: () => sink?.discard() ?? Promise.resolve(), streamed };
}

/**
 * Puts the kept layers, the merged layer (unless its streamed upload stored it) and the config,
 * then checks the target holds them all: a manifest (and so the tag) may only name blobs the
 * target really holds. Resolves to what each put did.
 */
async function storeBlobs(
  job: ImageJob,
  plan: ImagePlan,
  spool: LayerSpool,
  merged: MergedLayer,
  configDescriptor: Descriptor,
  configBytes: Uint8Array,
): Promise<ImageResult['uploaded']> {
  const { source, target, signal } = job;
  const uploaded = noUploads();
  // One upload's progress: bytes sent so far, and once it is done, what happened to the blob.
  const report = (descriptor: Descriptor, bytes: number, isMerged: boolean, outcome?: BlobOutcome): void =>
    job.progress({
      type: 'upload',
      platform: job.label,
      digest: descriptor.digest,
      bytes,
      total: descriptor.size,
      ...(outcome === undefined ? {} : { outcome }),
      ...(isMerged ? { merged: isMerged } : {}),
    });
  const count = (descriptor: Descriptor, outcome: BlobOutcome, isMerged = false): void => {
    if (outcome === 'existed') uploaded.existed += 1;
    else if (outcome === 'mounted') uploaded.mounted += 1;
    else {
      uploaded.blobs += 1;
      uploaded.bytes += descriptor.size;
    }
    report(descriptor, outcome === 'uploaded' ? descriptor.size : 0, isMerged, outcome);
  };
  const put = async (descriptor: Descriptor, open: () => Readable | Promise<Readable>, isMerged = false) => {
    // Each (re)opened stream counts its bytes from zero, so a retried upload shows its restart.
    const reopen = async (): Promise<Readable> => metered(await open(), (bytes) => report(descriptor, bytes, isMerged));
    count(
      descriptor,
      await target.putBlob(descriptor, reopen, { mountFrom: source, ...(signal === undefined ? {} : { signal }) }),
      isMerged,
    );
  };
  // Non-distributable layers are not copied (image-spec: they SHOULD NOT be uploaded): their
  // descriptors, urls included, tell clients where to fetch them, in the new manifest as before.
  const distributable = plan.keptDescriptors.filter((layer) => !isNondistributable(layer, job.label));
  for (const layer of distributable) {
    await put(layer, () => spool.open(layer));
  }
  const streamedOutcome = await merged.streamed;
  if (streamedOutcome === undefined) await put(merged.descriptor, merged.open, true);
  else count(merged.descriptor, streamedOutcome, true);
  await put(configDescriptor, () => Readable.from([configBytes]));
  await merged.discard();
  await spool.settled();
  await verifyPresent(target, [configDescriptor, ...distributable, merged.descriptor], job.label, signal);
  return uploaded;
}

/** `verify`: the result read back from the target has the source's filesystem (verify-result.ts). */
async function verifyImage(job: ImageJob, plan: ImagePlan, spool: LayerSpool, raw: RawManifest): Promise<void> {
  const started = performance.now();
  const built = parseManifest(raw, job.label);
  if (built.kind !== 'image') throw new Error('buildManifest made an index');
  const entries = await verifyResult({
    label: job.label,
    source: { label: job.label, layers: plan.layers, diffIds: plan.diffIds },
    openSource: (descriptor) => spool.open(descriptor),
    result: built.manifest,
    target: job.target,
    notStored: (descriptor) => isNondistributable(descriptor, job.label),
    ...(job.signal === undefined ? {} : { signal: job.signal }),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  job.progress({
    type: 'note',
    message: `${job.label}: verified: read back from ${job.target.description}, its ${entries} entries equal the source's (${seconds} s)`,
  });
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

/** `os/arch[/variant]` as the config states it (what `platforms` selects and the result reports). */
function configPlatform(config: Record<string, unknown>): string {
  return [config.os, config.architecture, config.variant]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join('/');
}
