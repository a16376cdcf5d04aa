import { contentError } from '../errors.ts';
import { MediaType } from './media-types.ts';

export type LayerKind = 'layer' | 'nondistributable';

const LAYERS = new Set<string>([
  MediaType.ociLayer,
  MediaType.ociLayerGzip,
  MediaType.ociLayerZstd,
  MediaType.dockerLayer,
  MediaType.dockerLayerGzip,
]);

const NONDISTRIBUTABLE = new Set<string>([
  MediaType.ociLayerNondistributable,
  MediaType.ociLayerNondistributableGzip,
  MediaType.ociLayerNondistributableZstd,
  MediaType.dockerForeignLayerGzip,
]);

/**
 * Checks a layer's media type before any byte is fetched, so an image we cannot flatten fails
 * at once with the reason, not halfway through a download.
 */
export function classifyLayer(mediaType: string, digest: string, where: string): LayerKind {
  if (LAYERS.has(mediaType)) return 'layer';
  if (NONDISTRIBUTABLE.has(mediaType)) return 'nondistributable';
  if (mediaType.includes('+encrypted')) {
    throw contentError(`${where}: layer ${digest} is encrypted (${mediaType}); decrypt the image first (skopeo copy --decryption-key)`);
  }
  throw contentError(`${where}: layer ${digest} has unsupported media type ${mediaType}`);
}
