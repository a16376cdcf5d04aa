import { encodeJson } from '../image/digest.ts';
import { classifyLayer } from '../image/layer-types.ts';
import { buildManifest } from '../image/manifest.ts';
import type { ManifestFamily } from '../image/media-types.ts';
import { parseConfig, parseManifest, type ParsedManifest } from '../image/parse.ts';
import type { Descriptor, ImageManifest, RawManifest } from '../image/types.ts';
import type { ImageSource, ImageTarget } from '../transport/types.ts';

export interface Previous {
  /** Reads what the target reference names now. */
  source: ImageSource;
  manifest: ParsedManifest & { kind: 'image' };
}

export interface ReuseInput {
  previous: Previous;
  target: ImageTarget;
  family: ManifestFamily;
  sourceManifest: ImageManifest;
  keptDescriptors: readonly Descriptor[];
  mergedMediaType: string;
  configMediaType: string;
  /** The config this run would write, given the merged layer's diff_id. */
  configFor: (mergedDiffId: string) => Record<string, unknown>;
  annotations?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
}

export interface Reused {
  manifest: RawManifest;
  merged: Descriptor;
  diffId: string;
}

/**
 * Repeated runs do no repeated work: when the target already holds exactly the image this run
 * would write, it is used as it is. "Exactly" is checked without merging: the history entry of
 * the merged layer records the source manifest digest, the number of layers merged and the
 * compression, so the config and manifest this run would write, rebuilt around the existing
 * merged layer, must have the existing digests; and every blob they name must be present.
 */
export async function findReusable(input: ReuseInput): Promise<Reused | undefined> {
  const previous = input.previous.manifest.manifest;
  const kept = input.keptDescriptors;
  if (previous.layers.length !== kept.length + 1) return undefined;
  const sameKept = kept.every(
    (layer, i) => previous.layers[i]?.digest === layer.digest && previous.layers[i]?.mediaType === layer.mediaType,
  );
  const merged = previous.layers.at(-1) as Descriptor;
  if (!sameKept || merged.mediaType !== input.mergedMediaType) return undefined;

  let configBytes: Uint8Array;
  try {
    configBytes = await input.previous.source.getBlobBytes(previous.config, input.signal);
  } catch {
    return undefined;
  }
  const diffIds = parseConfig(configBytes, input.previous.source.description).rootfs.diff_ids;
  const diffId = diffIds.at(-1);
  if (diffId === undefined) return undefined;
  const config = encodeJson(input.configFor(diffId), input.configMediaType);
  if (config.digest !== previous.config.digest) return undefined;
  const manifest = buildManifest({
    family: input.family,
    source: input.sourceManifest,
    config: { mediaType: config.mediaType, digest: config.digest, size: config.bytes.length },
    layers: [...kept, merged],
    ...(input.annotations === undefined ? {} : { annotations: input.annotations }),
  });
  if (manifest.digest !== input.previous.manifest.raw.digest) return undefined;
  // Non-distributable layers are not in the target: they stay at their urls.
  const stored = previous.layers.filter(
    (layer) => classifyLayer(layer.mediaType, layer.digest, input.target.description) !== 'nondistributable',
  );
  for (const blob of [previous.config, ...stored]) {
    if (!(await input.target.hasBlob(blob, input.signal))) return undefined;
  }
  return { manifest, merged, diffId };
}

export interface PreviousRoot {
  source: ImageSource;
  root: ParsedManifest;
}

/** What the target reference names now, if anything; unreadable content counts as nothing. */
export async function readPrevious(target: ImageTarget, signal: AbortSignal | undefined): Promise<PreviousRoot | undefined> {
  try {
    const source = await target.existing?.(signal);
    if (source === undefined) return undefined;
    return { source, root: parseManifest(await source.getRootManifest(signal), source.description) };
  } catch {
    return undefined;
  }
}

/** The previous image for one platform: the root itself, or the index child of the same platform. */
export async function previousFor(
  previous: PreviousRoot,
  platform: Descriptor['platform'],
  signal: AbortSignal | undefined,
): Promise<Previous | undefined> {
  // The digest checks in findReusable decide; any image the target names is a candidate.
  if (previous.root.kind === 'image') return { source: previous.source, manifest: previous.root };
  if (platform === undefined) return undefined;
  const same = previous.root.index.manifests.find(
    (d) => d.platform?.os === platform.os && d.platform.architecture === platform.architecture && d.platform.variant === platform.variant,
  );
  if (same === undefined) return undefined;
  try {
    const parsed = parseManifest(await previous.source.getManifest(same, signal), previous.source.description);
    return parsed.kind === 'image' ? { source: previous.source, manifest: parsed } : undefined;
  } catch {
    return undefined;
  }
}
