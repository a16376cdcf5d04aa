import { usageError } from './errors.ts';
import { familyOf, type Compression } from './image/family.ts';
import { buildIndex } from './image/manifest.ts';
import type { ManifestFamily } from './image/media-types.ts';
import { parseManifest, type ParsedManifest } from './image/parse.ts';
import { formatPlatform } from './image/platform.ts';
import type { Descriptor, RawManifest } from './image/types.ts';
import { flattenImage, type ImageJob, type ImageResult } from './pipeline/flatten-image.ts';
import { previousFor, readPrevious, type PreviousRoot } from './pipeline/reuse.ts';
import { annotatedBase, BASE_NAME, readBaseDiffIds } from './pipeline/base-layers.ts';
import { noProgress, type ProgressListener } from './pipeline/progress.ts';
import { checkSingleImagePlatform, selectChildren } from './pipeline/select-children.ts';
import { checkCredentialsFile, checkTarget, createRunTempDir, sided } from './pipeline/preflight.ts';
import { resolveOptions } from './options/flatten-options.ts';
import { checkAgainstSource } from './options/source-checks.ts';
import { removeLeftovers } from './pipeline/leftovers.ts';
import { journalWriter } from './pipeline/upload-journal.ts';
import { ioFailure } from './io-errors.ts';
import { tmpdir } from 'node:os';
import { createTempBudget } from './pipeline/temp-budget.ts';
import { openSource, openTarget, sameLocation, type TransportOptions } from './transport/open.ts';
import type { ImageSource, ImageTarget } from './transport/types.ts';

