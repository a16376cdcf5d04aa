import { optionError } from './errors.ts';
import { familyOf, type Compression } from './image/family.ts';
import { buildIndex } from './image/manifest.ts';
import type { ManifestFamily } from './image/media-types.ts';
import { parseManifest, type ParsedManifest } from './image/parse.ts';
import { formatPlatform } from './image/platform.ts';
import type { Descriptor, RawManifest } from './image/types.ts';
import { flattenImage, type ImageJob, type ImageResult } from './pipeline/flatten-image.ts';
import { previousFor, readPrevious, type Previous, type PreviousRoot } from './pipeline/reuse.ts';
import { createKeepChooser, type KeepChooser } from './pipeline/keep-choice.ts';
import { noProgress, type ProgressListener } from './pipeline/progress.ts';
import { checkSingleImagePlatform, selectChildren } from './pipeline/select-children.ts';
import { checkCredentialsFile, checkTarget, createRunTempDir, sided } from './pipeline/preflight.ts';
import type { TempDir } from './pipeline/temp-dir.ts';
import { resolveOptions, type ResolvedOptions } from './options/flatten-options.ts';
import { checkAgainstSource } from './options/source-checks.ts';
import { removeLeftovers } from './pipeline/leftovers.ts';
import { journalWriter } from './pipeline/upload-journal.ts';
import { ioFailure } from './io-errors.ts';
import { interruptedFailure } from './pipeline/interrupted.ts';
import { tmpdir } from 'node:os';
import { createTempBudget, type TempBudget } from './pipeline/temp-budget.ts';
import { openSource, openTarget, pairClient, sameLocation, type TransportOptions } from './transport/open.ts';
import type { ImageLocation } from './transport/location.ts';
import type { RegistryClient } from './registry/client.ts';
import type { ImageSource, ImageTarget } from './transport/types.ts';
import { referrersAfterCommit } from './referrers/after-commit.ts';
import { readSigningKey, type SigningKey } from './referrers/signing-key.ts';
import type { ReferrerReport, ReferrersMode } from './referrers/types.ts';

