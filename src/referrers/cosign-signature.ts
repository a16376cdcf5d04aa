import { Buffer } from 'node:buffer';
import { encodeJson, sha256Digest } from '../image/digest.ts';
import { MediaType } from '../image/media-types.ts';
import type { Descriptor, RawManifest } from '../image/types.ts';
import { ArtifactMediaType, COSIGN_SIGNATURE_ANNOTATION } from './artifact-types.ts';

/**
 * `--sign-key`: a signature cosign's key-based `cosign verify --key` accepts (docs/referrers.md).
 * The payload is cosign's simple-signing document naming the repository and the manifest digest;
 * its ECDSA signature goes, base64, in the layer's `dev.cosignproject.cosign/signature`
 * annotation; the layers sit in a manifest under the tag `sha256-<hex>.sig`, one per signature.
 * Pure: the caller signs and stores.
 */

/** cosign's simple-signing payload, in the field order cosign writes it. */
export function simpleSigningPayload(dockerReference: string, digest: string): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': dockerReference },
        image: { 'docker-manifest-digest': digest },
        type: 'cosign container image signature',
      },
      optional: null,
    }),
  );
}

export const cosignSignatureTag = (digest: string): string => `${digest.replace(':', '-')}.sig`;

export interface SignatureLayer {
  payload: Uint8Array;
  /** base64 of the DER ECDSA signature over the payload. */
  signature: string;
}

/** The config cosign writes for a signature manifest: an empty image whose diff_ids are the payloads. */
function signatureConfig(layers: readonly Descriptor[]): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
      config: {},
    }),
  );
}

/**
 * The `.sig` manifest with `added` as one more layer (what is there stays), and the blobs it
 * needs; undefined when `alreadySigned` finds one of its layers to be our signature of this payload.
 */
export function withSignature(
  current: RawManifest | undefined,
  added: SignatureLayer,
  alreadySigned: (layer: Descriptor, payloadDigest: string) => boolean,
): { manifest: RawManifest; blobs: { descriptor: Descriptor; bytes: Uint8Array }[] } | undefined {
  const payloadDigest = sha256Digest(added.payload);
  const existing =
    current === undefined ? [] : ((JSON.parse(Buffer.from(current.bytes).toString('utf8')) as { layers?: Descriptor[] }).layers ?? []);
  if (existing.some((layer) => layer.digest === payloadDigest && alreadySigned(layer, payloadDigest))) return undefined;
  const layer: Descriptor = {
    mediaType: ArtifactMediaType.cosignSimpleSigning,
    digest: payloadDigest,
    size: added.payload.byteLength,
    annotations: { [COSIGN_SIGNATURE_ANNOTATION]: added.signature },
  };
  const layers = [...existing, layer];
  const configBytes = signatureConfig(layers);
  const config: Descriptor = { mediaType: MediaType.ociConfig, digest: sha256Digest(configBytes), size: configBytes.byteLength };
  const manifest = encodeJson({ schemaVersion: 2, mediaType: MediaType.ociManifest, config, layers }, MediaType.ociManifest);
  return {
    manifest,
    blobs: [
      { descriptor: config, bytes: configBytes },
      { descriptor: layer, bytes: added.payload },
    ],
  };
}
