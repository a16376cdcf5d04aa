/**
 * Non-distributable (foreign) layers: design.md section 2 / issue 4. Such a layer is not in the
 * registry but at the URLs of its descriptor. A flatten keeps it as it is (a note says so): its
 * descriptor, urls included, stays in the new manifest and its blob is never uploaded, while the
 * merge still reads its headers, fetched from the urls with no credentials. With
 * `--allow-nondistributable` it is merged like any layer.
 *
 * The URLs point at a loopback HTTP server of this test that refuses any request carrying
 * Authorization; the registry requires credentials, so the client holds some it could leak.
 * Trees are compared with the reference extractor applied to the layer tars (skopeo and umoci are
 * not trusted to fetch urls), the result's foreign layer fetched from its urls like a client does.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { runCli } from '../../helpers/cli.ts';
import { tarOf, type FixtureEntry } from '../../helpers/fixture-image.ts';
import { htpasswdLine } from '../../helpers/pki.ts';
import { applyLayers } from '../../helpers/reference-extractor.ts';
import { freePort, startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';
import type { Tree } from '../../helpers/tree-types.ts';
import type { FlattenJson } from '../cli/expected.ts';
import { sha256 } from '../cli/registry-state.ts';

const USER = 'nd-user';
const PASSWORD = 'nd-Secret-4b1e!';
const AUTH = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
const CREDS = ['--src-creds', `${USER}:${PASSWORD}`, '--dest-creds', `${USER}:${PASSWORD}`];

const OCI = {
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  foreign: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
};
const DOCKER = {
  manifest: 'application/vnd.docker.distribution.manifest.v2+json',
  config: 'application/vnd.docker.container.image.v1+json',
  layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  foreign: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
};
type Family = typeof OCI;

const dir = (path: string): FixtureEntry => ({ path, type: 'dir', mode: 0o755 });
const file = (path: string, content: string): FixtureEntry => ({ path, content });

/** A foreign base, then layers that delete, replace, opaque-over and re-create what it holds. */
const LAYERS: FixtureEntry[][] = [
  [
    dir('etc'),
    file('etc/a', 'base a\n'),
    file('etc/b', 'base b\n'),
    dir('opt'),
    dir('opt/keep'),
    file('opt/keep/x', 'x\n'),
    file('opt/keep/y', 'y\n'),
    dir('usr'),
    dir('usr/lib'),
    file('usr/lib/libc.so', 'libc\n'),
    file('usr/lib/libm.so', 'libm\n'),
  ],
  [
    dir('etc'),
    { path: 'etc/.wh.a' },
    file('etc/b', 'replaced b\n'),
    dir('opt'),
    dir('opt/keep'),
    { path: 'opt/keep/.wh..wh..opq' },
    file('opt/keep/z', 'z\n'),
  ],
  [dir('usr'), { path: 'usr/.wh.lib' }, dir('srv'), file('srv/new', 'new\n')],
  [dir('usr'), dir('usr/lib'), file('usr/lib/only-new.so', 'only new\n')],
];

interface SeenRequest {
  path: string;
  authorization: string | undefined;
}

/** The "external host" of the foreign layers: plain files by digest, a redirect, and 404s. */
async function startBlobServer(blobs: Map<string, Buffer>): Promise<{ origin: string; seen: SeenRequest[]; server: Server }> {
  const seen: SeenRequest[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '';
    seen.push({ path, authorization: request.headers.authorization });
    if (request.headers.authorization !== undefined) {
      response.writeHead(401).end('credentials must never be sent here\n');
      return;
    }
    const moved = /^\/moved\/(sha256:[0-9a-f]{64})$/.exec(path);
    if (moved !== null) {
      response.writeHead(302, { location: `/blobs/${moved[1]}` }).end();
      return;
    }
    const blob = /^\/blobs\/(sha256:[0-9a-f]{64})$/.exec(path);
    const bytes = blob === null ? undefined : blobs.get(blob[1] ?? '');
    if (request.method !== 'GET' || bytes === undefined) {
      response.writeHead(404).end('not here\n');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length }).end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  assert.ok(address !== null && typeof address === 'object');
  return { origin: `http://127.0.0.1:${address.port}`, seen, server };
}

