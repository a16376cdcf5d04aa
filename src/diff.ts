import { optionError, usageError } from './errors.ts';
import { compareTrees, type Difference } from './diff/compare-trees.ts';
import { imageFilesystem, imageLayers } from './diff/image-filesystem.ts';
import type { FsTree } from './diff/fs-tree.ts';
import { parseManifest } from './image/parse.ts';
import { formatPlatform, parsePlatform } from './image/platform.ts';
import { checkDiffOptions } from './options/diff-options.ts';
import { interruptedFailure } from './pipeline/interrupted.ts';
import { selectChildren } from './pipeline/select-children.ts';
import { createTempDir } from './pipeline/temp-dir.ts';
import { openSource, type TransportOptions } from './transport/open.ts';
import type { ImageSource } from './transport/types.ts';

export interface DiffOptions {
  /** Any name a source can be (registry reference, oci:, oci-archive:, docker-archive:). */
  imageA: string;
  imageB: string;
  /** `os/arch[/variant]`: the image to take from an index (needed when it holds several). */
  platform?: string;
  /** Compare the mtime of non-directories too. */
  times?: boolean;
  /** Credentials: `sourceCredentials` for A, `targetCredentials` (else `sourceCredentials`) for B. */
  transport?: TransportOptions;
  /** Where archive sources are unpacked (default: the OS temp dir); the run removes what it made there. */
  tempDirectory?: string;
  signal?: AbortSignal;
}

export interface DiffSide {
  image: string;
  /** The image manifest compared (a child of an index when a platform was picked). */
  digest: string;
  platform?: string;
  entries: number;
}

export interface DiffReport {
  a: DiffSide;
  b: DiffSide;
  differences: Difference[];
}

/**
 * Each image's final filesystem, computed by applying its layers as containerd does
 * (diff/apply-layer.ts, independently of the merge), compared entry by entry. Writes nothing.
 */
export async function diff(options: DiffOptions): Promise<DiffReport> {
  // Every option, before either image is opened (src/options/diff-options.ts).
  const locations = checkDiffOptions(options);
  const what = `diff of ${options.imageA} and ${options.imageB}`;
  const temp = await createTempDir(options.tempDirectory);
  // Archive sources are unpacked in the run's temp dir.
  const transport: TransportOptions = { ...options.transport, stagingDirectory: temp.path };
  const credentialsB = transport.targetCredentials ?? transport.sourceCredentials;
  const opened = await Promise.allSettled([
    openSource(locations.a, transport),
    openSource(locations.b, { ...transport, ...(credentialsB === undefined ? {} : { sourceCredentials: credentialsB }) }),
  ]);
  const [openedA, openedB] = opened;
  if (openedA.status === 'rejected' || openedB.status === 'rejected') {
    await Promise.allSettled(opened.map((side) => (side.status === 'fulfilled' ? side.value.close() : undefined)));
    await temp.remove().catch(() => undefined);
    const failed = openedA.status === 'rejected' ? openedA : (openedB as PromiseRejectedResult);
    throw interruptedFailure(failed.reason, options.signal, what);
  }
  const sourceA = openedA.value;
  const sourceB = openedB.value;
  try {
    const [a, b] = await Promise.all([
      finalFilesystem(sourceA, options.platform, options.signal),
      finalFilesystem(sourceB, options.platform, options.signal),
    ]);
    const comparison = compareTrees(a.tree, b.tree, options.times === true ? { times: true } : {});
    return {
      a: { ...a.side, image: options.imageA, entries: comparison.entriesA },
      b: { ...b.side, image: options.imageB, entries: comparison.entriesB },
      differences: comparison.differences,
    };
  } catch (error) {
    throw interruptedFailure(error, options.signal, what);
  } finally {
    // Closed first, so that nothing writes in the temp dir while it goes; removed before the
    // promise settles, an aborted run's too.
    await Promise.allSettled([sourceA.close(), sourceB.close()]);
    await temp.remove().catch(() => undefined);
  }
}

async function finalFilesystem(
  source: ImageSource,
  platform: string | undefined,
  signal: AbortSignal | undefined,
): Promise<{ tree: FsTree; side: Omit<DiffSide, 'image' | 'entries'> }> {
  const rootRaw = await source.getRootManifest(signal);
  const root = parseManifest(rootRaw, source.description);
  let label = source.description;
  let side: Omit<DiffSide, 'image' | 'entries'> = { digest: rootRaw.digest };
  let manifest = root.kind === 'image' ? root.manifest : undefined;
  if (root.kind === 'index') {
    const selectors = platform === undefined ? [] : [parsePlatform(platform, 'platform')];
    const children = await selectChildren(source, root, selectors, () => undefined, [], signal);
    if (children.length > 1) {
      const platforms = children.map((child) => formatPlatform(child.descriptor.platform)).join(', ');
      throw optionError(
        'platform',
        `${source.description} is an index of ${children.length} images (${platforms}); choose one with options.platform`,
      );
    }
    const child = children[0] as (typeof children)[number];
    const name = formatPlatform(child.descriptor.platform);
    label = `${source.description} (${name})`;
    side = { digest: child.descriptor.digest, platform: name };
    manifest = child.parsed.manifest;
  }
  if (manifest === undefined) throw usageError(`${source.description} holds no image`);
  const layers = await imageLayers(manifest, label, (descriptor) => source.getBlobBytes(descriptor, signal));
  const tree = await imageFilesystem(layers, (descriptor) => source.getBlob(descriptor, signal), signal);
  return { tree, side };
}
