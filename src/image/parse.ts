import is from '@sindresorhus/is';
import { contentError } from '../errors.ts';
import { MediaType, isImageManifestMediaType, isIndexMediaType } from './media-types.ts';
import type { Descriptor, ImageConfigView, ImageIndex, ImageManifest, RawManifest } from './types.ts';

/** A fetched manifest after checking: either an image manifest or an index. */
export type ParsedManifest =
  | { kind: 'image'; raw: RawManifest; manifest: ImageManifest; mediaType: string }
  | { kind: 'index'; raw: RawManifest; index: ImageIndex; mediaType: string };

const DIGEST = /^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$/;

function decodeJson(bytes: Uint8Array, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw contentError(`${what} is not valid JSON: ${(error as Error).message}`);
  }
  if (!is.plainObject(value)) throw contentError(`${what} is not a JSON object`);
  return value;
}

export function checkDescriptor(value: unknown, where: string): Descriptor {
  if (!is.plainObject(value)) throw contentError(`${where}: descriptor is not an object`);
  const { mediaType, digest, size } = value;
  if (!is.string(mediaType) || mediaType === '') throw contentError(`${where}: descriptor has no mediaType`);
  if (!is.string(digest) || !DIGEST.test(digest)) {
    throw contentError(`${where}: descriptor digest ${JSON.stringify(digest)} is not a valid sha256/sha512 digest`);
  }
  if (!is.safeInteger(size) || size < 0) throw contentError(`${where}: descriptor ${digest} has an invalid size`);
  if (value.annotations !== undefined && !isStringRecord(value.annotations)) {
    throw contentError(`${where}: descriptor ${digest} has annotations that are not strings`);
  }
  return value as unknown as Descriptor;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return is.plainObject(value) && Object.values(value).every((v) => is.string(v));
}

/**
 * Check untrusted manifest JSON at the edge, before it becomes one of the wire types.
 * `what` names the image for messages.
 */
export function parseManifest(raw: RawManifest, what: string): ParsedManifest {
  const json = decodeJson(raw.bytes, `manifest of ${what}`);
  if (json.schemaVersion === 1 || raw.mediaType.startsWith(MediaType.dockerManifestSchema1)) {
    throw contentError(
      `${what} is a Docker schema1 manifest, which is deprecated and not supported; convert it first (skopeo copy --format v2s2)`,
    );
  }
  if (json.schemaVersion !== 2) throw contentError(`manifest of ${what} has schemaVersion ${String(json.schemaVersion)}, expected 2`);
  const declared = is.string(json.mediaType) ? json.mediaType : undefined;
  let mediaType = declared ?? raw.mediaType;
  if (!isIndexMediaType(mediaType) && !isImageManifestMediaType(mediaType)) {
    // OCI allows mediaType to be absent; fall back to the shape of the document.
    if (is.array(json.manifests)) mediaType = MediaType.ociIndex;
    else if (is.plainObject(json.config)) mediaType = MediaType.ociManifest;
    else throw contentError(`manifest of ${what} has unsupported media type ${JSON.stringify(mediaType)}`);
  }
  if (isIndexMediaType(mediaType)) {
    if (!is.array(json.manifests)) throw contentError(`index of ${what} has no manifests array`);
    for (const [i, d] of json.manifests.entries()) checkDescriptor(d, `index of ${what}, manifests[${i}]`);
    return { kind: 'index', raw, index: json as unknown as ImageIndex, mediaType };
  }
  checkDescriptor(json.config, `manifest of ${what}, config`);
  if (!is.array(json.layers)) throw contentError(`manifest of ${what} has no layers array`);
  for (const [i, d] of json.layers.entries()) checkDescriptor(d, `manifest of ${what}, layers[${i}]`);
  return { kind: 'image', raw, manifest: json as unknown as ImageManifest, mediaType };
}

/** Parse and check an image config blob; returns the raw object so unknown fields survive. */
export function parseConfig(bytes: Uint8Array, what: string): ImageConfigView {
  const json = decodeJson(bytes, `config of ${what}`);
  const rootfs = json.rootfs;
  if (!is.plainObject(rootfs) || !is.array(rootfs.diff_ids) || !rootfs.diff_ids.every((d) => is.string(d) && DIGEST.test(d))) {
    throw contentError(`config of ${what} has no valid rootfs.diff_ids`);
  }
  if (json.history !== undefined && !is.array(json.history)) throw contentError(`config of ${what} has a history that is not an array`);
  return json as ImageConfigView;
}
