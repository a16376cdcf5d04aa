import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { parseReference } from '../../../src/reference/reference.ts';
import { createRegistryClient } from '../../../src/registry/client.ts';
import { registrySource, registryTarget } from '../../../src/transport/registry.ts';
import { type RegistryServer, startRegistry } from '../../helpers/registry-server.ts';
import { makeImage, openBytes, randomBlob, readAll } from './fixtures.ts';

describe('registry push and pull over plain HTTP on loopback', () => {
  let registry: RegistryServer;
  before(async () => {
    registry = await startRegistry();
  });
  after(async () => {
    await registry.stop();
  });

  it('HTTPS is tried first on loopback, then plain HTTP is remembered for the host', async () => {
    const log: string[] = [];
    const client = createRegistryClient({ onLog: (line) => log.push(line) });
    try {
      assert.equal(await client.scheme(registry.host), 'http:');
      assert.equal(await client.hasBlob({ registry: registry.host, repository: 'a/b' }, randomBlob(1).descriptor.digest), false);
      const httpsAttempt = log.findIndex((l) => l.startsWith(`GET https://${registry.host}/v2/ failed`));
      const httpPing = log.findIndex((l) => l.startsWith(`GET http://${registry.host}/v2/ 200`));
      assert.ok(httpsAttempt !== -1 && httpPing > httpsAttempt, log.join('\n'));
      assert.equal(log.filter((l) => l.includes('https://')).length, 1, 'the scheme is resolved once');
    } finally {
      await client.close();
    }
  });

  it('a pushed image reads back byte for byte, and commit names tag and digest as written', async () => {
    const image = makeImage([3 * 1024 * 1024 + 17, 1000]);
    const ref = parseReference(`${registry.host}/team/app:flat`);
    const target = registryTarget(ref);
    try {
      for (const blob of [image.config, ...image.layers]) await target.putBlob(blob.descriptor, openBytes(blob.bytes));
      const name = await target.commit(image.manifest);
      assert.equal(name, `${registry.host}/team/app:flat@${image.manifest.digest}`);
      assert.deepEqual(target.transfers(), { existing: 0, mounted: 0, uploaded: 3 });
    } finally {
      await target.close();
    }
    const source = registrySource(ref);
    try {
      const root = await source.getRootManifest();
      assert.equal(root.digest, image.manifest.digest);
      assert.equal(root.mediaType, image.manifest.mediaType);
      assert.deepEqual(Buffer.from(root.bytes), image.manifest.bytes);
      const layer = image.layers[0]!;
      assert.deepEqual(await readAll(await source.getBlob(layer.descriptor)), layer.bytes);
      assert.deepEqual(Buffer.from(await source.getBlobBytes(image.config.descriptor)), image.config.bytes);
      const byDigest = registrySource(parseReference(`${registry.host}/team/app@${image.manifest.digest}`));
      assert.equal((await byDigest.getRootManifest()).digest, image.manifest.digest);
      await byDigest.close();
    } finally {
      await source.close();
    }
  });

  it('a second push uploads nothing; a push to another repository mounts', async () => {
    const image = makeImage([200_000]);
    const first = registryTarget(parseReference(`${registry.host}/team/one:v1`));
    const blobs = [image.config, ...image.layers];
    for (const blob of blobs) await first.putBlob(blob.descriptor, openBytes(blob.bytes));
    await first.commit(image.manifest);
    await first.close();

    const again = registryTarget(parseReference(`${registry.host}/team/one:v1`));
    for (const blob of blobs) await again.putBlob(blob.descriptor, () => assert.fail('must not open the source'));
    assert.deepEqual(again.transfers(), { existing: 2, mounted: 0, uploaded: 0 });
    await again.close();

    const source = registrySource(parseReference(`${registry.host}/team/one:v1`));
    const other = registryTarget(parseReference(`${registry.host}/team/two:v1`));
    for (const blob of blobs) {
      await other.putBlob(blob.descriptor, () => assert.fail('a mount reads nothing'), { mountFrom: source });
    }
    await other.commit(image.manifest);
    assert.deepEqual(other.transfers(), { existing: 0, mounted: 2, uploaded: 0 });
    await other.close();
    await source.close();
  });

  for (const strategy of ['streamed', 'chunked', 'monolithic'] as const) {
    it(`the ${strategy} upload strategy stores the exact blob`, async () => {
      const client = createRegistryClient({ hosts: { [registry.host]: { upload: { strategy, chunkSize: 1024 * 1024 } } } });
      const repo = { registry: registry.host, repository: `strategy/${strategy}` };
      const blob = randomBlob(2 * 1024 * 1024 + 5);
      try {
        assert.equal(await client.putBlob(repo, blob.descriptor, openBytes(blob.bytes)), 'uploaded');
        assert.deepEqual(await readAll(await client.getBlob(repo, blob.descriptor)), blob.bytes);
        assert.equal(client.stats.bytesSent, blob.bytes.length);
      } finally {
        await client.close();
      }
    });
  }

  it('a blob whose bytes do not match the descriptor fails the stream', async () => {
    const client = createRegistryClient();
    const repo = { registry: registry.host, repository: 'verify/me' };
    const blob = randomBlob(100_000);
    try {
      await client.putBlob(repo, blob.descriptor, openBytes(blob.bytes));
      await assert.rejects(
        readAll(await client.getBlob(repo, { ...blob.descriptor, size: blob.bytes.length - 1 })),
        /more than the expected 99999 bytes/,
      );
      await assert.rejects(
        readAll(await client.getBlob(repo, { ...blob.descriptor, size: blob.bytes.length + 1 })),
        /got 100000 bytes, expected 100001/,
      );
    } finally {
      await client.close();
    }
  });

  it('a missing manifest is a registry error carrying the status and code', async () => {
    const source = registrySource(parseReference(`${registry.host}/nothing/here:v1`));
    try {
      await assert.rejects(source.getRootManifest(), (error: unknown) => {
        assert.ok(error instanceof FlattenError);
        assert.equal(error.kind, 'registry');
        assert.match(
          error.message,
          new RegExp(`^not found: pull manifest nothing/here:v1 on ${registry.host} \\(404 (NAME|MANIFEST)_UNKNOWN`),
        );
        return true;
      });
    } finally {
      await source.close();
    }
  });
});
