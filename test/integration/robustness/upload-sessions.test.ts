import assert from 'node:assert/strict';
import { randomBytes, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { MediaType } from '../../../src/image/media-types.ts';
import type { Descriptor } from '../../../src/image/types.ts';
import { createRegistryClient, type RegistryClientOptions } from '../../../src/registry/client.ts';
import { type FaultProxy, startFaultProxy } from '../../helpers/fault-proxy.ts';
import { type RegistryServer, startRegistry } from '../../helpers/registry-server.ts';

const MiB = 1024 * 1024;
const fastRetry = { attempts: 3, baseDelayMs: 10, maxDelayMs: 200, totalTimeMs: 10_000 };

const blobOf = (size: number): { bytes: Buffer; descriptor: Descriptor } => {
  const bytes = randomBytes(size);
  return {
    bytes,
    descriptor: { mediaType: MediaType.ociLayerGzip, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, size },
  };
};
const open = (bytes: Buffer) => (): Readable =>
  Readable.from([bytes.subarray(0, bytes.length >> 1), bytes.subarray(bytes.length >> 1)], { objectMode: false });
const readAll = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
};

describe('upload sessions: a failed one is cancelled, a chunked one recovers from 416', () => {
  let registry: RegistryServer;
  let proxy: FaultProxy;
  before(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy(registry.host);
  });
  after(async () => {
    await proxy.stop();
    await registry.stop();
  });
  const client = (extra: Partial<RegistryClientOptions> = {}) => createRegistryClient({ retry: fastRetry, timeoutMs: 5000, ...extra });
  const withFaults = (faults: FaultProxy['faults']): void => {
    proxy.faults = faults;
    proxy.seen.length = 0;
  };

  it('a chunk stored by the registry whose answer was a 416 is not sent again: the upload goes on from the Range the session reports', async () => {
    const blob = blobOf(3 * MiB + 100);
    const c = client({ hosts: { [proxy.host]: { upload: { strategy: 'chunked', chunkSize: MiB } } } });
    const repo = { registry: proxy.host, repository: 'sessions/range' };
    // The second chunk reaches the registry, but the client is told 416 (as after a resent chunk).
    const secondChunk = (r: IncomingMessage) => r.method === 'PATCH' && r.headers['content-range'] === `${MiB}-${2 * MiB - 1}`;
    withFaults([{ name: '416', times: 1, match: secondChunk, action: { type: 'status', status: 416 } }]);
    assert.equal(await c.putBlob(repo, blob.descriptor, open(blob.bytes)), 'uploaded');
    const ranges = proxy.seen.filter((s) => s.method === 'PATCH').map((s) => s.headers['content-range']);
    assert.deepEqual(
      ranges,
      [`0-${MiB - 1}`, `${MiB}-${2 * MiB - 1}`, `${2 * MiB}-${3 * MiB - 1}`, `${3 * MiB}-${3 * MiB + 99}`],
      'each chunk sent once',
    );
    assert.equal(c.stats.fallbacks, 0, 'no fallback to another strategy');
    assert.equal(c.stats.restarts, 0, 'no restart from a new session');
    assert.deepEqual(await readAll(await c.getBlob(repo, blob.descriptor)), blob.bytes);
    await c.close();
  });

  it('a 416 to a chunk the registry did not take asks the session how far it got, and then fails with the status', async () => {
    const blob = blobOf(2 * MiB + 10);
    const c = client({ hosts: { [proxy.host]: { upload: { strategy: 'chunked', chunkSize: MiB } } } });
    const repo = { registry: proxy.host, repository: 'sessions/refused' };
    const secondChunk = (r: IncomingMessage) => r.method === 'PATCH' && (r.headers['content-range'] ?? '').startsWith(`${MiB}-`);
    withFaults([{ name: '416', match: secondChunk, action: { type: 'respond', status: 416 } }]);
    await assert.rejects(c.putBlob(repo, blob.descriptor, open(blob.bytes)), (error) => {
      assert.ok(error instanceof FlattenError);
      assert.match(
        error.message,
        new RegExp(`^failed: push blob ${blob.descriptor.digest} to sessions/refused on ${proxy.host} \\(416\\)$`),
      );
      return true;
    });
    const uploads = proxy.seen.filter((s) => s.path.includes('/blobs/uploads/') && s.method !== 'POST').map((s) => s.method);
    assert.deepEqual(uploads, ['PATCH', 'PATCH', 'GET', 'DELETE'], 'status asked once, then the session cancelled');
    await c.close();
  });

  it('a failed upload is cancelled with DELETE on its session, and the retry is a new session', async () => {
    const blob = blobOf(200_000);
    const c = client();
    const repo = { registry: proxy.host, repository: 'sessions/cancel' };
    const upload = (r: IncomingMessage) => r.method === 'PUT' && (r.url ?? '').includes('/blobs/uploads/');
    withFaults([
      {
        name: '500',
        match: upload,
        action: { type: 'respond', status: 500, body: '{"errors":[{"code":"UNKNOWN","message":"disk full"}]}' },
      },
    ]);
    await assert.rejects(c.putBlob(repo, blob.descriptor, open(blob.bytes)), (error) => {
      assert.ok(error instanceof FlattenError);
      assert.equal(error.kind, 'registry');
      assert.match(error.message, /\(500 UNKNOWN: disk full\)$/);
      return true;
    });
    const puts = proxy.seen.filter((s) => s.fault === '500').map((s) => new URL(s.path, 'http://x').pathname);
    const deletes = proxy.seen.filter((s) => s.method === 'DELETE').map((s) => new URL(s.path, 'http://x').pathname);
    assert.equal(puts.length, fastRetry.attempts, 'one attempt per allowed try');
    assert.equal(new Set(puts).size, puts.length, 'each attempt used its own session');
    assert.deepEqual(deletes, puts, 'every failed session was cancelled');
    // The registry no longer knows the cancelled sessions.
    proxy.faults = [];
    for (const path of deletes) {
      const response = await fetch(`http://${registry.host}${path}`);
      assert.equal(response.status, 404, `${path} is gone`);
    }
    await c.close();
  });

  it('a request the client already retried is not retried again from a new session (attempts do not multiply)', async () => {
    const blob = blobOf(1000);
    const c = client();
    const repo = { registry: proxy.host, repository: 'sessions/start' };
    withFaults([{ name: 'post-503', match: (r) => r.method === 'POST', action: { type: 'respond', status: 503 } }]);
    await assert.rejects(c.putBlob(repo, blob.descriptor, open(blob.bytes)), /503/);
    assert.equal(proxy.seen.filter((s) => s.fault === 'post-503').length, fastRetry.attempts);
    await c.close();
  });
});
