import { createHash } from 'node:crypto';
import type { RawManifest } from './types.ts';

export const sha256Digest = (bytes: Uint8Array): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** Serialise a manifest or config deterministically (key order as built) and digest it. */
export function encodeJson(value: unknown, mediaType: string): RawManifest {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return { bytes, mediaType, digest: sha256Digest(bytes) };
}