/** Monolithic blob upload and raw manifest PUT: the registry must accept a manifest whose foreign layer it does not hold. */
async function pushBlob(host: string, repo: string, bytes: Buffer): Promise<string> {
  const digest = sha256(bytes);
  const started = await fetch(`http://${host}/v2/${repo}/blobs/uploads/`, { method: 'POST', headers: { authorization: AUTH } });
  assert.equal(started.status, 202, `start upload to ${repo}`);
  const location = new URL(started.headers.get('location') ?? '', `http://${host}`);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    body: bytes,
    headers: { authorization: AUTH, 'content-type': 'application/octet-stream' },
  });
  assert.equal(put.status, 201, `upload ${digest} to ${repo}: ${await put.text()}`);
  return digest;
}

interface PushedImage {
  reference: string;
  manifest: { layers: { mediaType: string; digest: string; size: number; urls?: string[] }[] };
  tars: Buffer[];
  foreign: { digest: string; gz: Buffer };
}

async function pushImage(
  host: string,
  repo: string,
  family: Family,
  tars: Buffer[],
  foreignUrls: (digest: string) => string[],
): Promise<PushedImage> {
  const gzipped = tars.map((tar) => gzipSync(tar));
  const layers = [];
  for (const [i, gz] of gzipped.entries()) {
    const digest = sha256(gz);
    if (i === 0) layers.push({ mediaType: family.foreign, digest, size: gz.length, urls: foreignUrls(digest) });
    else layers.push({ mediaType: family.layer, digest: await pushBlob(host, repo, gz), size: gz.length });
  }
  const config = Buffer.from(
    JSON.stringify({
      created: '2024-01-02T03:04:05Z',
      architecture: 'amd64',
      os: 'linux',
      config: { Env: ['PATH=/usr/bin:/bin'] },
      rootfs: { type: 'layers', diff_ids: tars.map((tar) => sha256(tar)) },
      history: tars.map((_, i) => ({ created: '2024-01-02T03:04:05Z', created_by: `layer ${i}` })),
    }),
  );
  const manifest = {
    schemaVersion: 2,
    mediaType: family.manifest,
    config: { mediaType: family.config, digest: await pushBlob(host, repo, config), size: config.length },
    layers,
  };
  const response = await fetch(`http://${host}/v2/${repo}/manifests/v1`, {
    method: 'PUT',
    body: JSON.stringify(manifest),
    headers: { authorization: AUTH, 'content-type': family.manifest },
  });
  assert.equal(response.status, 201, `push manifest of ${repo}: ${await response.text()}`);
  return {
    reference: `${host}/${repo}:v1`,
    manifest,
    tars,
    foreign: { digest: layers[0]?.digest ?? '', gz: gzipped[0] ?? Buffer.alloc(0) },
  };
}

async function getManifest(host: string, repo: string, reference: string): Promise<any> {
  const response = await fetch(`http://${host}/v2/${repo}/manifests/${reference}`, {
    headers: { authorization: AUTH, accept: [OCI.manifest, DOCKER.manifest].join(', ') },
  });
  assert.equal(response.status, 200, `GET manifest ${repo}:${reference}`);
  return response.json();
}

