import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RegistryServer } from '../../helpers/registry-server.ts';

/**
 * Reading a test registry directly (plain fetch over loopback HTTP, and its storage directory), so
 * assertions about what a run wrote do not go through our own registry client.
 */

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export interface FetchedManifest {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  json: any;
}

export const sha256 = (bytes: Uint8Array): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** GET /v2/REPO/manifests/REF; the digest is computed from the bytes. */
export async function fetchManifest(host: string, repo: string, reference: string): Promise<FetchedManifest> {
  const response = await fetch(`http://${host}/v2/${repo}/manifests/${reference}`, { headers: { accept: ACCEPT } });
  if (response.status !== 200) throw new Error(`GET manifest ${repo}:${reference}: HTTP ${response.status} ${await response.text()}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { digest: sha256(bytes), mediaType: response.headers.get('content-type') ?? '', bytes, json: JSON.parse(bytes.toString()) };
}

export async function fetchBlobJson(host: string, repo: string, digest: string): Promise<any> {
  const response = await fetch(`http://${host}/v2/${repo}/blobs/${digest}`);
  if (response.status !== 200) throw new Error(`GET blob ${repo}@${digest}: HTTP ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (sha256(bytes) !== digest) throw new Error(`blob ${digest} has other bytes`);
  return JSON.parse(bytes.toString());
}

/** The repository's tags, or undefined when the registry does not know the repository. */
export async function tagsOf(host: string, repo: string): Promise<string[] | undefined> {
  const response = await fetch(`http://${host}/v2/${repo}/tags/list`);
  if (response.status === 404) {
    await response.body?.cancel();
    return undefined;
  }
  if (response.status !== 200) throw new Error(`GET tags of ${repo}: HTTP ${response.status}`);
  return ((await response.json()) as { tags: string[] | null }).tags ?? [];
}

export async function catalog(host: string): Promise<string[]> {
  const response = await fetch(`http://${host}/v2/_catalog`);
  return ((await response.json()) as { repositories: string[] }).repositories;
}

/** Every blob digest in the registry's storage (distribution's filesystem driver layout). */
export async function storedBlobs(registry: RegistryServer): Promise<Set<string>> {
  const root = join(registry.rootDirectory, 'data', 'docker', 'registry', 'v2', 'blobs', 'sha256');
  const digests = new Set<string>();
  const prefixes = await readdir(root).catch(() => [] as string[]);
  for (const prefix of prefixes) for (const hex of await readdir(join(root, prefix))) digests.add(`sha256:${hex}`);
  return digests;
}

/** PUT a blob with a monolithic upload (POST then PUT ?digest=). */
export async function pushBlob(host: string, repo: string, bytes: Uint8Array): Promise<string> {
  const digest = sha256(bytes);
  const start = await fetch(`http://${host}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
  await start.body?.cancel();
  const location = start.headers.get('location');
  if (start.status !== 202 || location === null) throw new Error(`POST upload to ${repo}: HTTP ${start.status}`);
  const url = new URL(location, `http://${host}`);
  url.searchParams.set('digest', digest);
  const put = await fetch(url, { method: 'PUT', body: bytes, headers: { 'content-type': 'application/octet-stream' } });
  await put.body?.cancel();
  if (put.status !== 201) throw new Error(`PUT blob ${digest} to ${repo}: HTTP ${put.status}`);
  return digest;
}

/** PUT a manifest as is; returns the HTTP status and body so a test can see a refusal. */
export async function pushManifest(
  host: string,
  repo: string,
  reference: string,
  bytes: Uint8Array,
  mediaType: string,
): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://${host}/v2/${repo}/manifests/${reference}`, {
    method: 'PUT',
    body: bytes,
    headers: { 'content-type': mediaType },
  });
  return { status: response.status, body: await response.text() };
}
