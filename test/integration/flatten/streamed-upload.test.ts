/**
 * The merged layer is uploaded while the merge makes it (design.md section 5): one PATCH whose
 * body follows the layer file, then the PUT `?digest=` once the digest is known. Shown through a
 * proxy in front of a real registry that timestamps every request and slows one source layer, so
 * the merge is still waiting for it while the upload runs. Every way the stream can go wrong
 * falls back to uploading the finished layer, within the retry budget, or fails before the tag.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { runCli, runCliJson, runCliOk } from '../../helpers/cli.ts';
import { type FaultProxy, startFaultProxy, type SeenRequest } from '../../helpers/fault-proxy.ts';
import { buildImageLayout, pushFixture, tarOf } from '../../helpers/fixture-image.ts';
import { unpackRegistryImage } from '../../helpers/independent-unpack.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';

interface FlattenJson {
  digest: string;
  uploaded: { blobs: number; bytes: number; existed: number; mounted: number };
}

describe('the merged layer streams to the registry while it is made', () => {
  let registry: RegistryServer;
  let proxy: FaultProxy;
  let slowLayer: string;
  let source: string;
  /** The digest every run must produce, whichever way the layer travelled. */
  let expected: string;

  before(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy(registry.host);
    // Incompressible content: the merged layer's compressed bytes flow as soon as the newest
    // layer is read, while the oldest one (slowed below) is still downloading.
    const oldest = await tarOf([
      { path: 'base', type: 'dir' },
      { path: 'base/old', content: randomBytes(1536 * 1024).toString('base64') },
    ]);
    const newest = await tarOf([
      { path: 'top', type: 'dir' },
      { path: 'top/new', content: randomBytes(2 * 1024 * 1024).toString('base64') },
    ]);
    const layout = await buildImageLayout({ layers: [oldest, newest] });
    slowLayer = layout.images[0]!.layers[0]!.descriptor.digest;
    await pushFixture(layout, registry.host, 'st/src', '1');
    await layout.cleanup();
    source = `${proxy.host}/st/src:1`;
    // The reference run: the layer uploaded only once it is complete.
    const reference = await runCliJson<FlattenJson>([source, '--to', `${proxy.host}/st/ref:1`, '--upload', `${proxy.host}=monolithic`]);
    expected = reference.digest;
    assert.equal(
      proxy.seen.filter((s) => s.method === 'PATCH').length,
      0,
      '--upload HOST=monolithic: no streamed PATCH, the layer waits for its end',
    );
  });
  after(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  const reset = (): void => {
    proxy.seen.length = 0;
    proxy.faults = [];
  };
  const patchesTo = (repository: string): SeenRequest[] =>
    proxy.seen.filter((s) => s.method === 'PATCH' && s.path.startsWith(`/v2/${repository}/blobs/uploads/`));
  const notes = (stderr: string): string[] => stderr.split('\n').filter((line) => line.includes('could not be sent while it was made'));

  it('starts the upload while the merge still waits for an older layer, and the image is exact', async () => {
    reset();
    // 512 KiB/s: the 2 MiB oldest layer takes ~4 s to arrive.
    proxy.faults = [
      {
        name: 'slow',
        match: (r) => r.method === 'GET' && (r.url ?? '').endsWith(slowLayer),
        action: { type: 'throttle', bytesPerSecond: 512 * 1024 },
      },
    ];
    const result = await runCliOk([source, '--to', `${proxy.host}/st/dst:1`, '--json']);
    const json = JSON.parse(result.stdout) as FlattenJson;
    assert.equal(json.digest, expected, 'same digest as the upload of the finished layer');
    assert.deepEqual(notes(result.stderr), []);

    const slow = proxy.seen.find((s) => s.fault === 'slow');
    const [patch, ...more] = patchesTo('st/dst');
    assert.ok(slow?.respondedAt !== undefined, 'the slowed layer was downloaded through the proxy');
    assert.ok(patch !== undefined && more.length === 0, 'one PATCH carried the merged layer');
    assert.equal(patch.headers['content-range'], undefined, 'a streamed body, not a chunk');
    assert.ok(patch.bodyStartedAt !== undefined);
    assert.ok(
      patch.bodyStartedAt < slow.respondedAt - 1000,
      `the upload began ${Math.round(slow.respondedAt - patch.bodyStartedAt)} ms before the last source layer had arrived`,
    );
    const uploadPath = patch.path.split('?')[0]!;
    const put = proxy.seen.find((s) => s.method === 'PUT' && s.path.startsWith(uploadPath) && s.path.includes('digest='));
    assert.ok(put !== undefined && put.arrivedAt > slow.respondedAt, 'the digest was named once the merge had ended');
    assertTreesEqual(
      await unpackRegistryImage(`${registry.host}/st/src:1`),
      await unpackRegistryImage(`${registry.host}/st/dst:1`),
      'streamed upload',
    );
  });

  it('a registry already holding the layer under another tag keeps one copy: the session is cancelled', async () => {
    reset();
    const json = await runCliJson<FlattenJson>([source, '--to', `${proxy.host}/st/dst:2`]);
    assert.equal(json.digest, expected);
    assert.equal(json.uploaded.blobs, 0, 'nothing stored: config and layer were there');
    assert.equal(json.uploaded.existed, 2);
    const [patch] = patchesTo('st/dst');
    assert.ok(patch !== undefined, 'the layer streamed before its digest could be known');
    const session = patch.path.split('?')[0]!;
    assert.ok(
      proxy.seen.some((s) => s.method === 'DELETE' && s.path.startsWith(session)),
      'its session was cancelled',
    );
    assert.ok(!proxy.seen.some((s) => s.method === 'PUT' && s.path.startsWith(session)), 'and never completed');
  });

  it('a registry that refuses a streamed body gets the finished layer, with a note', async () => {
    reset();
    proxy.faults = [
      {
        name: 'no-stream',
        match: (r) => r.method === 'PATCH' && r.headers['content-range'] === undefined,
        action: {
          type: 'respond',
          status: 405,
          body: '{"errors":[{"code":"UNSUPPORTED","message":"streamed uploads are not supported"}]}',
        },
      },
    ];
    const result = await runCliOk([source, '--to', `${proxy.host}/st/refused:1`, '--json']);
    assert.equal((JSON.parse(result.stdout) as FlattenJson).digest, expected);
    assert.equal(notes(result.stderr).length, 1, result.stderr);
    assert.equal(proxy.seen.filter((s) => s.fault === 'no-stream').length, 1);
    assert.ok(
      proxy.seen.some((s) => s.method === 'PUT' && s.path.includes('/st/refused/blobs/uploads/') && s.headers['content-length'] !== '0'),
      'then one whole PUT',
    );
  });

  it('a stream cut mid-way is one attempt: the finished layer follows within --retries; with --retries 0 the run fails before the tag', async () => {
    reset();
    proxy.faults = [{ name: 'cut', match: (r) => r.method === 'PATCH', times: 1, action: { type: 'reset' } }];
    const result = await runCliOk([source, '--to', `${proxy.host}/st/cut:1`, '--json', '--retries', '1']);
    assert.equal((JSON.parse(result.stdout) as FlattenJson).digest, expected);
    assert.equal(notes(result.stderr).length, 1, result.stderr);

    reset();
    proxy.faults = [{ name: 'cut', match: (r) => r.method === 'PATCH', action: { type: 'reset' } }];
    const failed = await runCli([source, '--to', `${proxy.host}/st/cut0:1`, '--retries', '0']);
    assert.equal(failed.code, 3, failed.stderr);
    const errors = failed.stderr.split('\n').filter((line) => line.startsWith('flatten: '));
    assert.equal(errors.length, 1, failed.stderr);
    assert.equal(proxy.seen.filter((s) => s.fault === 'cut').length, 1, '--retries 0: one attempt in all');
    assert.equal(proxy.seen.filter((s) => s.method === 'PUT' && s.path.includes('/manifests/')).length, 0, 'no manifest, no tag');
    const session = proxy.seen.find((s) => s.fault === 'cut')!.path.split('?')[0]!;
    assert.ok(
      proxy.seen.some((s) => s.method === 'DELETE' && s.path.startsWith(session)),
      'the cut session was cancelled',
    );
  });

  it('a merge that starts over (a layer repeats a path, rule 7) drops the stream quietly and uploads the final layer', async () => {
    const oldest = await tarOf([
      { path: 'dup', type: 'dir' },
      { path: 'dup/file', content: 'first copy' },
      { path: 'dup/file', content: 'second copy, the one that counts' },
    ]);
    const newest = await tarOf([{ path: 'noise', content: randomBytes(3 * 1024 * 1024).toString('base64') }]); // > 1 MiB compressed: the upload reads in 1 MiB steps
    await pushFixture({ layers: [oldest, newest] }, registry.host, 'st/dup-src', '1');
    reset();
    const result = await runCliOk([`${proxy.host}/st/dup-src:1`, '--to', `${proxy.host}/st/dup:1`]);
    assert.match(result.stderr, /appear more than once/);
    assert.deepEqual(notes(result.stderr), [], 'an abandoned first run is not a registry problem');
    const patch = patchesTo('st/dup')[0];
    assert.ok(patch !== undefined, 'the first run had begun streaming');
    assert.ok(
      proxy.seen.some((s) => s.method === 'DELETE' && s.path.startsWith(patch.path.split('?')[0]!)),
      'its session was cancelled',
    );
    const tree = await unpackRegistryImage(`${registry.host}/st/dup:1`);
    assertTreesEqual(await unpackRegistryImage(`${registry.host}/st/dup-src:1`), tree, 'rule 7 with a streamed first run');
  });
});