async function registryBlob(host: string, repo: string, digest: string): Promise<Buffer> {
  const response = await fetch(`http://${host}/v2/${repo}/blobs/${digest}`, { headers: { authorization: AUTH } });
  assert.equal(response.status, 200, `GET blob ${repo}@${digest}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  assert.equal(sha256(bytes), digest);
  return bytes;
}

async function registryHas(host: string, repo: string, digest: string): Promise<boolean> {
  const response = await fetch(`http://${host}/v2/${repo}/blobs/${digest}`, { method: 'HEAD', headers: { authorization: AUTH } });
  return response.status === 200;
}

/** The tree a client gets from a result: the foreign layer from its urls, the rest from the registry. */
async function resultTree(host: string, repo: string, manifest: any): Promise<Tree> {
  const tars: Buffer[] = [];
  for (const layer of manifest.layers as { digest: string; urls?: string[] }[]) {
    let gz: Buffer;
    if (layer.urls === undefined) gz = await registryBlob(host, repo, layer.digest);
    else {
      const response = await fetch(layer.urls.at(-1) ?? '');
      gz = Buffer.from(await response.arrayBuffer());
      assert.equal(sha256(gz), layer.digest, 'the kept layer is at its urls');
    }
    tars.push(gunzipSync(gz));
  }
  return applyLayers(tars);
}

describe('non-distributable (foreign) layers are kept as they are, unless --allow-nondistributable merges them', () => {
  let registry: RegistryServer;
  let work: string;
  let blobServer: Awaited<ReturnType<typeof startBlobServer>>;
  const blobs = new Map<string, Buffer>();
  let tars: Buffer[];
  let expected: Tree;
  let oci: PushedImage;
  let docker: PushedImage;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-nondistributable-'));
    const htpasswd = join(work, 'htpasswd');
    await writeFile(htpasswd, `${await htpasswdLine(USER, PASSWORD)}\n`);
    // distribution rejects every foreign URL unless allowed by configuration.
    registry = await startRegistry({
      htpasswdPath: htpasswd,
      extraConfig: ['validation:', '  manifests:', '    urls:', '      allow:', "        - '^http://127\\.0\\.0\\.1:'"].join('\n'),
    });
    blobServer = await startBlobServer(blobs);
    tars = await Promise.all(LAYERS.map((entries) => tarOf(entries)));
    expected = await applyLayers(tars);
    const gz = gzipSync(tars[0] ?? Buffer.alloc(0));
    blobs.set(sha256(gz), gz);
    // The first URL has nothing, the second redirects to the blob: urls are tried in order.
    const urls = (digest: string): string[] => [`${blobServer.origin}/gone/${digest}`, `${blobServer.origin}/moved/${digest}`];
    oci = await pushImage(registry.host, 'src/oci', OCI, tars, urls);
    docker = await pushImage(registry.host, 'src/docker', DOCKER, tars, urls);
    assert.equal(await registryHas(registry.host, 'src/oci', oci.foreign.digest), false, 'the foreign layer is not in the registry');
  });
  after(async () => {
    await registry?.stop();
    if (blobServer !== undefined) {
      const closed = new Promise((resolve) => blobServer.server.close(resolve));
      blobServer.server.closeAllConnections(); // keep-alive sockets of fetch would hold close() open
      await closed;
    }
    await rm(work, { recursive: true, force: true });
  });

  const flatten = async (args: string[]): Promise<{ json: FlattenJson; stderr: string }> => {
    const result = await runCli([...args, ...CREDS, '--json']);
    assert.equal(result.code, 0, `flatten ${args.join(' ')}: ${result.stderr}`);
    return { json: JSON.parse(result.stdout) as FlattenJson, stderr: result.stderr };
  };

  const assertNoCredentialsSent = (): void => {
    assert.ok(blobServer.seen.length > 0, 'the urls were fetched');
    assert.deepEqual(
      blobServer.seen.filter((request) => request.authorization !== undefined),
      [],
      'no request to the urls carried Authorization',
    );
  };

  for (const [name, family, image] of [
    ['OCI nondistributable', OCI, () => oci],
    ['Docker foreign', DOCKER, () => docker],
  ] as const) {
    it(`${name}: kept with its descriptor unchanged and not uploaded; the tree equals the source's; a note says so`, async () => {
      const source = image();
      const repo = `out/${family === OCI ? 'oci' : 'docker'}`;
      const seenBefore = blobServer.seen.length;
      const { json, stderr } = await flatten([source.reference, '--to', `${registry.host}/${repo}:v1`]);
      const manifest = await getManifest(registry.host, repo, 'v1');
      assert.equal(manifest.mediaType, family.manifest);
      assert.equal(manifest.layers.length, 2, 'the foreign layer, then the merged one');
      assert.deepEqual(manifest.layers[0], source.manifest.layers[0], 'the foreign descriptor is kept as it is, urls included');
      assert.equal(manifest.layers[1].mediaType, family.layer);
      assert.equal(json.platforms[0]?.keptLayers, 1);
      assert.match(stderr, new RegExp(`note: .*${source.foreign.digest} is non-distributable`));
      assert.equal(await registryHas(registry.host, repo, source.foreign.digest), false, 'the foreign layer was not uploaded');
      // The merge read the foreign layer's headers from its urls, in order, following the redirect.
      const paths = blobServer.seen.slice(seenBefore).map((request) => request.path);
      assert.deepEqual(paths.slice(0, 3), [
        `/gone/${source.foreign.digest}`,
        `/moved/${source.foreign.digest}`,
        `/blobs/${source.foreign.digest}`,
      ]);
      assertNoCredentialsSent();
      assertTreesEqual(expected, await resultTree(registry.host, repo, manifest), `${name} flattened`);
    });
  }

  it('a second run finds the kept-foreign result already in the target and reuses it', async () => {
    const { json } = await flatten([oci.reference, '--to', `${registry.host}/out/oci:v1`]);
    assert.equal(json.platforms[0]?.reused, true);
  });

  it('--allow-nondistributable merges the foreign layer (fetched from its urls) into one layer with the same tree', async () => {
    const { json } = await flatten([oci.reference, '--to', `${registry.host}/out/merged:v1`, '--allow-nondistributable']);
    const manifest = await getManifest(registry.host, 'out/merged', 'v1');
    assert.equal(manifest.layers.length, 1);
    assert.equal(manifest.layers[0].mediaType, OCI.layer);
    assert.equal(manifest.layers[0].urls, undefined);
    assert.equal(json.platforms[0]?.keptLayers, 0);
    assertNoCredentialsSent();
    assertTreesEqual(expected, await resultTree(registry.host, 'out/merged', manifest), 'merged with --allow-nondistributable');
  });

  it('a foreign layer that neither the registry nor any of its urls has fails with one line naming the layer and every URL tried, and writes no tag', async () => {
    const deadPort = await freePort();
    const lost = await pushImage(registry.host, 'src/lost', OCI, tars, (digest) => [
      `http://127.0.0.1:${deadPort}/layer/${digest}`,
      `${blobServer.origin}/gone/${digest}`,
    ]);
    const result = await runCli([lost.reference, '--to', `${registry.host}/out/lost:v1`, ...CREDS]);
    assert.equal(result.code, 3, result.stderr);
    const line = result.stderr.split('\n').find((l) => l.includes('none of its urls'));
    assert.ok(line !== undefined, result.stderr);
    assert.match(line, new RegExp(`layer ${lost.foreign.digest} is not in ${registry.host.replace(/\./g, '\\.')}/src/lost \\(404\\)`));
    assert.match(line, new RegExp(`http://127\\.0\\.0\\.1:${deadPort}/layer/${lost.foreign.digest} \\(ECONNREFUSED\\)`));
    assert.match(line, new RegExp(`${blobServer.origin}/gone/${lost.foreign.digest} \\(404\\)`));
    assert.doesNotMatch(result.stderr, new RegExp(PASSWORD.replace(/[!]/g, '\\$&')));
    const tag = await fetch(`http://${registry.host}/v2/out/lost/manifests/v1`, { method: 'HEAD', headers: { authorization: AUTH } });
    assert.equal(tag.status, 404, 'no tag was written');
  });
});
