import { Buffer } from 'node:buffer';
import { MediaType } from '../image/media-types.ts';
import type { Descriptor, RawManifest } from '../image/types.ts';
import { parseReferrersList, referrerDescriptor, tagSchemaTag, withReferrer } from '../referrers/referrers-index.ts';
import { contentError } from '../errors.ts';
import { repositoryScope } from './challenge.ts';
import { RegistryError } from './errors.ts';
import { discard, type Http } from './http.ts';
import { fetchManifest, type RepositoryRef } from './manifests.ts';

/**
 * OCI 1.1 referrers on a registry (distribution-spec "Listing Referrers", docs/referrers.md):
 * the referrers API when the registry has it, else the `<alg>-<hex>` tag-schema index, and
 * cosign's legacy `sha256-<hex>.sig|.att|.sbom` tags.
 */

export type ReferrersVia = 'api' | 'tag-schema';

/** A referrers list longer than this many pages is cut there (a registry that links forever). */
const MAX_PAGES = 64;
/** One page of a referrers list is an index: bounded like a manifest. */
const MAX_PAGE_BYTES = 16 * 1024 * 1024;

async function readPage(body: AsyncIterable<Buffer>, where: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > MAX_PAGE_BYTES) throw contentError(`${where}: a page of the referrers list is larger than ${MAX_PAGE_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The `rel="next"` target of a Link header, if any. */
export function nextLink(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(',')) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (match !== null && /(^|;)\s*rel\s*=\s*"?next"?\s*(;|$)/i.test(match[2] ?? '')) return match[1];
  }
  return undefined;
}

/** A manifest by tag, or undefined when the registry has no such tag. */
export async function fetchOptionalManifest(
  http: Http,
  repo: RepositoryRef,
  tag: string,
  signal?: AbortSignal,
): Promise<RawManifest | undefined> {
  try {
    return await fetchManifest(http, repo, tag, signal);
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * Every referrer of `digest`: GET /v2/<name>/referrers/<digest> following `Link: rel="next"`;
 * on 404 (no referrers API) the tag-schema index. An `artifactType` filter is sent to the API
 * and applied here as well, since a registry need not apply it (OCI-Filters-Applied).
 */
export async function listReferrers(
  http: Http,
  repo: RepositoryRef,
  digest: string,
  options: { artifactType?: string | undefined; signal?: AbortSignal | undefined } = {},
): Promise<{ descriptors: Descriptor[]; via: ReferrersVia }> {
  const query = options.artifactType === undefined ? '' : `?artifactType=${encodeURIComponent(options.artifactType)}`;
  let target: string | URL = `/v2/${repo.repository}/referrers/${digest}${query}`;
  const descriptors: Descriptor[] = [];
  const where = `referrers of ${repo.repository}@${digest} on ${repo.registry}`;
  for (let page = 0; page < MAX_PAGES; page++) {
    const request = {
      registry: repo.registry,
      method: 'GET' as const,
      target,
      headers: { accept: MediaType.ociIndex },
      scopes: [repositoryScope(repo.repository, ['pull'])],
      what: `list referrers of ${repo.repository}@${digest}`,
      signal: options.signal,
    };
    const response = await http.send(request);
    if (response.status === 404 && page === 0) {
      discard(response.body);
      const index = await fetchOptionalManifest(http, repo, tagSchemaTag(digest), options.signal);
      return { descriptors: index === undefined ? [] : parseReferrersList(index.bytes, where, options.artifactType), via: 'tag-schema' };
    }
    if (response.status !== 200) return http.fail(response, request);
    const body = await readPage(response.body, where);
    try {
      descriptors.push(...parseReferrersList(body, where, options.artifactType));
    } catch (error) {
      throw contentError((error as Error).message);
    }
    const next = nextLink(response.headers.link);
    if (next === undefined) break;
    // Relative to the page that named it, and on the registry's own origin: a page that sends
    // the client elsewhere (with the registry's credentials) is not followed.
    const url = new URL(next, response.url);
    if (url.origin !== response.url.origin) {
      throw contentError(`${where}: the next page is on another host (${url.origin}); not followed`);
    }
    target = url;
  }
  const seen = new Set<string>();
  return { descriptors: descriptors.filter((d) => !seen.has(d.digest) && seen.add(d.digest) !== undefined), via: 'api' };
}

/**
 * Store an artifact manifest whose `subject` is `subject`. A registry with the referrers API
 * says so by answering with OCI-Subject, and indexes it itself; otherwise the tag-schema index
 * is read, the descriptor added unless there already, and written back.
 */
export async function putReferrer(
  http: Http,
  repo: RepositoryRef,
  manifest: RawManifest,
  subject: Descriptor,
  signal?: AbortSignal,
): Promise<ReferrersVia> {
  const request = {
    registry: repo.registry,
    method: 'PUT' as const,
    target: `/v2/${repo.repository}/manifests/${manifest.digest}`,
    headers: { 'content-type': manifest.mediaType },
    body: manifest.bytes,
    scopes: [repositoryScope(repo.repository, ['push', 'pull'])],
    what: `push referrer ${manifest.digest} to ${repo.repository}`,
    signal,
  };
  const response = await http.send(request);
  if (response.status !== 201 && response.status !== 200 && response.status !== 202) return http.fail(response, request);
  discard(response.body);
  if (response.headers['oci-subject'] === subject.digest) return 'api';
  const tag = tagSchemaTag(subject.digest);
  const where = `${repo.registry}/${repo.repository}:${tag}`;
  const current = await fetchOptionalManifest(http, repo, tag, signal);
  let next: RawManifest | undefined;
  try {
    next = withReferrer(current?.bytes, referrerDescriptor(manifest), where);
  } catch (error) {
    throw contentError((error as Error).message);
  }
  if (next === undefined) return 'tag-schema';
  const put = {
    ...request,
    target: `/v2/${repo.repository}/manifests/${tag}`,
    headers: { 'content-type': next.mediaType },
    body: next.bytes,
    what: `update the referrers index ${tag} of ${repo.repository}`,
  };
  const answer = await http.send(put);
  if (answer.status !== 201 && answer.status !== 200 && answer.status !== 202) return http.fail(answer, put);
  discard(answer.body);
  return 'tag-schema';
}

/**
 * cosign's legacy tags for `digest` that exist: `sha256-<hex>.sig`, `.att`, `.sbom`. Each is
 * looked up on its own: one the registry refuses is reported through `onProblem` and skipped,
 * so that it costs no more than itself.
 */
export async function legacyCosignArtifacts(
  http: Http,
  repo: RepositoryRef,
  digest: string,
  signal?: AbortSignal,
  onProblem?: (message: string) => void,
): Promise<{ tag: string; manifest: RawManifest }[]> {
  const found: { tag: string; manifest: RawManifest }[] = [];
  for (const suffix of ['sig', 'att', 'sbom']) {
    const tag = `${tagSchemaTag(digest)}.${suffix}`;
    try {
      const manifest = await fetchOptionalManifest(http, repo, tag, signal);
      if (manifest !== undefined) found.push({ tag, manifest });
    } catch (error) {
      signal?.throwIfAborted();
      onProblem?.(`cosign's tag ${repo.repository}:${tag} could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return found;
}
