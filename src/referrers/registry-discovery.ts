import type { Descriptor } from '../image/types.ts';
import type { RegistryClient, RepositoryRef } from '../registry/client.ts';
import type { FoundArtifact } from './types.ts';

/**
 * What a registry holds for a manifest: its referrers (API or tag schema) and cosign's legacy
 * tags, found by digest, each once.
 */
export async function registryReferrers(
  client: RegistryClient,
  repo: RepositoryRef,
  subject: Descriptor,
  options: { artifactType?: string; signal?: AbortSignal; onProblem?: (message: string) => void } = {},
): Promise<FoundArtifact[]> {
  const { descriptors } = await client.referrers(repo, subject.digest, { artifactType: options.artifactType, signal: options.signal });
  const found: FoundArtifact[] = descriptors.map((descriptor) => ({ descriptor, origin: { kind: 'referrer' } }));
  // The legacy tags have no artifactType to filter on: asked for one type, they are left out.
  if (options.artifactType === undefined) {
    for (const { tag, manifest } of await client.cosignTags(repo, subject.digest, options.signal, options.onProblem)) {
      if (found.some((f) => f.descriptor.digest === manifest.digest)) continue;
      found.push({
        descriptor: { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.byteLength },
        origin: { kind: 'cosign-tag', tag },
      });
    }
  }
  return found;
}
