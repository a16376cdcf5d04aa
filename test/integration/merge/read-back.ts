import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, zstdDecompressSync } from 'node:zlib';
import { run } from '../../helpers/run.ts';

/**
 * The uncompressed layer tars of an image in a registry, fetched by skopeo (not our client), so
 * tests can look at the exact members the flattener wrote.
 */
export async function readLayerTars(reference: string): Promise<Buffer[]> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-flatten-readback-'));
  try {
    await run('skopeo', ['copy', '--quiet', '--src-tls-verify=false', '--preserve-digests', `docker://${reference}`, `oci:${dir}:x`]);
    const blob = (digest: string): Promise<Buffer> => readFile(join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)));
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { manifests: { digest: string }[] };
    const manifest = JSON.parse((await blob(index.manifests[0]?.digest ?? '')).toString()) as {
      layers: { mediaType: string; digest: string }[];
    };
    return await Promise.all(
      manifest.layers.map(async (layer) => {
        const bytes = await blob(layer.digest);
        if (layer.mediaType.endsWith('gzip')) return gunzipSync(bytes);
        if (layer.mediaType.endsWith('zstd')) return zstdDecompressSync(bytes);
        return bytes;
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Tags of a repository, read with the registry API ([] when the repository does not exist). */
export async function listTags(host: string, repository: string): Promise<string[]> {
  const response = await fetch(`http://${host}/v2/${repository}/tags/list`);
  if (response.status === 404) return [];
  if (!response.ok) throw new Error(`tags/list ${repository}: HTTP ${response.status}`);
  const body = (await response.json()) as { tags: string[] | null };
  return [...(body.tags ?? [])].sort();
}

/** The digest the registry serves for host/repository:tag. */
export async function manifestDigest(host: string, repository: string, tag: string): Promise<string> {
  const response = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' },
  });
  if (!response.ok) throw new Error(`HEAD manifest ${repository}:${tag}: HTTP ${response.status}`);
  return response.headers.get('docker-content-digest') ?? '';
}
