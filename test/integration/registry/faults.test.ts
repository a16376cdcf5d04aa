import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { createRegistryClient, type RegistryClientOptions } from '../../../src/registry/client.ts';
import { createCredentialStore } from '../../../src/registry/credentials/store.ts';
import { type FaultProxy, startFaultProxy } from '../../helpers/fault-proxy.ts';
import { htpasswdLine } from '../../helpers/pki.ts';
import { type RegistryServer, startRegistry } from '../../helpers/registry-server.ts';
import { type Blob, openBytes, randomBlob, readAll } from './fixtures.ts';
import { createCapture } from './secrets.ts';

const MiB = 1024 * 1024;
const PASSWORD = 'fault-Secret-c0ffee';
const SIGNATURE = 'sig-Secret-presigned';
const capture = createCapture();
const fastRetry = { attempts: 4, baseDelayMs: 10, maxDelayMs: 2000, totalTimeMs: 20_000 };

const isBlobGet = (r: IncomingMessage) => r.method === 'GET' && /\/blobs\/sha256:/.test(r.url ?? '');
const isPatch = (r: IncomingMessage) => r.method === 'PATCH';

describe('registry faults through a proxy in front of a real registry', () => {
  let registry: RegistryServer;
  let proxy: FaultProxy;
  let stored: Blob;
  const repo = () => ({ registry: proxy.host, repository: 'faults/app' });
  const client = (extra: Partial<RegistryClientOptions> = {}) =>
    createRegistryClient({ retry: fastRetry, onLog: capture.log, timeoutMs: 5000, ...extra });

  before(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy(registry.host);
    stored = randomBlob(3 * MiB + 333);
    const setup = client();
    await setup.putBlob(repo(), stored.descriptor, openBytes(stored.bytes));
    await setup.close();
  });
  after(async () => {
    await proxy.stop();
    await registry.stop();
  });
  const withFaults = async <T>(faults: FaultProxy['faults'], body: () => Promise<T>): Promise<T> => {
    proxy.faults = faults;
    proxy.seen.length = 0;
    try {
      return await body();
    } finally {
      proxy.faults = [];
    }
  };

  it('503 with Retry-After is retried after the time the registry asked for', async () => {
    const c = client();
    await c.scheme(proxy.host);
    await withFaults(
      [
        {
          name: '503',
          times: 1,
          match: (r) => r.method === 'HEAD',
          action: { type: 'respond', status: 503, headers: { 'retry-after': '1' } },
        },
      ],
      async () => {
        const started = Date.now();
        assert.equal(await c.hasBlob(repo(), stored.descriptor.digest), true);
        assert.ok(Date.now() - started >= 950, 'waited for Retry-After');
        assert.equal(c.stats.retries, 1);
      },
    );
    await c.close();
  });

  it('429 and connection resets are retried with backoff', async () => {
    const c = client();
    await c.scheme(proxy.host);
    await withFaults(
      [
        { name: '429', times: 1, match: (r) => r.method === 'HEAD', action: { type: 'respond', status: 429 } },
        { name: 'reset', times: 1, match: (r) => r.method === 'HEAD', action: { type: 'reset' } },
      ],
      async () => {
        assert.equal(await c.hasBlob(repo(), stored.descriptor.digest), true);
        assert.equal(c.stats.retries, 2);
      },
    );
    await c.close();
  });

  it('retries are bounded: a registry that keeps failing gives its diagnostic', async () => {
    const c = client({ retry: { ...fastRetry, attempts: 3 } });
    await c.scheme(proxy.host);
    await withFaults(
      [
        {
          name: '503',
          match: (r) => r.method === 'GET' && (r.url ?? '').includes('/manifests/'),
          action: { type: 'respond', status: 503, body: '{"errors":[{"code":"UNAVAILABLE","message":"overloaded"}]}' },
        },
      ],
      async () => {
        await assert.rejects(c.getManifest(repo(), 'v1'), (error) => {
          capture.error(error);
          assert.ok(error instanceof FlattenError);
          assert.equal(error.kind, 'registry');
          assert.equal(error.message, `failed: pull manifest faults/app:v1 on ${proxy.host} (503 UNAVAILABLE: overloaded)`);
          return true;
        });
        assert.equal(c.stats.retries, 2);
        assert.equal(proxy.seen.filter((s) => s.fault === '503').length, 3);
      },
    );
    await c.close();
  });

  it('a blob download cut mid-way resumes with a Range request and still verifies the whole blob', async () => {
    const c = client();
    await withFaults([{ name: 'cut', times: 1, match: isBlobGet, action: { type: 'reset-after', bytes: MiB } }], async () => {
      assert.deepEqual(await readAll(await c.getBlob(repo(), stored.descriptor)), stored.bytes);
      assert.equal(c.stats.resumes, 1);
      const ranges = proxy.seen.filter((s) => s.headers.range !== undefined).map((s) => s.headers.range);
      assert.equal(ranges.length, 1);
      assert.match(String(ranges[0]), /^bytes=\d+-$/);
      assert.ok(Number(/=(\d+)-/.exec(String(ranges[0]))?.[1]) > 0);
    });
    await c.close();
  });

  it('without Range support the download restarts and skips what was delivered', async () => {
    const c = client();
    await withFaults(
      [
        { name: 'cut', times: 1, match: isBlobGet, action: { type: 'reset-after', bytes: 2 * MiB } },
        { name: 'no-range', match: isBlobGet, action: { type: 'strip-range' } },
      ],
      async () => {
        assert.deepEqual(await readAll(await c.getBlob(repo(), stored.descriptor)), stored.bytes);
        assert.equal(c.stats.resumes, 1);
        assert.equal(proxy.seen.filter((s) => s.fault === 'no-range').length, 1);
      },
    );
    await c.close();
  });

  it('a stalled download times out and resumes', async () => {
    const c = client({ timeoutMs: 300 });
    await withFaults([{ name: 'stall', times: 1, match: isBlobGet, action: { type: 'stall-after', bytes: MiB, ms: 3000 } }], async () => {
      assert.deepEqual(await readAll(await c.getBlob(repo(), stored.descriptor)), stored.bytes);
      assert.equal(c.stats.resumes, 1);
    });
    await c.close();
  });

  it('aborting a stalled download ends it at once with the abort', async () => {
    const c = client({ timeoutMs: 10_000 });
    const controller = new AbortController();
    await withFaults([{ name: 'stall', times: 1, match: isBlobGet, action: { type: 'stall-after', bytes: MiB, ms: 3000 } }], async () => {
      const stream = await c.getBlob(repo(), stored.descriptor, controller.signal);
      setTimeout(() => controller.abort(), 100);
      const started = Date.now();
      await assert.rejects(readAll(stream), { name: 'AbortError' });
      assert.ok(Date.now() - started < 2000);
      assert.equal(c.stats.resumes, 0);
    });
    await c.close();
  });

  it('a download that keeps breaking fails with a network error naming the blob', async () => {
    const c = client({ retry: { ...fastRetry, attempts: 2 } });
    await withFaults([{ name: 'cut', match: isBlobGet, action: { type: 'reset-after', bytes: 1000 } }], async () => {
      await assert.rejects(readAll(await c.getBlob(repo(), stored.descriptor)), (error) => {
        capture.error(error);
        assert.match(
          String((error as Error).message),
          new RegExp(
            `^network error: pull blob ${stored.descriptor.digest} from faults/app \\(gave up after 2 attempts\\) on ${proxy.host}`,
          ),
        );
        return true;
      });
    });
    await c.close();
  });

  it('an upload cut mid-way is retried from a reopened source', async () => {
    const c = client();
    const blob = randomBlob(2 * MiB);
    let opened = 0;
    await withFaults([{ name: 'reset-put', times: 1, match: (r) => r.method === 'PUT', action: { type: 'reset' } }], async () => {
      const outcome = await c.putBlob({ registry: proxy.host, repository: 'faults/up' }, blob.descriptor, () => {
        opened++;
        return openBytes(blob.bytes)();
      });
      assert.equal(outcome, 'uploaded');
    });
    assert.equal(opened, 2);
    assert.equal(c.stats.restarts, 1);
    assert.deepEqual(await readAll(await c.getBlob({ registry: proxy.host, repository: 'faults/up' }, blob.descriptor)), blob.bytes);
    await c.close();
  });

  it('a registry that caps PATCH bodies at 4 MiB (GHCR) gets chunks within the cap', async () => {
    const blob = randomBlob(9 * MiB + 1);
    const ghcr = (r: IncomingMessage) =>
      isPatch(r) && (r.headers['content-range'] === undefined || Number(r.headers['content-length'] ?? Infinity) > 4 * MiB);
    const c = client({ hosts: { [proxy.host]: { upload: { strategy: 'streamed', chunkSize: 4 * MiB } } } });
    await withFaults(
      [
        {
          name: 'too-big',
          match: ghcr,
          action: {
            type: 'respond',
            status: 416,
            body: '{"errors":[{"code":"SIZE_INVALID","message":"exceeds the maximum permissible limit of 4.00MiB"}]}',
          },
        },
      ],
      async () => {
        assert.equal(
          await c.putBlob({ registry: proxy.host, repository: 'faults/ghcr' }, blob.descriptor, openBytes(blob.bytes)),
          'uploaded',
        );
        assert.equal(c.stats.fallbacks, 1);
        const patches = proxy.seen.filter((s) => s.method === 'PATCH' && s.fault === undefined);
        assert.deepEqual(
          patches.map((p) => p.headers['content-range']),
          [`0-${4 * MiB - 1}`, `${4 * MiB}-${8 * MiB - 1}`, `${8 * MiB}-${9 * MiB}`],
        );
      },
    );
    assert.deepEqual(await readAll(await c.getBlob({ registry: proxy.host, repository: 'faults/ghcr' }, blob.descriptor)), blob.bytes);
    await c.close();
  });

  it('201 to a chunk PATCH (ECR) and OCI-Chunk-Min-Length are honoured', async () => {
    const blob = randomBlob(3 * MiB);
    const c = client({ hosts: { [proxy.host]: { upload: { strategy: 'chunked', chunkSize: 512 * 1024 } } } });
    await withFaults(
      [
        { name: 'ecr', match: isPatch, action: { type: 'status', status: 201 } },
        {
          name: 'min',
          match: (r) => r.method === 'POST',
          action: { type: 'add-headers', headers: { 'oci-chunk-min-length': String(MiB + MiB / 2) } },
        },
      ],
      async () => {
        assert.equal(
          await c.putBlob({ registry: proxy.host, repository: 'faults/ecr' }, blob.descriptor, openBytes(blob.bytes)),
          'uploaded',
        );
        const sizes = proxy.seen.filter((s) => s.method === 'PATCH').map((s) => Number(s.headers['content-length']));
        assert.deepEqual(sizes, [1.5 * MiB, 1.5 * MiB]);
      },
    );
    await c.close();
  });

  it('a refused mount (401/403/400/404) falls back to a normal upload', async () => {
    for (const status of [401, 403, 400, 404]) {
      const blob = randomBlob(1000);
      const c = client();
      await withFaults(
        [{ name: 'no-mount', match: (r) => r.method === 'POST' && (r.url ?? '').includes('mount='), action: { type: 'respond', status } }],
        async () => {
          assert.equal(
            await c.putBlob({ registry: proxy.host, repository: 'faults/dst' }, blob.descriptor, openBytes(blob.bytes), {
              mountFrom: 'faults/app',
            }),
            'uploaded',
          );
          assert.equal(proxy.seen.filter((s) => s.fault === 'no-mount').length, 1);
          assert.equal(c.stats.mounted, 0);
        },
      );
      await c.close();
    }
  });

  describe('blob redirects to a CDN never carry the registry credentials', () => {
    let authRegistry: RegistryServer;
    let authProxy: FaultProxy;
    let directory: string;
    let cdn: { origin: string; withAuthorization: number; served: number; stop(): Promise<void> };
    before(async () => {
      directory = await mkdtemp(join(tmpdir(), 'oci-flatten-cdn-'));
      await writeFile(join(directory, 'htpasswd'), `${await htpasswdLine('bob', PASSWORD)}\n`);
      authRegistry = await startRegistry({ htpasswdPath: join(directory, 'htpasswd') });
      authProxy = await startFaultProxy(authRegistry.host);
      // The "CDN": rejects any Authorization like S3 presigned URLs do, else serves from the registry.
      const state = { withAuthorization: 0, served: 0 };
      const server = createServer((request, response) => {
        if (request.headers.authorization !== undefined) {
          state.withAuthorization++;
          response.writeHead(400).end('Only one auth mechanism allowed');
          return;
        }
        state.served++;
        const path = (request.url ?? '').replace(/^\/cdn/, '/v2').replace(/\?.*$/, '');
        const [host, port] = authRegistry.host.split(':');
        httpRequest(
          { host, port: Number(port), path, headers: { authorization: `Basic ${Buffer.from(`bob:${PASSWORD}`).toString('base64')}` } },
          (upstream) => {
            response.writeHead(upstream.statusCode ?? 502, upstream.headers);
            upstream.pipe(response);
          },
        ).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      cdn = {
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        get withAuthorization() {
          return state.withAuthorization;
        },
        get served() {
          return state.served;
        },
        stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
      };
    });
    after(async () => {
      await cdn.stop();
      await authProxy.stop();
      await authRegistry.stop();
      await rm(directory, { recursive: true, force: true });
    });

    it('the redirected GET goes without Authorization and the blob verifies', async () => {
      const credentials = createCredentialStore({
        env: {},
        home: directory,
        explicit: { [authProxy.host]: { kind: 'basic', username: 'bob', password: PASSWORD } },
      });
      const c = client({ credentials });
      const target = { registry: authProxy.host, repository: 'cdn/app' };
      const blob = randomBlob(MiB);
      await c.putBlob(target, blob.descriptor, openBytes(blob.bytes));
      authProxy.faults = [
        {
          name: 'to-cdn',
          match: isBlobGet,
          action: { type: 'redirect', location: (path) => `${cdn.origin}${path.replace(/^\/v2/, '/cdn')}?X-Amz-Signature=${SIGNATURE}` },
        },
      ];
      assert.deepEqual(await readAll(await c.getBlob(target, blob.descriptor)), blob.bytes);
      assert.equal(cdn.served, 1);
      assert.equal(cdn.withAuthorization, 0);
      assert.equal(c.stats.redirects, 1);
      assert.ok(
        capture.lines.some((l) => l.startsWith(`GET ${cdn.origin}/cdn/`) && l.includes('X-Amz-Signature=…')),
        'redirect logged with the signature redacted',
      );
      await c.close();
    });
  });

  it('no secret appears in any log line or error message', () => {
    capture.assertNoSecrets([PASSWORD, SIGNATURE]);
  });
});
