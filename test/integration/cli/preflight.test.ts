import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../helpers/cli.ts';
import { startFaultProxy, type FaultProxy } from '../../helpers/fault-proxy.ts';
import { buildImageLayout, pushFixture, standardFixture, standardIndexFixture, type FixtureLayout } from '../../helpers/fixture-image.ts';
import { freePort, startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';

/**
 * Issue 18: what can be known before the first blob is pulled is checked then. Each case exits
 * with its code in under 3 s, and the counting proxy in front of the registry sees no blob GET.
 */
describe('preflight: a run that cannot finish fails before the first blob is pulled', () => {
  let registry: RegistryServer;
  let proxy: FaultProxy;
  let work: string;
  let single: FixtureLayout;
  let multi: FixtureLayout;
  let sourceRef: string;
  let multiRef: string;

  before(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy(registry.host);
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-preflight-'));
    single = await buildImageLayout(await standardFixture(), 'std');
    multi = await buildImageLayout(await standardIndexFixture(), 'multi');
    await pushFixture(single, registry.host, 'src/std', 'v1');
    await pushFixture(multi, registry.host, 'src/multi', 'v1');
    sourceRef = `${proxy.host}/src/std:v1`;
    multiRef = `${proxy.host}/src/multi:v1`;
  });
  after(async () => {
    await proxy?.stop();
    await registry?.stop();
    await single?.cleanup();
    await multi?.cleanup();
    await rm(work, { recursive: true, force: true });
  });

  const blobGets = (): number => proxy.seen.filter((r) => r.method === 'GET' && /\/blobs\/sha256:/.test(r.path)).length;

  /** Runs the CLI; asserts the exit code, the time, the message, and that no blob was fetched. */
  async function assertFailsEarly(args: string[], code: number, message: RegExp): Promise<string> {
    proxy.seen.length = 0;
    const started = performance.now();
    const result = await runCli(args);
    const seconds = (performance.now() - started) / 1000;
    assert.equal(result.code, code, `${args.join(' ')}:\n${result.stderr}`);
    assert.ok(seconds < 3, `exited after ${seconds.toFixed(2)} s`);
    assert.equal(blobGets(), 0, `no blob GET: ${JSON.stringify(proxy.seen.map((r) => `${r.method} ${r.path}`))}`);
    const error = result.stderr.split('\n').find((line) => line.startsWith('flatten: ')) ?? '';
    assert.match(error, message);
    assert.ok(!/\n\s+at /.test(result.stderr), `no stack trace:\n${result.stderr}`);
    assert.equal(result.stdout, '');
    return result.stderr;
  }

  it('an unreachable target registry: exit 3, naming the target', async () => {
    const port = await freePort();
    await assertFailsEarly(
      [sourceRef, '--to', `127.0.0.1:${port}/team/app:v1`],
      3,
      new RegExp(`^flatten: target 127\\.0\\.0\\.1:${port}/team/app:v1: .*ECONNREFUSED`),
    );
  });

  it('a target registry that refuses the push (403 on opening an upload): exit 4, naming the target, nothing stored', async () => {
    proxy.faults = [
      {
        name: 'push denied',
        match: (request) => request.method === 'POST' && (request.url ?? '').includes('/v2/locked/app/blobs/uploads/'),
        action: {
          type: 'respond',
          status: 403,
          headers: { 'content-type': 'application/json' },
          body: '{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}',
        },
      },
    ];
    try {
      await assertFailsEarly(
        [sourceRef, '--to', `${proxy.host}/locked/app:v1`],
        4,
        /^flatten: target .*locked\/app:v1: denied: push to locked\/app/,
      );
      assert.equal(proxy.seen.filter((r) => r.method === 'POST').length, 1, 'one upload session asked for');
    } finally {
      proxy.faults = [];
    }
  });

  it('the push check opens an upload session and cancels it; a run that may push goes on', async () => {
    proxy.seen.length = 0;
    const result = await runCli([sourceRef, '--to', `${proxy.host}/open/app:v1`, '--quiet']);
    assert.equal(result.code, 0, result.stderr);
    const requests = proxy.seen.map((r) => `${r.method} ${r.path.replace(/\?.*$/, '')}`);
    const post = requests.indexOf('POST /v2/open/app/blobs/uploads/');
    const firstBlob = requests.findIndex((r) => /^GET .*\/blobs\/sha256:/.test(r));
    assert.ok(post !== -1 && post < firstBlob, `the session is opened before the first blob GET: ${JSON.stringify(requests)}`);
    assert.match(requests[post + 1] ?? '', /^DELETE \/v2\/open\/app\/blobs\/uploads\/[\w-]+$/, 'and cancelled at once');
  });

  it('a multi-platform source into docker-archive: exit 2, listing the platforms, before any blob', async () => {
    const archive = join(work, 'multi.tar');
    const stderr = await assertFailsEarly(
      [multiRef, '--to', `docker-archive:${archive}`],
      2,
      /a docker archive holds one image, and .* has 2 platforms \(linux\/amd64, linux\/arm64\/v8\)/,
    );
    assert.match(stderr, /^hint: pick one with --platform os\/arch$/m);
    assert.deepEqual(await readdir(work), [], 'no archive and no staging directory');
  });

  it('--format docker into an oci: target: exit 2 before any request', async () => {
    await assertFailsEarly(
      [sourceRef, '--to', `oci:${join(work, 'layout')}:x`, '--format', 'docker'],
      2,
      /--format docker into oci:.*OCI layout holds OCI manifests/,
    );
    assert.equal(proxy.seen.length, 0, 'not even the manifest was read');
  });

  it('an unwritable --tmp-dir (missing, or a file): exit 6 naming it', async () => {
    await assertFailsEarly(
      [sourceRef, '--to', `oci:${join(work, 'layout')}:x`, '--tmp-dir', join(work, 'missing')],
      6,
      /--tmp-dir .*missing: cannot create a temp directory there \(ENOENT\)/,
    );
    const file = join(work, 'a-file');
    await writeFile(file, 'not a directory');
    try {
      await assertFailsEarly(
        [sourceRef, '--to', `oci:${join(work, 'layout')}:x`, '--tmp-dir', file],
        6,
        /--tmp-dir .*a-file: cannot create a temp directory there \(ENOTDIR\)/,
      );
    } finally {
      await rm(file);
    }
  });

  it('a missing --creds-file: exit 6 at once, before a registry asks for credentials', async () => {
    await assertFailsEarly(
      [sourceRef, '--to', `${proxy.host}/creds/app:v1`, '--creds-file', join(work, 'nope.json')],
      6,
      /--creds-file .*nope\.json cannot be read \(ENOENT\)/,
    );
    assert.equal(proxy.seen.length, 0);
  });

  it('an oci: target under a file: exit 6 naming the target', async () => {
    const file = join(work, 'plain');
    await writeFile(file, 'x');
    try {
      await assertFailsEarly(
        [sourceRef, '--to', `oci:${join(file, 'layout')}:x`],
        6,
        /^flatten: target oci:.*plain\/layout:x: .*plain is not a directory/,
      );
    } finally {
      await rm(file);
    }
  });
});
