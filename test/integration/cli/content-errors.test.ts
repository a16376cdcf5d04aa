import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../helpers/cli.ts';
import { tarOf } from '../../helpers/fixture-image.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { pushBlob, pushManifest, sha256, storedBlobs, tagsOf } from './registry-state.ts';

const ENCRYPTED = 'application/vnd.oci.image.layer.v1.tar+gzip+encrypted';
const SCHEMA1 = 'application/vnd.docker.distribution.manifest.v1+prettyjws';

/**
 * A stand-in registry for the one image distribution 2.8 cannot hold: it refuses every schema1
 * manifest it cannot verify the signature of (MANIFEST_INVALID), and old registries still serve
 * such images. Only the two requests a pull makes are answered: the /v2/ probe and the manifest.
 */
async function startSchema1Registry(manifest: Buffer): Promise<{ host: string; stop(): Promise<void> }> {
  const digest = sha256(manifest);
  const server: Server = createServer((request, response) => {
    if (request.url === '/v2/' || request.url === '/v2') {
      response.writeHead(200, { 'content-type': 'application/json', 'docker-distribution-api-version': 'registry/2.0' }).end('{}');
    } else if (request.url === '/v2/old/app/manifests/v1' || request.url === `/v2/old/app/manifests/${digest}`) {
      response.writeHead(200, { 'content-type': SCHEMA1, 'docker-content-digest': digest, 'content-length': manifest.length });
      response.end(request.method === 'HEAD' ? undefined : manifest);
    } else {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"NOT_FOUND","message":"not found"}]}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  assert.ok(address !== null && typeof address === 'object');
  return {
    host: `127.0.0.1:${address.port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('images flatten cannot read fail at once with a clear error (exit code 5)', () => {
  let registry: RegistryServer;

  before(async () => {
    registry = await startRegistry();
  });
  after(async () => {
    await registry?.stop();
  });

  it('an encrypted layer media type: the error names the image, the layer and the media type; nothing is written', async () => {
    const host = registry.host;
    const layer = gzipSync(await tarOf([{ path: 'secret', content: 'ciphertext stand-in\n' }]));
    const layerDigest = await pushBlob(host, 'enc/app', layer);
    const config = Buffer.from(
      JSON.stringify({ architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [sha256(Buffer.alloc(0))] } }),
    );
    const configDigest = await pushBlob(host, 'enc/app', config);
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
        layers: [{ mediaType: ENCRYPTED, digest: layerDigest, size: layer.length }],
      }),
    );
    const pushed = await pushManifest(host, 'enc/app', 'v1', manifest, 'application/vnd.oci.image.manifest.v1+json');
    assert.equal(pushed.status, 201, pushed.body);

    const blobsBefore = await storedBlobs(registry);
    const result = await runCli([`${host}/enc/app:v1`, '--to', `${host}/enc/app:flat`]);
    assert.equal(result.code, 5, result.stderr);
    const error = result.stderr.split('\n').find((line) => line.startsWith('flatten: ')) ?? '';
    assert.match(error, /enc\/app/);
    assert.match(error, new RegExp(layerDigest));
    assert.match(error, /encrypted/);
    assert.ok(error.includes(ENCRYPTED), error);
    assert.equal(result.stdout, '');
    assert.deepEqual(await storedBlobs(registry), blobsBefore, 'nothing uploaded');
    assert.deepEqual(await tagsOf(host, 'enc/app'), ['v1']);
  });

  it('a Docker schema1 manifest: the error says schema1 and how to convert it', async () => {
    // distribution 2.8 refuses unsigned schema1 pushes; so this image is served by a stand-in.
    const refused = await pushManifest(registry.host, 'old/app', 'v1', Buffer.from('{"schemaVersion":1}'), SCHEMA1);
    assert.equal(refused.status, 400, 'the real registry refuses a schema1 manifest it cannot verify');
    const layerDigest = sha256(gzipSync(Buffer.from('layer')));
    const manifest = Buffer.from(
      JSON.stringify(
        {
          schemaVersion: 1,
          name: 'old/app',
          tag: 'v1',
          architecture: 'amd64',
          fsLayers: [{ blobSum: layerDigest }],
          history: [{ v1Compatibility: JSON.stringify({ id: 'a'.repeat(64), created: '2016-01-01T00:00:00Z', os: 'linux' }) }],
          signatures: [{ header: { alg: 'ES256' }, signature: 'c2lnbmF0dXJl', protected: 'e30' }],
        },
        null,
        3,
      ),
    );
    const legacy = await startSchema1Registry(manifest);
    try {
      const result = await runCli([`${legacy.host}/old/app:v1`, '--to', `${registry.host}/old/app:flat`]);
      assert.equal(result.code, 5, result.stderr);
      const lines = result.stderr
        .trimEnd()
        .split('\n')
        .filter((l) => l.startsWith('flatten: ') || l.startsWith('hint: '));
      assert.ok(lines.length >= 1 && lines.length <= 2, result.stderr);
      assert.match(lines[0] ?? '', /old\/app/);
      assert.match(lines.join('\n'), /schema ?1/i);
      assert.match(lines.join('\n'), /v2s2|convert/);
      assert.equal(await tagsOf(registry.host, 'old/app'), undefined, 'nothing written to the target');
    } finally {
      await legacy.stop();
    }
  });
});
