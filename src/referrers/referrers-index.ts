import { Buffer } from 'node:buffer';
import { encodeJson } from '../image/digest.ts';
import { MediaType } from '../image/media-types.ts';
import type { Descriptor, RawManifest } from '../image/types.ts';
import { artifactTypeOf } from './classify.ts';

/**
 * The referrers list as distribution-spec defines it: an image index of descriptors, each with
 * the artifactType and annotations of the manifest it points at. The same shape serves the
 * referrers API's answer and the tag-schema fallback (`<alg>-<hex>`); pure, no I/O.
 */

/** The fallback tag for a subject digest: `sha256-<hex>`, at most 128 characters (a tag's limit). */
export const tagSchemaTag = (digest: string): string => digest.replace(':', '-').slice(0, 128);

/** The descriptor a referrers list holds for this artifact manifest. */
export function referrerDescriptor(manifest: RawManifest): Descriptor {
  const parsed = JSON.parse(Buffer.from(manifest.bytes).toString('utf8')) as {
    annotations?: Record<string, string>;
    artifactType?: unknown;
    config?: { mediaType?: unknown };
    mediaType?: unknown;
  };
  const descriptor: Descriptor = {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.bytes.byteLength,
    artifactType: artifactTypeOf(parsed),
  };
  if (parsed.annotations !== undefined && Object.keys(parsed.annotations).length > 0) descriptor.annotations = parsed.annotations;
  return descriptor;
}

/** The descriptors of a referrers list (API answer or tag-schema index), filtered by artifactType when asked. */
export function parseReferrersList(bytes: Uint8Array, where: string, artifactType?: string): Descriptor[] {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new Error(`${where}: the referrers list is not JSON`);
  }
  const manifests = (json as { manifests?: unknown } | null)?.manifests;
  if (!Array.isArray(manifests)) throw new Error(`${where}: the referrers list is not an image index`);
  return manifests.filter(
    (d): d is Descriptor =>
      typeof d === 'object' &&
      d !== null &&
      typeof (d as Descriptor).digest === 'string' &&
      typeof (d as Descriptor).mediaType === 'string' &&
      typeof (d as Descriptor).size === 'number' &&
      (artifactType === undefined || (d as Descriptor).artifactType === artifactType),
  );
}

/**
 * The tag-schema index with `added` in it (read-modify-write: what others put there stays).
 * Undefined when it is there already, so a repeated run writes nothing and adds no duplicate.
 */
export function withReferrer(current: Uint8Array | undefined, added: Descriptor, where: string): RawManifest | undefined {
  const existing = current === undefined ? [] : parseReferrersList(current, where);
  if (existing.some((d) => d.digest === added.digest)) return undefined;
  const base = current === undefined ? {} : (JSON.parse(Buffer.from(current).toString('utf8')) as Record<string, unknown>);
  return encodeJson(
    { ...base, schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [...((base.manifests as unknown[]) ?? []), added] },
    MediaType.ociIndex,
  );
}
