import { optionError } from '../errors.ts';
import { MediaType, type ManifestFamily } from './media-types.ts';

export type Compression = 'gzip' | 'zstd' | 'none';

/** The family a manifest or index media type belongs to. */
export function familyOf(mediaType: string): ManifestFamily {
  return mediaType.startsWith('application/vnd.docker.') ? 'docker' : 'oci';
}

export interface FamilyTypes {
  index: string;
  manifest: string;
  config: string;
}

export function familyTypes(family: ManifestFamily): FamilyTypes {
  return family === 'docker'
    ? { index: MediaType.dockerManifestList, manifest: MediaType.dockerManifest, config: MediaType.dockerConfig }
    : { index: MediaType.ociIndex, manifest: MediaType.ociManifest, config: MediaType.ociConfig };
}

/** The media type of a layer we write, in the image's family (never a mix of the two). */
export function layerMediaType(family: ManifestFamily, compression: Compression): string {
  if (family === 'docker') {
    if (compression === 'zstd') {
      throw optionError('format', 'zstd layers exist only in the OCI format; add options.format oci to convert the image');
    }
    return compression === 'gzip' ? MediaType.dockerLayerGzip : MediaType.dockerLayer;
  }
  if (compression === 'zstd') return MediaType.ociLayerZstd;
  return compression === 'gzip' ? MediaType.ociLayerGzip : MediaType.ociLayer;
}

/**
 * The same layer's media type in the other family, for layers kept as they are under
 * `--format`. The bytes do not change, only the name of their type.
 */
export function convertLayerMediaType(mediaType: string, family: ManifestFamily): string {
  const equivalents: ReadonlyArray<readonly [string, string]> = [
    [MediaType.ociLayerGzip, MediaType.dockerLayerGzip],
    [MediaType.ociLayer, MediaType.dockerLayer],
    [MediaType.ociLayerNondistributableGzip, MediaType.dockerForeignLayerGzip],
  ];
  for (const [oci, docker] of equivalents) {
    if (mediaType === oci || mediaType === docker) return family === 'oci' ? oci : docker;
  }
  if (family === 'docker' && mediaType === MediaType.ociLayerZstd) {
    throw optionError('format', 'a kept base layer is zstd-compressed, which the Docker format cannot carry; use options.format oci');
  }
  return mediaType;
}
