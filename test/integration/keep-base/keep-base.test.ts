import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { runCli, runCliJson, runCliOk } from '../../helpers/cli.ts';
import {
  buildImageLayout,
  pushFixture,
  tarOf,
  type FixtureEntry,
  type FixtureImageSpec,
  type FixtureLayout,
} from '../../helpers/fixture-image.ts';
import { unpackLayout, unpackRegistryImage } from '../../helpers/independent-unpack.ts';
import { applyLayers, cleanPath, parseTar } from '../../helpers/reference-extractor.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';
import type { Tree } from '../../helpers/tree-types.ts';
import type { FlattenJson } from '../cli/expected.ts';
import { fetchBlobJson, fetchManifest, sha256 } from '../cli/registry-state.ts';

const dir = (path: string, mode = 0o755): FixtureEntry => ({ path, type: 'dir', mode });
const file = (path: string, content: string): FixtureEntry => ({ path, content });

/**
 * Two base layers, then three layers that delete, replace and opaque-over what the base made:
 * a whiteout (etc/a), a replaced file (etc/b), an opaque directory (opt/keep), a base directory
 * deleted and re-created with new children only (srv/dir), a deleted file in the second base
 * layer (var/data/file), and a base directory replaced by a symlink (usr/lib).
 */
const LAYERS: FixtureEntry[][] = [
  [
    dir('etc'),
    file('etc/a', 'base a\n'),
    file('etc/b', 'base b\n'),
    dir('opt'),
    dir('opt/keep'),
    file('opt/keep/x', 'x\n'),
    file('opt/keep/y', 'y\n'),
    dir('srv'),
    dir('srv/dir'),
    file('srv/dir/old1', 'old 1\n'),
    file('srv/dir/old2', 'old 2\n'),
    dir('usr'),
    dir('usr/lib'),
    file('usr/lib/libc.so', 'libc\n'),
  ],
  [
    dir('var'),
    dir('var/data'),
    file('var/data/file', 'data\n'),
    file('var/data/stays', 'stays\n'),
    dir('usr'),
    dir('usr/lib'),
    file('usr/lib/libm.so', 'libm\n'),
  ],
  [
    dir('etc'),
    { path: 'etc/.wh.a' },
    file('etc/b', 'replaced b\n'),
    dir('opt'),
    dir('opt/keep'),
    { path: 'opt/keep/.wh..wh..opq' },
    file('opt/keep/z', 'only z\n'),
  ],
  [dir('srv'), { path: 'srv/.wh.dir' }, dir('var'), dir('var/data'), { path: 'var/data/.wh.file' }],
  [
    dir('srv'),
    dir('srv/dir', 0o700),
    file('srv/dir/new1', 'new 1\n'),
    dir('usr'),
    { path: 'usr/lib', type: 'symlink', target: 'lib64' },
    dir('usr/lib64'),
    file('usr/lib64/libc.so', 'libc 2\n'),
  ],
];

