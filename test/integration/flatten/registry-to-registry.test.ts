import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { flatten } from '../../../src/flatten.ts';
import { MediaType } from '../../../src/image/media-types.ts';
import type { HistoryEntry, ImageManifest } from '../../../src/image/types.ts';
import { defaultConfig, pushFixture, standardFixture } from '../../helpers/fixture-image.ts';
import { unpackRegistryImage } from '../../helpers/independent-unpack.ts';
import { applyLayers, extractTar } from '../../helpers/reference-extractor.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { run } from '../../helpers/run.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';

/** The flattened image as stored: manifest, config and its one layer's tar, read with skopeo, not our client. */
async function readBack(reference: string): Promise<{ manifest: ImageManifest; config: Record<string, unknown>; tar: Buffer }> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-flatten-readback-'));
  try {
    await run('skopeo', ['copy', '--quiet', '--src-tls-verify=false', '--preserve-digests', `docker://${reference}`, `oci:${dir}:x`]);
    const blob = (digest: string) => readFile(join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)));
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { manifests: { digest: string }[] };
    const manifest = JSON.parse((await blob(index.manifests[0]!.digest)).toString()) as ImageManifest;
    const config = JSON.parse((await blob(manifest.config.digest)).toString()) as Record<string, unknown>;
    const layer = await blob(manifest.layers[0]!.digest);
    return { manifest, config, tar: gunzipSync(layer) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('flatten registry to registry, end to end (issue 2)', () => {
  let a: RegistryServer;
  let b: RegistryServer;
  let source: string;
  let sourceTars: Buffer[];

  before(async () => {
    [a, b] = await Promise.all([startRegistry(), startRegistry()]);
    const spec = await standardFixture();
    sourceTars = spec.layers.map((l) => (Buffer.isBuffer(l) ? l : l.tar));
    source = (await pushFixture(spec, a.host, 'team/app', '1.4')).reference;
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('pushes a one-layer image whose tree equals the source, judged by umoci and by our reference extractor', async () => {
    const result = await flatten({ source, target: `${a.host}/team/app:1.4-flat` });
    assert.match(result.reference, new RegExp(`^${a.host}/team/app:1\\.4-flat@sha256:[a-f0-9]{64}$`));
    const flat = await readBack(`${a.host}/team/app:1.4-flat`);
    assert.equal(flat.manifest.layers.length, 1);
    assert.equal(flat.manifest.mediaType, MediaType.ociManifest);
    assert.equal(flat.manifest.layers[0]!.mediaType, MediaType.ociLayerGzip);
    assert.equal(flat.manifest.config.mediaType, MediaType.ociConfig);

    const [sourceByUmoci, flatByUmoci, sourceByReference, flatByReference] = await Promise.all([
      unpackRegistryImage(source),
      unpackRegistryImage(`${a.host}/team/app:1.4-flat`),
      applyLayers(sourceTars),
      extractTar(flat.tar),
    ]);
    assertTreesEqual(sourceByUmoci, flatByUmoci, 'umoci: source vs flattened');
    assertTreesEqual(sourceByReference, flatByReference, 'reference extractor: source vs flattened');
    assert.ok(flatByUmoci.has('opt/app/new') && !flatByUmoci.has('opt/app/old'), 'the opaque directory hid its old children');
    assert.equal(flatByUmoci.get('var/cache')?.type, 'file', 'the directory replaced by a file is a file');
  });

  it('keeps the config fields and history as design section 2 says', async () => {
    const flat = await readBack(`${a.host}/team/app:1.4-flat`);
    const original = defaultConfig();
    const runtime = flat.config.config as Record<string, unknown>;
    for (const field of Object.keys(original.config as object)) {
      assert.deepEqual(runtime[field], (original.config as Record<string, unknown>)[field], `config.${field}`);
    }
    assert.equal(flat.config.created, original.created);
    const history = flat.config.history as HistoryEntry[];
    const nonEmpty = history.filter((h) => h.empty_layer !== true);
    assert.equal(nonEmpty.length, 1, 'one history entry with a layer');
    assert.deepEqual((flat.config.rootfs as { diff_ids: string[] }).diff_ids.length, 1);
    // every source entry kept in order (3 layers + 1 metadata step) plus the appended one
    assert.equal(history.length, 5);
    assert.match(history.at(-1)?.created_by ?? '', /oci-flatten: merged 3 layers of sha256:/);
    for (const [key, value] of Object.entries(original)) {
      if (key === 'rootfs' || key === 'history' || key === 'config') continue;
      assert.deepEqual(flat.config[key], value, `top-level config field ${key} survives`);
    }
  });

  it('into a second registry instance too, and two runs give the same manifest digest', async () => {
    const first = await flatten({ source, target: `${b.host}/mirror/app:flat` });
    const second = await flatten({ source, target: `${b.host}/mirror/app:flat2` });
    assert.equal(first.digest, second.digest);
    const third = await flatten({ source, target: `${a.host}/team/app:1.4-flat` });
    assert.equal(third.digest, first.digest, 'same digest on another registry');
    assert.equal(third.uploaded.blobs, 0, 'a repeated run to the same target uploads nothing');
    const tree = await unpackRegistryImage(`${b.host}/mirror/app:flat`);
    assertTreesEqual(await unpackRegistryImage(source), tree, 'second registry');
  });

  it('refuses to write over its own source tag without --force', async () => {
    await assert.rejects(flatten({ source, target: source }), /is the source itself; set options\.force/);
  });
});