export interface FlattenOptions {
  /**
   * Source image: `docker://REF` or a bare registry reference, `oci:DIR[:TAG]`,
   * `oci-archive:FILE[:TAG]`, `docker-archive:FILE[:NAME:TAG]`. Every option is validated, and
   * its default filled, by resolveOptions (src/options/flatten-options.ts) before any work.
   */
  source: string;
  /** Target: the same forms (a docker archive holds one image). */
  target: string;
  /** `os/arch[/variant]` selectors for an index; default: every platform. */
  platforms?: string[];
  /** With one platform selected from an index, push an index of the selection rather than a plain image. */
  keepIndex?: boolean;
  /** Keep the N oldest layers as they are. */
  keepBase?: number;
  /** Keep the layers the image shares with this image (common prefix of diff_ids). */
  base?: string;
  /** Default gzip; a docker-archive: target stores layers uncompressed whatever this says (with a warning). */
  compression?: Compression;
  /** gzip 1-9 (default 6), zstd 1-19 (default 3). */
  level?: number;
  /** Output manifest family; default: the source's. */
  format?: ManifestFamily;
  /** RFC 3339 time or `now` for `created` and the appended history entry; default: the source's. */
  created?: string;
  /** Seconds since the epoch, used when `created` is absent (reproducible builds convention). */
  sourceDateEpoch?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  /** Allow writing over the source's own tag. */
  force?: boolean;
  /**
   * Reuse what the target already holds when it is exactly the image this run would write
   * (default true): a repeated run then downloads, merges and uploads nothing.
   */
  reuse?: boolean;
  /** Read manifests and configs only; write nothing. */
  dryRun?: boolean;
  /**
   * Before the tag is written, read each flattened image back from the target and compare its
   * filesystem with the source's (both computed by the diff applier); any difference fails the
   * run. Costs one more read of the source layers and of the result.
   */
  verify?: boolean;
  /** Merge non-distributable (foreign) layers instead of keeping them. */
  allowNondistributable?: boolean;
  /** Layer downloads in flight. */
  concurrency?: number;
  /** Where temp files go (default: the OS temp dir). */
  tempDirectory?: string;
  /**
   * Temp disk the run's spools may take at once: bytes, a size such as '256MiB', or 'unlimited'
   * (default 512 MiB). Layers that do not fit stream from the source, and are fetched again when
   * read again (docs/temp-budget.md).
   */
  tempBudget?: number | string;
  transport?: TransportOptions;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

export interface PlatformSummary {
  platform: string;
  digest: string;
  layersBefore: number;
  layersAfter: number;
  keptLayers: number;
  bytesBefore: number;
  bytesAfter: number;
  mergedLayer?: { digest: string; diffId: string; size: number; uncompressedSize: number; entries: number; bytesDropped: number };
  /** The target already held exactly this image, so nothing was merged (mergedLayer is then absent). */
  reused: boolean;
}

export interface FlattenResult {
  source: string;
  target: string;
  /** What was written: the target reference with its digest (empty for a dry run). */
  reference: string;
  digest: string;
  mediaType: string;
  dryRun: boolean;
  platforms: PlatformSummary[];
  /** Index children left out (attestations, unselected platforms), with the reason. */
  dropped: { digest: string; reason: string }[];
  uploaded: { blobs: number; bytes: number; existed: number; mounted: number };
  /** Temp disk the run used at its peak (spooled layers and the merged layer), removed at its end. */
  tempBytes: number;
  /** The --temp-budget it ran under, in bytes (null: unlimited). */
  tempBudget: number | null;
  /** Layer blobs fetched again from the source because no spool held them (docs/temp-budget.md). */
  refetches: number;
  durationMs: number;
}

/**
 * Flatten an image (or every selected platform of an index) from `source` into `target`.
 * The target's tag is written last, after every blob and child manifest is stored; any
 * failure before that leaves the target as it was.
 */
export async function flatten(options: FlattenOptions): Promise<FlattenResult> {
  const started = performance.now();
  const progress = options.onProgress ?? noProgress;
  const warn = (message: string): void => progress({ type: 'warning', message });
  // Every option, before any network or disk work (src/options/flatten-options.ts).
  const resolved = resolveOptions(options);
  const { selectors, created } = resolved;
  if (!options.force && sameLocation(options.source, options.target)) {
    throw usageError(`the target ${options.target} is the source itself; add --force to overwrite it`);
  }
  resolved.warnings.forEach(warn);
  await checkCredentialsFile(options.transport?.credentialsFile);
  const tempParent = options.tempDirectory ?? tmpdir();
  // Made first, even for a dry run: an archive source is unpacked in it, so every temp file of
  // the run lives under --tmp-dir.
  const temp = await createRunTempDir(options.tempDirectory);
  const transport: TransportOptions = {
    ...options.transport,
    stagingDirectory: temp.path,
    onNote: (message) => progress({ type: 'note', message }),
    // Open upload sessions are journaled in the temp dir: if this run is killed, the next cancels them.
    onUploadSession: journalWriter(temp.path),
  };
  let source: ImageSource;
  try {
    // Before any blob is pulled: the target can be written (src/pipeline/preflight.ts).
    if (!resolved.dryRun) await checkTarget(options.target, resolved.targetKind, transport, options.signal);
    source = await openSource(options.source, transport);
  } catch (error) {
    const failure = ioFailure(error, { doing: `reading ${options.source}`, path: temp.path, directory: tempParent });
    await temp.remove();
    throw failure;
  }
  let target: ImageTarget | undefined;
  let previous: PreviousRoot | undefined;
  try {
    target = resolved.dryRun
      ? undefined
      : await openTarget(options.target, transport).catch((error: unknown) => {
          throw ioFailure(error, { doing: `opening ${options.target}`, path: '' });
        });
    const rootRaw = await source.getRootManifest(options.signal).catch((error: unknown) => {
      throw sided(error, 'source', options.source);
    });
    const root = parseManifest(rootRaw, source.description);
    checkAgainstSource(resolved, root, target?.family, source.description).forEach(warn);
    // What runs killed with -9 left where this one writes: once source and target are known to
    // be valid, so a mistyped command does no housekeeping; best effort.
    const removed = await removeLeftovers(tempParent, options.target).catch(() => undefined);
    const cancelled =
      removed === undefined || removed.sessions.length === 0 ? 0 : ((await target?.cancelUploads?.(removed.sessions).catch(() => 0)) ?? 0);
    if (removed?.line !== undefined) {
      progress({
        type: 'note',
        message: `${removed.line}${cancelled === 0 ? '' : `; cancelled ${cancelled} upload session${cancelled === 1 ? '' : 's'} they left open`}`,
      });
    }
    previous = !resolved.reuse || target === undefined ? undefined : await readPrevious(target, options.signal);
    const autoBase = options.base === 'auto';
    const baseDiffIds = options.base === undefined || autoBase ? undefined : await readBaseDiffIds(options.base, { ...options, transport });
    /** `--base auto`: each image's own base, as its annotations (or its index's) name it. */
    const annotatedBaseDiffIds = new Map<string, Promise<(platform: Descriptor['platform']) => string[]>>();
    const keepFor = async (
      manifest: ParsedManifest & { kind: 'image' },
      label: string,
      platform: Descriptor['platform'],
      indexAnnotations?: Readonly<Record<string, string>>,
    ): Promise<ImageJob['keep']> => {
      if (!autoBase) return baseDiffIds === undefined ? { count: options.keepBase ?? 0 } : { baseDiffIds: baseDiffIds(platform) };
      const reference = annotatedBase(manifest.manifest.annotations, indexAnnotations);
      if (reference === undefined) {
        throw usageError(
          `--base auto: ${label} names no base image (no ${BASE_NAME} annotation); name it with --base REF or count its layers with --keep-base N`,
        );
      }
      let lookup = annotatedBaseDiffIds.get(reference);
      if (lookup === undefined) {
        lookup = readBaseDiffIds(reference, { ...options, transport });
        annotatedBaseDiffIds.set(reference, lookup);
      }
      progress({ type: 'note', message: `${label}: base ${reference} (from its annotations)` });
      return { baseDiffIds: (await lookup)(platform) };
    };
    const budget = createTempBudget(resolved.tempBudget);
    const job = (
      manifest: ParsedManifest & { kind: 'image' },
      label: string,
      family: ManifestFamily,
      keep: ImageJob['keep'],
    ): ImageJob => ({
      source,
      target: target as ImageTarget,
      manifest: manifest.manifest,
      manifestDigest: manifest.raw.digest,
      label,
      family,
      keep,
      compression: resolved.compression,
      ...(resolved.level === undefined ? {} : { level: resolved.level }),
      ...(created === undefined ? {} : { created }),
      ...(options.labels === undefined ? {} : { labels: options.labels }),
      ...(options.annotations === undefined ? {} : { annotations: options.annotations }),
      allowNondistributable: options.allowNondistributable ?? false,
      concurrency: resolved.concurrency,
      budget,
      directory: temp?.path ?? '',
      dryRun: resolved.dryRun,
      ...(options.verify === true ? { verify: true } : {}),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      progress,
    });

    const results: ImageResult[] = [];
    const dropped: FlattenResult['dropped'] = [];
    let written: RawManifest;
    if (root.kind === 'image') {
      if (selectors.length > 0) await checkSingleImagePlatform(source, root, selectors, options.signal);
      const previousImage = previous === undefined ? undefined : await previousFor(previous, undefined, options.signal);
      const result = await flattenImage({
        ...job(
          root,
          source.description,
          options.format ?? target?.family ?? familyOf(root.mediaType),
          await keepFor(root, source.description, undefined),
        ),
        ...(previousImage === undefined ? {} : { previous: previousImage }),
      });
      results.push(result);
      written = result.manifest;
    } else {
      const family = options.format ?? target?.family ?? familyOf(root.mediaType);
      const children = await selectChildren(source, root, selectors, progress, dropped, options.signal);
      const descriptors: Descriptor[] = [];
      for (const child of children) {
        const label = formatPlatform(child.descriptor.platform);
        const previousImage = previous === undefined ? undefined : await previousFor(previous, child.descriptor.platform, options.signal);
        const result = await flattenImage({
          ...job(child.parsed, label, family, await keepFor(child.parsed, label, child.descriptor.platform, root.index.annotations)),
          ...(previousImage === undefined ? {} : { previous: previousImage }),
        });
        results.push(result);
        if (!options.dryRun) await target?.putManifest(result.manifest, options.signal);
        descriptors.push(childDescriptor(child.descriptor, result.manifest));
        progress({ type: 'platform-done', platform: label, digest: result.manifest.digest });
      }
      const single = selectors.length === 1 && children.length === 1 && !resolved.keepIndex;
      written = single
        ? (results[0] as ImageResult).manifest
        : buildIndex({
            family,
            source: root.index,
            manifests: descriptors,
            ...(options.annotations === undefined ? {} : { annotations: options.annotations }),
          });
    }

    // An interrupt that arrived while a step ignored it (local files need no network) must still
    // stop the run before the one write that changes what the target names.
    options.signal?.throwIfAborted();
    const reference = options.dryRun || target === undefined ? '' : await target.commit(written, options.signal);
    // Spools may be deleted before the end: their peak, plus what else the temp dir holds.
    const tempBytes = Math.max(0, ((await temp?.size()) ?? 0) - budget.onDisk) + budget.peak;
    const tempBudget = Number.isFinite(budget.limit) ? budget.limit : null;
    progress({ type: 'temp-disk', bytes: tempBytes, budget: tempBudget, refetches: budget.refetches });
    return {
      source: options.source,
      target: options.target,
      reference,
      digest: resolved.dryRun ? '' : resolved.targetKind === 'docker-archive' ? imageId(written, source.description) : written.digest,
      mediaType: written.mediaType,
      dryRun: options.dryRun ?? false,
      platforms: results.map(summarise),
      dropped,
      uploaded: results.reduce(
        (sum, r) => ({
          blobs: sum.blobs + r.uploaded.blobs,
          bytes: sum.bytes + r.uploaded.bytes,
          existed: sum.existed + r.uploaded.existed,
          mounted: sum.mounted + r.uploaded.mounted,
        }),
        { blobs: 0, bytes: 0, existed: 0, mounted: 0 },
      ),
      tempBytes,
      tempBudget,
      refetches: budget.refetches,
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    await target?.abort().catch(() => {});
    // A system error from the disk (a full --tmp-dir, EACCES, EMFILE) ends as exit 6 naming the directory.
    const written = await temp?.size().catch(() => undefined);
    throw temp === undefined
      ? error
      : ioFailure(error, {
          doing: 'writing temp files',
          path: temp.path,
          directory: tempParent,
          ...(written === undefined ? {} : { written }),
        });
  } finally {
    await Promise.allSettled([source.close(), previous?.source.close(), target?.close(), temp?.remove()]);
  }
}

/**
 * A docker archive holds no manifest: docker load and docker images know the image by its
 * config's digest (the image ID), so that is the digest reported for it.
 */
function imageId(manifest: RawManifest, where: string): string {
  const parsed = parseManifest(manifest, where);
  return parsed.kind === 'image' ? parsed.manifest.config.digest : manifest.digest;
}

function childDescriptor(source: Descriptor, manifest: RawManifest): Descriptor {
  const descriptor: Descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
  if (source.platform !== undefined) descriptor.platform = source.platform;
  if (source.annotations !== undefined) descriptor.annotations = source.annotations;
  return descriptor;
}

function summarise(result: ImageResult): PlatformSummary {
  const summary: PlatformSummary = {
    reused: result.reused,
    // For an index child its label is its platform; a single image's label is its name.
    platform: result.platform === '' ? result.label : result.platform,
    digest: result.manifest.digest,
    layersBefore: result.layersBefore,
    layersAfter: result.layersAfter,
    keptLayers: result.keptLayers,
    bytesBefore: result.bytesBefore,
    bytesAfter: result.bytesAfter,
  };
  if (result.merged !== undefined) {
    summary.mergedLayer = {
      digest: result.merged.digest,
      diffId: result.merged.diffId,
      size: result.merged.size,
      uncompressedSize: result.merged.uncompressedSize,
      entries: result.merged.stats.entriesOut,
      bytesDropped: result.merged.stats.bytesDropped,
    };
  }
  return summary;
}
