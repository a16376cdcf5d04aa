import { Buffer } from 'node:buffer';
import { isImageManifestMediaType, isIndexMediaType } from '../image/media-types.ts';
import type { Descriptor } from '../image/types.ts';
import type { FoundArtifact } from './types.ts';

/** Larger index.json entries are not artifacts worth reading for their subject. */
const MAX_ARTIFACT_MANIFEST = 4 * 1024 * 1024;

/**
 * Referrers in an OCI layout (image-layout: index.json may list manifests with a `subject`):
 * every manifest index.json lists is read and kept when its subject is `subject`.
 */
export async function layoutReferrers(
  entries: readonly Descriptor[],
  subject: Descriptor,
  artifactType: string | undefined,
  read: (descriptor: Descriptor) => Promise<Uint8Array>,
): Promise<FoundArtifact[]> {
  const found: FoundArtifact[] = [];
  for (const entry of entries) {
    if (entry.digest === subject.digest || entry.size > MAX_ARTIFACT_MANIFEST) continue;
    if (!isImageManifestMediaType(entry.mediaType) && !isIndexMediaType(entry.mediaType)) continue;
    if (artifactType !== undefined && entry.artifactType !== artifactType) continue;
    let parsed: { subject?: { digest?: unknown } };
    try {
      parsed = JSON.parse(Buffer.from(await read(entry)).toString('utf8')) as typeof parsed;
    } catch {
      continue;
    }
    if (parsed.subject?.digest !== subject.digest || found.some((f) => f.descriptor.digest === entry.digest)) continue;
    const descriptor: Descriptor = { mediaType: entry.mediaType, digest: entry.digest, size: entry.size };
    if (entry.artifactType !== undefined) descriptor.artifactType = entry.artifactType;
    found.push({ descriptor, origin: { kind: 'referrer' } });
  }
  return found;
}
