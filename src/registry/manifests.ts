import { Buffer } from 'node:buffer';
import { MANIFEST_ACCEPT } from '../image/media-types.ts';
import type { RawManifest } from '../image/types.ts';
import { contentError } from '../errors.ts';
import { digestProblem } from '../reference/reference.ts';
import { repositoryScope } from './challenge.ts';
import { RegistryError } from './errors.ts';
import { discard, head, type Http } from './http.ts';
import { digestOf, sha256Digest } from './verify.ts';

export interface RepositoryRef {
  readonly registry: string;
  readonly repository: string;
}

/** Larger manifests are refused: registries accept at least 4 MiB, nothing real comes close to 16. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

const isDigest = (reference: string): boolean => reference.includes(':');
const mediaTypeOf = (contentType: string | undefined): string | undefined => contentType?.split(';')[0]?.trim() || undefined;

const readLimited = async (body: AsyncIterable<Buffer>, limit: number, what: string): Promise<Uint8Array> => {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > limit) throw contentError(`${what}: manifest is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
};

/**
 * GET a manifest by tag or digest, with every manifest type we read in Accept. The bytes are
 * checked against the digest asked for, and against Docker-Content-Digest when the registry sends it.
 */
export async function fetchManifest(http: Http, repo: RepositoryRef, reference: string, signal?: AbortSignal): Promise<RawManifest> {
  const name = `${repo.repository}${isDigest(reference) ? '@' : ':'}${reference}`;
  const what = `pull manifest ${name}`;
  const request = {
    registry: repo.registry,
    method: 'GET' as const,
    target: `/v2/${repo.repository}/manifests/${reference}`,
    headers: { accept: MANIFEST_ACCEPT.join(', ') },
    scopes: [repositoryScope(repo.repository, ['pull'])],
    what,
    signal,
  };
  const response = await http.send(request);
  if (response.status !== 200) return http.fail(response, request);
  const bytes = await readLimited(response.body, MAX_MANIFEST_BYTES, `${what} on ${repo.registry}`);
  const where = `manifest ${name} on ${repo.registry}`;
  let digest = sha256Digest(bytes);
  if (isDigest(reference)) {
    const actual = digestOf(bytes, reference);
    if (actual !== reference) throw contentError(`${where}: digest mismatch, got ${actual}`);
    digest = reference;
  }
  const claimed = response.headers['docker-content-digest'];
  if (claimed !== undefined && digestProblem(claimed) === undefined && digestOf(bytes, claimed) !== claimed) {
    throw contentError(`${where}: bytes do not match Docker-Content-Digest ${claimed}`);
  }
  let mediaType = mediaTypeOf(response.headers['content-type']);
  if (mediaType === undefined || !MANIFEST_ACCEPT.includes(mediaType)) {
    try {
      const field = (JSON.parse(Buffer.from(bytes).toString('utf8')) as { mediaType?: unknown }).mediaType;
      if (typeof field === 'string') mediaType = field;
    } catch {
      throw contentError(`${where}: not JSON (Content-Type ${mediaType ?? 'missing'})`);
    }
  }
  if (mediaType === undefined) throw contentError(`${where}: no media type in Content-Type or the manifest`);
  return { bytes, mediaType, digest };
}

/** HEAD a manifest: its digest, type and size, or undefined when the registry does not have it. */
export async function headManifest(
  http: Http,
  repo: RepositoryRef,
  reference: string,
  signal?: AbortSignal,
): Promise<{ digest: string | undefined; mediaType: string | undefined; size: number | undefined } | undefined> {
  const headers = await head(http, {
    registry: repo.registry,
    method: 'HEAD',
    target: `/v2/${repo.repository}/manifests/${reference}`,
    headers: { accept: MANIFEST_ACCEPT.join(', ') },
    scopes: [repositoryScope(repo.repository, ['pull'])],
    what: `check manifest ${repo.repository}${isDigest(reference) ? '@' : ':'}${reference}`,
    signal,
  });
  if (headers === undefined) return undefined;
  const length = headers['content-length'];
  return {
    digest: headers['docker-content-digest'],
    mediaType: mediaTypeOf(headers['content-type']),
    size: length === undefined ? undefined : Number(length),
  };
}

/** PUT a manifest under a tag or its digest, with Content-Type = its media type. */
export async function storeManifest(
  http: Http,
  repo: RepositoryRef,
  reference: string,
  manifest: RawManifest,
  signal?: AbortSignal,
): Promise<void> {
  const request = {
    registry: repo.registry,
    method: 'PUT' as const,
    target: `/v2/${repo.repository}/manifests/${reference}`,
    headers: { 'content-type': manifest.mediaType },
    body: manifest.bytes,
    scopes: [repositoryScope(repo.repository, ['push', 'pull'])],
    what: `push manifest ${manifest.digest} to ${repo.repository}${isDigest(reference) ? '' : `:${reference}`}`,
    signal,
  };
  const response = await http.send(request);
  if (response.status !== 201 && response.status !== 200 && response.status !== 202) return http.fail(response, request);
  discard(response.body);
  const stored = response.headers['docker-content-digest'];
  if (stored !== undefined && stored !== manifest.digest && stored.startsWith('sha256:') && manifest.digest.startsWith('sha256:')) {
    throw new RegistryError('registry', `${repo.registry} stored manifest ${manifest.digest} for ${repo.repository} as ${stored}`, {});
  }
}
