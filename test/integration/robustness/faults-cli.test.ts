import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { flatten } from '../../../src/flatten.ts';
import { cliCommand, cliEnv } from '../../helpers/cli.ts';
import { type FaultProxy, startFaultProxy } from '../../helpers/fault-proxy.ts';
import { type FixtureLayout, pushFixture } from '../../helpers/fixture-image.ts';
import { type RegistryServer, startRegistry } from '../../helpers/registry-server.ts';
import {
  buildSourceLayout,
  createOutputLog,
  flattenCli,
  freshDir,
  leftovers,
  makeWorkDir,
  type RegistryView,
  removeDir,
  tagDigest,
  tagsList,
} from './fixtures.ts';

const KiB = 1024;
/** Kept so a failing assertion can show what the runs printed. */
const output = createOutputLog();

const REPOSITORIES = ['survive', 'bounded', 'lost', 'sigterm', 'stall', 'metadata'] as const;
type Repository = (typeof REPOSITORIES)[number];

const isUploadPut = (r: IncomingMessage) => r.method === 'PUT' && (r.url ?? '').includes('/blobs/uploads/');
const isManifestGet = (r: IncomingMessage) => r.method === 'GET' && (r.url ?? '').includes('/manifests/');

describe('faults between the CLI and a real registry: retried, bounded, and never a half-written target', () => {
  let work: string;
  let registry: RegistryServer;
  let proxy: FaultProxy;
  let layout: FixtureLayout;
  let view: RegistryView;
  /** The big layer of the source (a reset mid-way through it is a reset mid-blob). */
  let bigLayer: string;
  /** What a flatten without faults writes: a faulty run that succeeds must write the very same. */
  let cleanDigest: string;
  /** The digest the target tag holds before each run that must leave it unchanged. */
  let previous: string;

  before(async () => {
    work = await makeWorkDir('robust-faults');
    [registry, layout] = await Promise.all([startRegistry(), buildSourceLayout(1536 * KiB)]);
    proxy = await startFaultProxy(registry.host);
    view = { host: registry.host };
    bigLayer = layout.images[0]!.layers[1]!.descriptor.digest;
    await pushFixture(layout, registry.host, 'src/app', 'v1');
    // Each test writes to its own repository whose tag already exists: a failure must leave it
    // pointing where it did, and no test finds blobs another one uploaded.
    for (const repository of REPOSITORIES) previous = (await pushFixture(layout, registry.host, `dst/${repository}`, 'v1')).digest;
    cleanDigest = (await flatten({ source: `${registry.host}/src/app:v1`, target: `${registry.host}/clean/app:v1` })).digest;
  });
  after(async () => {
    await proxy?.stop();
    await Promise.all([registry?.stop(), layout?.cleanup()]);
    await removeDir(work);
  });

  const withFaults = (faults: FaultProxy['faults']): void => {
    proxy.faults = faults;
    proxy.seen.length = 0;
  };
  const hits = (name: string): number => proxy.seen.filter((s) => s.fault === name).length;
  const assertTargetUnchanged = async (repository: Repository): Promise<void> => {
    assert.equal(await tagDigest(view, `dst/${repository}`, 'v1'), previous, 'the target tag still points at the old image');
    assert.deepEqual(await tagsList(view, `dst/${repository}`), ['v1']);
  };
  const args = (tmp: string, repository: Repository, tag: string, ...extra: string[]) => [
    `${proxy.host}/src/app:v1`,
    '--to',
    `${proxy.host}/dst/${repository}:${tag}`,
    '--tmp-dir',
    tmp,
    ...extra,
  ];

  it('survives 503 and 429 with Retry-After and a connection reset mid-blob, and writes what a clean run writes', async () => {
    const tmp = await freshDir(work, 'tmp-survive');
    withFaults([
      { name: '503', times: 1, match: isManifestGet, action: { type: 'respond', status: 503, headers: { 'retry-after': '1' } } },
      {
        name: '429',
        times: 1,
        match: (r) => r.method === 'HEAD',
        action: { type: 'respond', status: 429, headers: { 'retry-after': '1' } },
      },
      {
        name: 'cut',
        times: 1,
        match: (r) => r.method === 'GET' && (r.url ?? '').endsWith(bigLayer),
        action: { type: 'reset-after', bytes: 300 * KiB },
      },
      { name: 'reset-put', times: 1, match: isUploadPut, action: { type: 'reset' } },
    ]);
    const started = Date.now();
    const result = await flattenCli(output, args(tmp, 'survive', 'flat', '-v', '--json'), { HOME: work });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(Date.now() - started >= 1900, 'both Retry-After waits were honoured');
    assert.deepEqual(['503', '429', 'cut', 'reset-put'].map(hits), [1, 1, 1, 1], 'every fault was met once');
    const resumed = proxy.seen.filter((s) => s.path.endsWith(bigLayer) && s.headers.range !== undefined);
    assert.equal(resumed.length, 1, 'the cut download resumed with one Range request');
    assert.ok(Number(/^bytes=(\d+)-$/.exec(String(resumed[0]?.headers.range))?.[1]) > 0, 'from where it broke');
    assert.match(result.stderr, new RegExp(`http: GET http://${proxy.host}/v2/src/app/manifests/v1 503`));
    assert.match(result.stderr, new RegExp(`http: HEAD http://${proxy.host}/v2/.* 429`));
    assert.match(result.stderr, /http: PUT http:\/\/.*\/blobs\/uploads\/.* failed: /);
    const json = JSON.parse(result.stdout) as { digest: string };
    assert.equal(json.digest, cleanDigest);
    assert.equal(await tagDigest(view, 'dst/survive', 'flat'), cleanDigest);
    assert.deepEqual(await leftovers(tmp), []);
  });

  it('fails after bounded retries with one clear line and exit 3, the target tag unchanged', async () => {
    const tmp = await freshDir(work, 'tmp-bounded');
    withFaults([
      {
        name: 'down',
        match: isUploadPut,
        action: { type: 'respond', status: 503, body: '{"errors":[{"code":"UNAVAILABLE","message":"storage backend down"}]}' },
      },
    ]);
    for (const extra of [[], ['-v', '--json']]) {
      proxy.seen.length = 0;
      const result = await flattenCli(output, args(tmp, 'bounded', 'v1', '--retries', '2', ...extra), { HOME: work });
      assert.equal(result.code, 3, result.stderr);
      assert.equal(result.stdout, '');
      const errors = result.stderr.split('\n').filter((l) => l.startsWith('flatten: '));
      assert.equal(errors.length, 1, result.stderr);
      assert.match(
        errors[0] ?? '',
        new RegExp(
          `^flatten: failed: push blob sha256:[0-9a-f]{64} to dst/bounded on ${proxy.host} \\(503 UNAVAILABLE: storage backend down\\)$`,
        ),
      );
      assert.equal(hits('down'), 3, '--retries 2: three attempts, no more');
      assert.equal(proxy.seen.filter((s) => s.method === 'PUT' && s.path.includes('/manifests/')).length, 0, 'no manifest was written');
      // The merged layer streams while it is made, then its final PUT is retried on that one
      // session: however many sessions were opened, every one was cancelled.
      const sessions = proxy.seen.filter((s) => s.method === 'POST' && s.path.includes('/blobs/uploads/')).length;
      assert.ok(sessions >= 1);
      assert.equal(
        proxy.seen.filter((s) => s.method === 'DELETE' && s.path.includes('/blobs/uploads/')).length,
        sessions,
        'each failed upload session was cancelled',
      );
      await assertTargetUnchanged('bounded');
      assert.deepEqual(await leftovers(tmp), []);
    }
  });

  it('nothing lost: a blob the registry does not hold after upload fails the run before the tag is written', async () => {
    const tmp = await freshDir(work, 'tmp-lost');
    // The registry "loses" each blob once it is stored: the HEAD after the upload says 404.
    const uploaded = (r: IncomingMessage) => {
      const digest = /\/blobs\/(sha256:[0-9a-f]{64})$/.exec(r.url ?? '')?.[1];
      return (
        r.method === 'HEAD' &&
        digest !== undefined &&
        proxy.seen.some((s) => s.method === 'PUT' && s.path.includes(`digest=${encodeURIComponent(digest)}`))
      );
    };
    withFaults([{ name: 'lost', match: uploaded, action: { type: 'respond', status: 404 } }]);
    const result = await flattenCli(output, args(tmp, 'lost', 'v1', '-v', '--json'), { HOME: work });
    assert.equal(result.code, 3, result.stderr);
    assert.match(
      result.stderr,
      new RegExp(
        `^flatten: ${proxy.host}/dst/lost:v1: blob sha256:[0-9a-f]{64} of .* is missing on the target after upload; the tag was not written$`,
        'm',
      ),
    );
    assert.ok(hits('lost') >= 1);
    assert.equal(proxy.seen.filter((s) => s.method === 'PUT' && s.path.includes('/manifests/')).length, 0, 'no manifest was written');
    await assertTargetUnchanged('lost');
    assert.deepEqual(await leftovers(tmp), []);
  });

  it('SIGTERM mid-upload: exit 130, the tmp dir left empty, the target tag unchanged', async () => {
    const tmp = await freshDir(work, 'tmp-sigterm');
    const { command, prefix } = await cliCommand();
    const child = spawn(command, [...prefix, ...args(tmp, 'sigterm', 'v1', '-v')], {
      env: cliEnv({ HOME: work }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let signalled = 0;
    let inUse: string[] = [];
    // The upload's body is on the wire when the signal is sent; the registry never answers it.
    withFaults([
      {
        name: 'slow-upload',
        match: (r) => {
          if (!isUploadPut(r)) return false;
          if (signalled++ === 0) {
            inUse = readdirSync(tmp);
            child.kill('SIGTERM');
          }
          return true;
        },
        action: { type: 'respond', status: 503, headers: { 'retry-after': '30' } },
      },
    ]);
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => child.once('close', (exitCode) => resolve(exitCode)));
    output.runs.push({ args: args(tmp, 'sigterm', 'v1', '-v'), result: { stdout, stderr, code: code ?? -1 } });
    assert.equal(signalled >= 1, true, 'the signal was sent during the upload');
    assert.equal(inUse.filter((name) => name.startsWith('oci-flatten-')).length, 1, 'the run was using its temp dir when signalled');
    assert.equal(code, 130, stderr);
    assert.ok(Date.now() - started < 10_000, 'the run stopped promptly');
    assert.match(stderr, /flatten: interrupted after .*; the target was not changed/);
    assert.deepEqual(await leftovers(tmp), [], 'no oci-flatten-* temp dir is left');
    await assertTargetUnchanged('sigterm');
  });

  it('--retries and --timeout take whole and positive numbers; anything else is a usage error (exit 2)', async () => {
    const tmp = await freshDir(work, 'tmp-usage');
    for (const [flag, value] of [
      ['--retries', '-1'],
      ['--retries', 'many'],
      ['--timeout', '0'],
      ['--timeout', '1e3'],
    ] as const) {
      const result = await flattenCli(output, [...args(tmp, 'stall', 'usage'), flag, value], { HOME: work });
      assert.equal(result.code, 2, `${flag} ${value}: ${result.stderr}`);
      assert.match(result.stderr, new RegExp(`^flatten: ${flag} "${value.replace('.', '\\.')}" is not a`, 'm'));
    }
  });

  it('--timeout bounds a stalled download, which is then resumed', async () => {
    const tmp = await freshDir(work, 'tmp-stall');
    withFaults([
      {
        name: 'stall',
        times: 1,
        match: (r) => r.method === 'GET' && (r.url ?? '').endsWith(bigLayer),
        action: { type: 'stall-after', bytes: 200 * KiB, ms: 20_000 },
      },
    ]);
    const started = Date.now();
    const result = await flattenCli(output, args(tmp, 'stall', 'flat', '--timeout', '0.5', '-v'), { HOME: work });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(Date.now() - started < 15_000, 'did not wait for the stall to end');
    assert.equal(hits('stall'), 1);
    assert.equal(
      proxy.seen.filter((s) => s.path.endsWith(bigLayer) && s.headers.range !== undefined).length,
      1,
      'resumed with a Range request',
    );
    assert.equal(await tagDigest(view, 'dst/stall', 'flat'), cleanDigest);
  });

  it('a registry that redirects a blob to the cloud metadata address is refused at once: exit 3, one line, target unchanged', async () => {
    const tmp = await freshDir(work, 'tmp-metadata');
    withFaults([
      {
        name: 'to-metadata',
        match: (r) => r.method === 'GET' && (r.url ?? '').endsWith(bigLayer),
        action: { type: 'redirect', location: () => 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' },
      },
    ]);
    const started = Date.now();
    // Without the refusal this would wait on an address nothing answers here, for --timeout.
    const result = await flattenCli(output, args(tmp, 'metadata', 'v1', '--timeout', '30'), { HOME: work });
    assert.equal(result.code, 3, result.stderr);
    assert.ok(Date.now() - started < 20_000, 'refused before any connection was tried');
    const errors = result.stderr.split('\n').filter((l) => l.startsWith('flatten: '));
    assert.equal(errors.length, 1, result.stderr);
    assert.match(errors[0] ?? '', /refused to follow the server to 169\.254\.169\.254, a link-local or metadata address/);
    assert.equal(hits('to-metadata'), 1, 'the redirect is not retried');
    await assertTargetUnchanged('metadata');
    assert.deepEqual(await leftovers(tmp), []);
  });
});
