import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { encodeJson } from '../image/digest.ts';
import { MediaType } from '../image/media-types.ts';
import type { Descriptor, HistoryEntry, ImageIndex, ImageManifest, Platform, RawManifest } from '../image/types.ts';
import type { ImageTarget } from '../transport/types.ts';

/** A layer blob with what its descriptor and the config need. */
export interface BuiltLayerFile {
  /** The blob on disk, unless `open` reads it from elsewhere (a base image's registry). */
  file?: string;
  open?: () => Readable | Promise<Readable>;
  digest: string;
  size: number;
  diffId: string;
  mediaType?: string;
  /** The history entry of this layer (empty_layer is never set). */
  history?: HistoryEntry;
}

export interface ImageParts {
  platform: Platform;
  /** Layers, base first. */
  layers: BuiltLayerFile[];
  /** The image config's `config` (User, Env, Entrypoint, WorkingDir, Labels…). */
  config: Record<string, unknown>;
  /** RFC 3339: the config's `created`. */
  created: string;
  annotations?: Record<string, string>;
}

/**
 * Store one OCI image (layer blobs, config, manifest) in a target, without tagging it: the
 * manifest is returned for an index, or for `target.commit`. Keys are written in a fixed order,
 * so the same parts always give the same digests.
 */
export async function writeImage(
  target: ImageTarget,
  parts: ImageParts,
  signal?: AbortSignal,
): Promise<{ manifest: RawManifest; descriptor: Descriptor }> {
  const config = encodeJson(
    {
      created: parts.created,
      architecture: parts.platform.architecture,
      os: parts.platform.os,
      ...(parts.platform.variant === undefined ? {} : { variant: parts.platform.variant }),
      config: parts.config,
      rootfs: { type: 'layers', diff_ids: parts.layers.map((layer) => layer.diffId) },
      history: parts.layers.map((layer) => ({ created: parts.created, ...layer.history })),
    },
    MediaType.ociConfig,
  );
  const layerDescriptors: Descriptor[] = parts.layers.map((layer) => ({
    mediaType: layer.mediaType ?? MediaType.ociLayerGzip,
    digest: layer.digest,
    size: layer.size,
  }));
  const options = signal === undefined ? {} : { signal };
  for (const [i, layer] of parts.layers.entries()) {
    const { file, open } = layer;
    if (open === undefined && file === undefined) throw new Error(`layer ${layer.digest}: neither a file nor a way to open it`);
    await target.putBlob(layerDescriptors[i] as Descriptor, open ?? (() => createReadStream(file as string)), options);
  }
  const configDescriptor: Descriptor = { mediaType: MediaType.ociConfig, digest: config.digest, size: config.bytes.length };
  await target.putBlob(configDescriptor, () => Readable.from([Buffer.from(config.bytes)]), options);
  const manifestValue: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: configDescriptor,
    layers: layerDescriptors,
    ...(parts.annotations === undefined ? {} : { annotations: parts.annotations }),
  };
  const manifest = encodeJson(manifestValue, MediaType.ociManifest);
  await target.putManifest(manifest, signal);
  return {
    manifest,
    descriptor: { mediaType: MediaType.ociManifest, digest: manifest.digest, size: manifest.bytes.length, platform: parts.platform },
  };
}

/** The OCI index over images already stored with writeImage, ready for `target.commit`. */
export function imageIndex(images: Descriptor[], annotations?: Record<string, string>): RawManifest {
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MediaType.ociIndex,
    manifests: images,
    ...(annotations === undefined ? {} : { annotations }),
  };
  return encodeJson(index, MediaType.ociIndex);
}