export interface FlattenOptions {
  /**
   * Source image: `docker://REF` or a bare registry reference, `oci:DIR[:TAG]`,
   * `oci-archive:FILE[:TAG]`, `docker-archive:FILE[:NAME:TAG]`; or an ImageSource already open
   * (openSource, or one of your own), which the run reads but does not close. Every option is
   * validated, and its default filled, by resolveOptions (src/options/flatten-options.ts) before any work.
   */
  source: string | ImageSource;
  /**
   * Target: the same forms (a docker archive holds one image), or an ImageTarget already open
   * (openTarget, or one of your own), which the run writes and commits but does not close.
   */
  target: string | ImageTarget;
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
  /**
   * What happens to artifacts attached to the source (docs/referrers.md): `auto` (default)
   * carries unsigned SBOMs and attestations re-pointed, `all` unknown types too, `none` nothing.
   * Signatures are never carried.
   */
  referrers?: ReferrersMode;
  /** Attach an in-toto SLSA provenance v1 statement to each flattened manifest. */
  provenance?: boolean;
  /** An ECDSA P-256 PKCS#8 PEM key file: sign each flattened manifest as `cosign sign --key` does (registry targets). */
  signKey?: string;
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

/** Every option of a flatten but its two sides, for `flatten(source, target, options)`. */
export type FlattenSettings = Omit<FlattenOptions, 'source' | 'target'>;

export interface FlattenResult {
  /** The source's name (for an object: the name it was opened by, else its description). */
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
  /** What happened to each artifact attached to the source, and what was added (docs/referrers.md). */
  referrers: ReferrerReport[];
  uploaded: { blobs: number; bytes: number; existed: number; mounted: number };
  /** Temp disk the run used at its peak (spooled layers and the merged layer), removed at its end. */
  tempBytes: number;
  /** The temp budget it ran under, in bytes (null: unlimited). */
  tempBudget: number | null;
  /** Layer blobs fetched again from the source because no spool held them (docs/temp-budget.md). */
  refetches: number;
  durationMs: number;
}

/** The run's temp disk at its end: its peak, the budget it ran under (null: unlimited), layer re-fetches. */
interface TempUsage {
  bytes: number;
  budget: number | null;
  refetches: number;
}

/** One side of a run, parsed once where it came in. */
interface Side<T> {
  /** The object the caller passed (the run neither opens nor closes it); undefined for a name. */
  given: T | undefined;
  /** For messages and the result: the name, or the object's name or description. */
  name: string;
  /** The parsed name; undefined for an object of the caller's own. */
  location: ImageLocation | undefined;
}

/** One run's state once its options are checked: what every step after that works with. */
interface Run {
  options: FlattenOptions;
  source: Side<ImageSource>;
  target: Side<ImageTarget>;
  resolved: ResolvedOptions;
  progress: ProgressListener;
  started: number;
  temp: TempDir;
  /** What the run's spools may take at once, and what they took (pipeline/temp-budget.ts). */
  budget: TempBudget;
  /** Where the temp dir was made (`tempDirectory` or the OS temp dir), for messages about the disk. */
  tempParent: string;
  /** The caller's transport options, plus what this run adds (staging in its temp dir, its journal). */
  transport: TransportOptions;
  /** `--sign-key`, read before any work when the target is a registry (src/referrers/signing-key.ts). */
  signingKey: SigningKey | undefined;
  /** The run's own client for its registry source and target (one pool, one token cache), closed at its end. */
  client: RegistryClient | undefined;
}

/** The images a run reads and writes: `target` is undefined for a dry run. */
interface Sides {
  source: ImageSource;
  target: ImageTarget | undefined;
  /** What the target names now, for reuse. */
  previous: PreviousRoot | undefined;
}

/** What the per-platform work produced: the manifest or index the target's tag will name. */
interface Flattened {
  results: ImageResult[];
  written: RawManifest;
  dropped: FlattenResult['dropped'];
  /** For an index source: each flattened child, from its source descriptor (its referrers follow it). */
  children: { from: Descriptor; to: RawManifest }[];
}

/**
 * Flatten an image (or every selected platform of an index) from `source` into `target`, each
 * given as a name or as an opened ImageSource/ImageTarget. The target's tag is written last,
 * after every blob and child manifest is stored; any failure before that leaves the target as
 * it was. The run's temp directory is gone when the promise settles, also when `signal` aborts
 * it (the promise then rejects with a FlattenError of kind `interrupted`).
 */
export function flatten(source: string | ImageSource, target: string | ImageTarget, options?: FlattenSettings): Promise<FlattenResult>;
/** The same, every option in one object. */
export function flatten(options: FlattenOptions): Promise<FlattenResult>;
export async function flatten(
  first: string | ImageSource | FlattenOptions,
  target?: string | ImageTarget,
  settings: FlattenSettings = {},
): Promise<FlattenResult> {
  const options = target === undefined ? (first as FlattenOptions) : { ...settings, source: first as string | ImageSource, target };
  const run = await prepareRun(options);
  const source = await openSourceSide(run);
  const sides: Sides = { source, target: undefined, previous: undefined };
  try {
    sides.target = await openTargetSide(run);
    const root = await readRoot(run, sides);
    await sweepLeftovers(run, sides.target);
    sides.previous = !run.resolved.reuse || sides.target === undefined ? undefined : await readPrevious(sides.target, options.signal);
    const keep = await createKeepChooser({
      keepBase: options.keepBase,
      base: options.base,
      transport: run.transport,
      signal: options.signal,
      progress: run.progress,
    });
    const flattened = root.kind === 'image' ? await flattenSingle(run, sides, root, keep) : await flattenIndex(run, sides, root, keep);
    // An interrupt that arrived while a step ignored it (local files need no network) must still
    // stop the run before the one write that changes what the target names.
    options.signal?.throwIfAborted();
    const reference = options.dryRun || sides.target === undefined ? '' : await sides.target.commit(flattened.written, options.signal);
    const referrers = await referrersAfterCommit({ ...run, ...flattened, source, target: sides.target, sourceRoot: root.raw });
    const usage: TempUsage = {
      bytes: run.budget.peakWith(await run.temp.size()),
      budget: Number.isFinite(run.budget.limit) ? run.budget.limit : null,
      refetches: run.budget.refetches,
    };
    run.progress({ type: 'temp-disk', ...usage });
    return flattenResult(run, source, flattened, reference, usage, referrers);
  } catch (error) {
    throw await runFailure(run, sides.target, error);
  } finally {
    // Closed first, so that nothing writes in the temp dir while it goes; removed before the
    // promise settles, an aborted run's too: the caller owns no cleanup. Objects the caller gave stay open.
    await Promise.allSettled([
      run.source.given === undefined ? source.close() : undefined,
      sides.previous?.source.close(),
      run.target.given === undefined ? sides.target?.close() : undefined,
    ]);
    await Promise.allSettled([run.client?.close(), run.temp.remove()]);
  }
}

/** Every option checked (before any network or disk work), then the run's temp dir and transport options. */
async function prepareRun(options: FlattenOptions): Promise<Run> {
  const started = performance.now();
  const progress = options.onProgress ?? noProgress;
  const source = sideOf(options.source);
  const target = sideOf(options.target);
  // Every option, before any network or disk work (src/options/flatten-options.ts); a name is
  // parsed there, once, and its parsed location used from then on.
  const resolved = resolveOptions(
    { ...options, source: source.name, target: target.name },
    {
      ...(source.given === undefined ? {} : { source: { kind: source.location?.kind ?? 'object', location: source.location } }),
      ...(target.given === undefined ? {} : { target: { kind: target.location?.kind ?? 'object', location: target.location } }),
    },
  );
  const sourceLocation = resolved.sourceLocation;
  const targetLocation = resolved.targetLocation;
  const sameImage = sourceLocation !== undefined && targetLocation !== undefined && sameLocation(sourceLocation, targetLocation);
  if (!options.force && sameImage) {
    throw optionError('force', `the target ${target.name} is the source itself; set options.force to overwrite it`);
  }
  for (const message of resolved.warnings) progress({ type: 'warning', message });
  await checkCredentialsFile(options.transport?.credentialsFile);
  const signingKey = resolved.dryRun || resolved.targetKind !== 'registry' ? undefined : await readSigningKey(options.signKey);
  const tempParent = options.tempDirectory ?? tmpdir();
  // Made first, even for a dry run: an archive source is unpacked in it, so every temp file of
  // the run lives under `tempDirectory`.
  const temp = await createRunTempDir(options.tempDirectory);
  const transport: TransportOptions = {
    ...options.transport,
    stagingDirectory: temp.path,
    onNote: (message) => progress({ type: 'note', message }),
    // Open upload sessions are journaled in the temp dir: if this run is killed, the next cancels them.
    onUploadSession: journalWriter(temp.path),
  };
  // Source and target on registries share one client when the run opens both (transport/open.ts).
  const client =
    sourceLocation === undefined || source.given !== undefined || target.given !== undefined || resolved.dryRun
      ? undefined
      : pairClient(sourceLocation, targetLocation, transport);
  return {
    options,
    source: { ...source, location: sourceLocation },
    target: { ...target, location: targetLocation },
    resolved,
    progress,
    started,
    temp,
    budget: createTempBudget(resolved.tempBudget),
    tempParent,
    transport,
    client,
    signingKey,
  };
}

function sideOf<T extends ImageSource | ImageTarget>(side: string | T): Side<T> {
  if (typeof side === 'string') return { given: undefined, name: side, location: undefined };
  return { given: side, name: side.location?.name ?? side.description, location: side.location };
}

/** The transport options a side is opened with: the run's shared client, when it has one. */
const sideTransport = (run: Run): TransportOptions => (run.client === undefined ? run.transport : { ...run.transport, client: run.client });

/** The target checked writable first (src/pipeline/preflight.ts), before any blob is pulled; then the source opened. */
async function openSourceSide(run: Run): Promise<ImageSource> {
  const { options, resolved, temp } = run;
  try {
    if (!resolved.dryRun) await preflight(run);
    if (run.source.given !== undefined) return run.source.given;
    return await openSource(run.source.location as ImageLocation, sideTransport(run));
  } catch (error) {
    const failure = ioFailure(error, { doing: `reading ${run.source.name}`, path: temp.path, directory: run.tempParent });
    await Promise.allSettled([run.client?.close(), temp.remove()]);
    throw interruptedFailure(failure, options.signal, runName(run));
  }
}

/** A name is checked by its own short-lived client (preflight.ts); an object the caller gave, by its own preflight. */
async function preflight(run: Run): Promise<void> {
  const { given, location, name } = run.target;
  if (given === undefined) return checkTarget(location as ImageLocation, run.transport, run.options.signal);
  await given.preflight?.(run.options.signal).catch((error: unknown) => {
    throw sided(error, 'target', name);
  });
}

async function openTargetSide(run: Run): Promise<ImageTarget | undefined> {
  if (run.resolved.dryRun) return undefined;
  if (run.target.given !== undefined) return run.target.given;
  return openTarget(run.target.location as ImageLocation, sideTransport(run)).catch((error: unknown) => {
    throw ioFailure(error, { doing: `opening ${run.target.name}`, path: '' });
  });
}

/** The source's root manifest, and the option checks that need it. */
async function readRoot(run: Run, sides: Sides): Promise<ParsedManifest> {
  const { source } = sides;
  const rootRaw = await source.getRootManifest(run.options.signal).catch((error: unknown) => {
    throw sided(error, 'source', run.source.name);
  });
  const root = parseManifest(rootRaw, source.description);
  for (const message of checkAgainstSource(run.resolved, root, sides.target?.family, source.description)) {
    run.progress({ type: 'warning', message });
  }
  return root;
}

/**
 * What runs killed with -9 left where this one writes: once source and target are known to be
 * valid, so a mistyped command does no housekeeping; best effort.
 */
async function sweepLeftovers(run: Run, target: ImageTarget | undefined): Promise<void> {
  const removed = await removeLeftovers(run.tempParent, run.target.location).catch(() => undefined);
  const cancelled =
    removed === undefined || removed.sessions.length === 0 ? 0 : ((await target?.cancelUploads?.(removed.sessions).catch(() => 0)) ?? 0);
  if (removed?.line !== undefined) {
    run.progress({
      type: 'note',
      message: `${removed.line}${cancelled === 0 ? '' : `; cancelled ${cancelled} upload session${cancelled === 1 ? '' : 's'} they left open`}`,
    });
  }
}

/** The job for one image: the run's options as flattenImage takes them. */
function imageJob(
  run: Run,
  sides: Sides,
  manifest: ParsedManifest & { kind: 'image' },
  label: string,
  family: ManifestFamily,
  keep: ImageJob['keep'],
  previous: Previous | undefined,
): ImageJob {
  const { options, resolved } = run;
  return {
    source: sides.source,
    target: sides.target as ImageTarget,
    manifest: manifest.manifest,
    manifestDigest: manifest.raw.digest,
    label,
    family,
    keep,
    compression: resolved.compression,
    ...(resolved.level === undefined ? {} : { level: resolved.level }),
    ...(resolved.created === undefined ? {} : { created: resolved.created }),
    ...(options.labels === undefined ? {} : { labels: options.labels }),
    ...(options.annotations === undefined ? {} : { annotations: options.annotations }),
    allowNondistributable: options.allowNondistributable ?? false,
    concurrency: resolved.concurrency,
    budget: run.budget,
    directory: run.temp.path,
    dryRun: resolved.dryRun,
    ...(options.verify === true ? { verify: true } : {}),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    progress: run.progress,
    ...(previous === undefined ? {} : { previous }),
  };
}

/** The output family: `format`, else the one the target is read in, else the source's. */
const outputFamily = (run: Run, sides: Sides, root: ParsedManifest): ManifestFamily =>
  run.options.format ?? sides.target?.family ?? familyOf(root.mediaType);

/** A single-image source: one image, written as it is (its manifest is what the tag names). */
async function flattenSingle(run: Run, sides: Sides, root: ParsedManifest & { kind: 'image' }, keep: KeepChooser): Promise<Flattened> {
  const { signal } = run.options;
  const { source } = sides;
  if (run.resolved.selectors.length > 0) await checkSingleImagePlatform(source, root, run.resolved.selectors, signal);
  const previous = sides.previous === undefined ? undefined : await previousFor(sides.previous, undefined, signal);
  const result = await flattenImage(
    imageJob(
      run,
      sides,
      root,
      source.description,
      outputFamily(run, sides, root),
      await keep(root, source.description, undefined),
      previous,
    ),
  );
  return { results: [result], written: result.manifest, dropped: [], children: [] };
}

/**
 * An index source: each selected child flattened and stored by digest in turn, then the index
 * of them (or, for one platform selected without `keepIndex`, that image alone).
 */
async function flattenIndex(run: Run, sides: Sides, root: ParsedManifest & { kind: 'index' }, keep: KeepChooser): Promise<Flattened> {
  const { options, resolved, progress } = run;
  const { source, target } = sides;
  const family = outputFamily(run, sides, root);
  const dropped: FlattenResult['dropped'] = [];
  const children = await selectChildren(source, root, resolved.selectors, progress, dropped, options.signal);
  const results: ImageResult[] = [];
  const descriptors: Descriptor[] = [];
  const flattenedChildren: Flattened['children'] = [];
  for (const child of children) {
    const label = formatPlatform(child.descriptor.platform);
    const previous =
      sides.previous === undefined ? undefined : await previousFor(sides.previous, child.descriptor.platform, options.signal);
    const result = await flattenImage(
      imageJob(
        run,
        sides,
        child.parsed,
        label,
        family,
        await keep(child.parsed, label, child.descriptor.platform, root.index.annotations),
        previous,
      ),
    );
    results.push(result);
    flattenedChildren.push({ from: child.descriptor, to: result.manifest });
    if (!options.dryRun) await target?.putManifest(result.manifest, options.signal);
    descriptors.push(childDescriptor(child.descriptor, result.manifest));
    progress({ type: 'platform-done', platform: label, digest: result.manifest.digest });
  }
  const single = resolved.selectors.length === 1 && children.length === 1 && !resolved.keepIndex;
  const written = single
    ? (results[0] as ImageResult).manifest
    : buildIndex({
        family,
        source: root.index,
        manifests: descriptors,
        ...(options.annotations === undefined ? {} : { annotations: options.annotations }),
      });
  return { results, written, dropped, children: flattenedChildren };
}

/** The run's report, made once, from what was written. */
function flattenResult(
  run: Run,
  source: ImageSource,
  flattened: Flattened,
  reference: string,
  usage: TempUsage,
  referrers: ReferrerReport[],
): FlattenResult {
  const { options, resolved } = run;
  const { results, written } = flattened;
  return {
    source: run.source.name,
    target: run.target.name,
    reference,
    digest: resolved.dryRun ? '' : resolved.targetKind === 'docker-archive' ? imageId(written, source.description) : written.digest,
    mediaType: written.mediaType,
    dryRun: options.dryRun ?? false,
    platforms: results.map(summarise),
    dropped: flattened.dropped,
    referrers,
    uploaded: results.reduce(
      (sum, r) => ({
        blobs: sum.blobs + r.uploaded.blobs,
        bytes: sum.bytes + r.uploaded.bytes,
        existed: sum.existed + r.uploaded.existed,
        mounted: sum.mounted + r.uploaded.mounted,
      }),
      { blobs: 0, bytes: 0, existed: 0, mounted: 0 },
    ),
    tempBytes: usage.bytes,
    tempBudget: usage.budget,
    refetches: usage.refetches,
    durationMs: Math.round(performance.now() - run.started),
  };
}

/**
 * A failed run: staged target data dropped; a system error from the disk (a full temp
 * directory, EACCES, EMFILE) becomes an io error naming the directory.
 */
async function runFailure(run: Run, target: ImageTarget | undefined, error: unknown): Promise<unknown> {
  await target?.abort().catch(() => {});
  const now = await run.temp.size().catch(() => undefined);
  const written = now === undefined ? undefined : run.budget.peakWith(now);
  const failure = ioFailure(error, {
    doing: 'writing temp files',
    path: run.temp.path,
    directory: run.tempParent,
    ...(written === undefined ? {} : { written }),
  });
  return interruptedFailure(failure, run.options.signal, runName(run));
}

const runName = (run: Run): string => `flatten of ${run.source.name} into ${run.target.name}`;

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