describe('--keep-base: the kept layers stay byte for byte, the merged layer hides exactly what was removed', () => {
  let registry: RegistryServer;
  let host: string;
  let work: string;
  let layout: FixtureLayout;
  let sourceLayers: { digest: string; size: number; mediaType: string }[];
  let sourceConfig: { rootfs: { diff_ids: string[] }; history: { empty_layer?: boolean }[] };
  let expected: Tree;
  let keptTree: Tree;
  let first: FlattenJson;
  let spec: FixtureImageSpec;
  let baseDigest: string;

  before(async () => {
    registry = await startRegistry();
    host = registry.host;
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-keep-base-'));
    const tars = await Promise.all(LAYERS.map((entries) => tarOf(entries)));
    spec = { layers: tars.map((tar, i) => ({ tar, createdBy: `/bin/sh -c keep-base layer ${i}` })) };
    layout = await buildImageLayout(spec, 'kb');
    await pushFixture(layout, host, 'src/app', 'v1');
    // The base image: the same first two layers, as a separate image to name with --base.
    baseDigest = (await pushFixture({ layers: spec.layers.slice(0, 2) }, host, 'src/base', 'v1')).digest;
    const image = layout.images[0];
    assert.ok(image);
    sourceLayers = image.layers.map((l) => l.descriptor);
    sourceConfig = image.config as typeof sourceConfig;
    expected = await unpackLayout(layout.dir, 'kb');
    keptTree = await applyLayers(tars.slice(0, 2));
    first = await runCliJson<FlattenJson>([`${host}/src/app:v1`, '--to', `${host}/out/app:v1`, '--keep-base', '2']);
  });
  after(async () => {
    await registry?.stop();
    await layout?.cleanup();
    await rm(work, { recursive: true, force: true });
  });

  it('extracted, the result equals the source', async () => {
    assertTreesEqual(expected, await unpackRegistryImage(`${host}/out/app:v1`), 'keep-base 2');
  });

  it("the kept layers are the source's descriptors, digests byte-identical; one merged layer on top", async () => {
    const written = await fetchManifest(host, 'out/app', 'v1');
    const layers = written.json.layers as { digest: string; size: number; mediaType: string }[];
    assert.equal(layers.length, 3);
    assert.deepEqual(layers.slice(0, 2), sourceLayers.slice(0, 2));
    for (const layer of layers.slice(0, 2)) {
      const response = await fetch(`http://${host}/v2/out/app/blobs/${layer.digest}`);
      assert.equal(sha256(Buffer.from(await response.arrayBuffer())), layer.digest);
    }
    const config = await fetchBlobJson(host, 'out/app', written.json.config.digest);
    assert.deepEqual(config.rootfs.diff_ids.slice(0, 2), sourceConfig.rootfs.diff_ids.slice(0, 2));
    assert.equal(config.rootfs.diff_ids.length, 3);
    // History: only the merged layers' entries become empty; one entry is appended.
    const before = sourceConfig.history;
    assert.equal(config.history.length, before.length + 1);
    let layer = 0;
    before.forEach((entry, i) => {
      if (entry.empty_layer === true) {
        assert.equal(config.history[i].empty_layer, true);
        return;
      }
      assert.equal(config.history[i].empty_layer ?? false, layer >= 2, `history[${i}] (layer ${layer})`);
      layer += 1;
    });
    assert.equal(config.history.filter((e: { empty_layer?: boolean }) => e.empty_layer !== true).length, 3);
    assert.equal(first.platforms[0]?.keptLayers, 2);
    assert.equal(first.platforms[0]?.layersAfter, 3);
  });

  it('the merged layer carries whiteouts and opaque markers only for paths the kept layers have', async () => {
    const written = await fetchManifest(host, 'out/app', 'v1');
    const merged = written.json.layers[2] as { digest: string };
    const response = await fetch(`http://${host}/v2/out/app/blobs/${merged.digest}`);
    const members = parseTar(gunzipSync(Buffer.from(await response.arrayBuffer())));
    const markers: string[] = [];
    for (const member of members) {
      const path = cleanPath(member.name);
      const slash = path.lastIndexOf('/');
      const parent = slash === -1 ? '' : path.slice(0, slash);
      const base = path.slice(slash + 1);
      if (base === '.wh..wh..opq') {
        markers.push(path);
        assert.equal(keptTree.get(parent)?.type, 'dir', `opaque marker ${path} is for a kept directory`);
        assert.ok(
          [...keptTree.keys()].some((p) => p.startsWith(`${parent}/`)),
          `${parent} has kept children to hide`,
        );
      } else if (base.startsWith('.wh.')) {
        markers.push(path);
        const hidden = parent === '' ? base.slice(4) : `${parent}/${base.slice(4)}`;
        assert.ok(keptTree.has(hidden), `whiteout ${path} hides ${hidden}, which a kept layer has`);
      }
    }
    // Something must hide etc/a, opt/keep/{x,y}, srv/dir/old{1,2} and var/data/file.
    assert.ok(markers.length >= 4, `markers: ${markers.join(', ')}`);
  });

  it('a second run to a target that already has the base uploads no base blob', async () => {
    // The first run mounted the kept layers from the source repository (same registry).
    assert.deepEqual(
      { mounted: first.uploaded.mounted, blobs: first.uploaded.blobs, existed: first.uploaded.existed },
      { mounted: 2, blobs: 2, existed: 0 },
    );
    const again = await runCliJson<FlattenJson>([`${host}/src/app:v1`, '--to', `${host}/out/app:v2`, '--keep-base', '2']);
    assert.deepEqual(again.uploaded, { blobs: 0, bytes: 0, existed: 4, mounted: 0 });
    assert.equal(again.digest, first.digest, 'the same image, digest for digest');
  });

  it('to another registry (an OCI layout) the kept blobs are copied blob for blob', async () => {
    const out = join(work, 'layout');
    const json = await runCliJson<FlattenJson>([`${host}/src/app:v1`, '--to', `oci:${out}:flat`, '--keep-base', '2']);
    assert.equal(json.digest, first.digest, 'the same image as in the registry');
    for (const layer of sourceLayers.slice(0, 2)) {
      const bytes = await readFile(join(out, 'blobs', 'sha256', layer.digest.slice('sha256:'.length)));
      assert.equal(sha256(bytes), layer.digest);
    }
    assertTreesEqual(expected, await unpackLayout(out, 'flat'), 'keep-base 2 into a layout');
  });

  it('--base REF keeps the layers the image shares with REF: the same image as --keep-base 2', async () => {
    const json = await runCliJson<FlattenJson>([`${host}/src/app:v1`, '--to', `${host}/out/app:based`, '--base', `${host}/src/base:v1`]);
    assert.equal(json.platforms[0]?.keptLayers, 2);
    assert.equal(json.digest, first.digest);
  });

  it("--base auto keeps what the base named in the image's annotations shares with it; an image naming none is a usage error", async () => {
    const annotations = { 'org.opencontainers.image.base.name': `${host}/src/base:v1`, 'org.opencontainers.image.base.digest': baseDigest };
    await pushFixture({ ...spec, annotations }, host, 'src/annotated', 'v1');
    const result = await runCliOk([`${host}/src/annotated:v1`, '--to', `${host}/out/app:auto`, '--base', 'auto', '--json']);
    const json = JSON.parse(result.stdout) as FlattenJson;
    assert.equal(json.platforms[0]?.keptLayers, 2);
    assert.match(result.stderr, new RegExp(`base ${host.replace(/\./g, '\\.')}/src/base@${baseDigest} \\(from its annotations\\)`));
    const written = await fetchManifest(host, 'out/app', 'auto');
    assert.deepEqual(
      written.json.layers.slice(0, 2).map((l: { digest: string }) => l.digest),
      sourceLayers.slice(0, 2).map((l) => l.digest),
    );
    assertTreesEqual(expected, await unpackRegistryImage(`${host}/out/app:auto`), '--base auto');

    const none = await runCli([`${host}/src/app:v1`, '--to', `${host}/out/app:none`, '--base', 'auto']);
    assert.equal(none.code, 2, none.stderr);
    assert.match(
      none.stderr,
      /^flatten: --base auto: .*src\/app:v1 names no base image \(no org\.opencontainers\.image\.base\.name annotation\); name it with --base REF or count its layers with --keep-base N$/m,
    );
  });

  it('without --keep-base or --base nothing is kept', async () => {
    const json = await runCliJson<FlattenJson>([`${host}/src/app:v1`, '--to', `${host}/out/app:all`]);
    assert.equal(json.platforms[0]?.keptLayers, 0);
    assert.equal(json.platforms[0]?.layersAfter, 1);
    assertTreesEqual(expected, await unpackRegistryImage(`${host}/out/app:all`), 'no base kept');
  });
});
