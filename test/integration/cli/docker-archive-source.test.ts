/**
 * `docker-archive:FILE[:NAME:TAG]` as a source: archives written by skopeo (plain layer tars
 * named by diff_id), hand-made ones in the shape docker save gives (legacy `<id>/layer.tar`
 * members, repeated layers as symlinks, gzip layers), several images in one archive, and
 * hostile ones. Each flattened result is compared with the source unpacked by skopeo + umoci.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import tar from 'tar-stream';
import { runCli, runCliOk } from '../../helpers/cli.ts';
import { buildImageLayout, defaultConfig, standardFixture, tarOf, type FixtureLayout } from '../../helpers/fixture-image.ts';
import { unpackLayout, unpackWithSkopeo } from '../../helpers/independent-unpack.ts';
import { run } from '../../helpers/run.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';
import type { Tree } from '../../helpers/tree-types.ts';

const sha256hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

type Member = { name: string; data?: Buffer; linkTo?: string };

async function writeTar(file: string, members: Member[]): Promise<void> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
  const done = new Promise<void>((resolve) => pack.on('end', () => resolve()));
  for (const member of members) {
    if (member.linkTo !== undefined) pack.entry({ name: member.name, type: 'symlink', linkname: member.linkTo });
    else pack.entry({ name: member.name }, member.data ?? Buffer.alloc(0));
  }
  pack.finalize();
  await done;
  await writeFile(file, Buffer.concat(chunks));
}

/** A config for these layer tars, as docker save stores it. */
function configFor(layers: Buffer[]): Buffer {
  const config = defaultConfig();
  config.rootfs = { type: 'layers', diff_ids: layers.map((layer) => `sha256:${sha256hex(layer)}`) };
  config.history = layers.map((_, i) => ({ created: '2024-01-02T03:04:05Z', created_by: `step ${i}` }));
  return Buffer.from(JSON.stringify(config));
}

describe('docker-archive as a source', () => {
  let work: string;
  let layout: FixtureLayout;
  let expected: Tree;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-docker-archive-src-'));
    layout = await buildImageLayout(await standardFixture(), 'std');
    expected = await unpackLayout(layout.dir, 'std');
  });
  after(async () => {
    await layout?.cleanup();
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it('an archive written by skopeo flattens, by name or as the only image, to the source tree', async () => {
    const file = join(work, 'skopeo.tar');
    await run('skopeo', ['copy', '--quiet', `oci:${layout.dir}:std`, `docker-archive:${file}:demo/std:v1`]);
    const out = join(work, 'out-skopeo');
    await runCliOk([`docker-archive:${file}:demo/std:v1`, '--to', `oci:${out}:flat`]);
    assertTreesEqual(expected, await unpackLayout(out, 'flat'), 'docker-archive (skopeo) -> oci');
    const bare = join(work, 'out-bare');
    await runCliOk([`docker-archive:${file}`, '--to', `oci:${bare}:flat`]);
    assertTreesEqual(expected, await unpackLayout(bare, 'flat'), 'docker-archive without a name');
  });

  it('reads back what its own docker-archive target wrote', async () => {
    const archive = join(work, 'ours.tar');
    await runCliOk([`oci:${layout.dir}:std`, '--to', `docker-archive:${archive}:ours/std:v1`]);
    const out = join(work, 'out-ours');
    await runCliOk([`docker-archive:${archive}:ours/std:v1`, '--to', `oci:${out}:again`]);
    assertTreesEqual(expected, await unpackLayout(out, 'again'), 'docker-archive (ours) -> oci');
  });

  it('the docker save shape: legacy <id>/layer.tar members, a repeated layer as a symlink, gzip and plain layers', async () => {
    const first = await tarOf([
      { path: 'etc', type: 'dir' },
      { path: 'etc/motd', content: 'hello' },
    ]);
    const second = await tarOf([
      { path: 'etc/motd', content: 'replaced' },
      { path: 'bin', type: 'dir' },
      { path: 'bin/tool', content: 'x' },
    ]);
    const third = await tarOf([{ path: 'etc/.wh.motd' }]);
    const layers = [first, second, third];
    const config = configFor(layers);
    const file = join(work, 'save.tar');
    await writeTar(file, [
      { name: 'aaa/layer.tar', data: first },
      { name: 'bbb/layer.tar', data: gzipSync(second) },
      { name: 'ccc/layer.tar', data: third },
      // docker save links a layer it has already written instead of writing it twice
      { name: 'ddd/layer.tar', linkTo: '../aaa/layer.tar' },
      { name: `${sha256hex(config)}.json`, data: config },
      {
        name: 'manifest.json',
        data: Buffer.from(
          JSON.stringify([
            { Config: `${sha256hex(config)}.json`, RepoTags: ['saved/app:1'], Layers: ['ddd/layer.tar', 'bbb/layer.tar', 'ccc/layer.tar'] },
          ]),
        ),
      },
    ]);
    const out = join(work, 'out-save');
    await runCliOk([`docker-archive:${file}:saved/app:1`, '--to', `oci:${out}:flat`]);
    const tree = await unpackLayout(out, 'flat');
    assertTreesEqual(await unpackWithSkopeo(`docker-archive:${file}`), tree, 'docker save shape');
    assert.ok(tree.has('bin/tool') && !tree.has('etc/motd'), 'the whiteout of the third layer removed etc/motd');
  });

  it('several images: a name picks one, none is a usage error listing them, an unknown one names what there is', async () => {
    const one = await tarOf([{ path: 'one', content: '1' }]);
    const two = await tarOf([{ path: 'two', content: '2' }]);
    const [c1, c2] = [configFor([one]), configFor([two])];
    const file = join(work, 'multi.tar');
    await writeTar(file, [
      { name: 'one.tar', data: one },
      { name: 'two.tar', data: two },
      { name: 'c1.json', data: c1 },
      { name: 'c2.json', data: c2 },
      {
        name: 'manifest.json',
        data: Buffer.from(
          JSON.stringify([
            { Config: 'c1.json', RepoTags: ['docker.io/library/one:1'], Layers: ['one.tar'] },
            { Config: 'c2.json', RepoTags: ['two:2'], Layers: ['two.tar'] },
          ]),
        ),
      },
    ]);
    const out = join(work, 'out-multi');
    await runCliOk([`docker-archive:${file}:one:1`, '--to', `oci:${out}:one`]);
    const tree = await unpackLayout(out, 'one');
    assert.ok(tree.has('one') && !tree.has('two'));

    const unnamed = await runCli([`docker-archive:${file}`, '--to', `oci:${out}:x`]);
    assert.equal(unnamed.code, 2, unnamed.stderr);
    assert.match(
      unnamed.stderr,
      /^flatten: docker-archive:.*: the archive holds 2 images; name one \(docker-archive:FILE:NAME:TAG\): docker\.io\/library\/one:1, two:2$/m,
    );
    const unknown = await runCli([`docker-archive:${file}:three:3`, '--to', `oci:${out}:x`]);
    assert.equal(unknown.code, 2, unknown.stderr);
    assert.match(unknown.stderr, /no image named three:3 in the archive \(it has docker\.io\/library\/one:1, two:2\)/);
  });

  it('hostile archives: a layer linked out of the archive, a missing layer, no manifest.json — exit 5, one line each', async () => {
    const layer = await tarOf([{ path: 'f', content: 'x' }]);
    const config = configFor([layer]);
    const cases: [string, Member[], RegExp][] = [
      [
        'escape',
        [
          { name: 'l/layer.tar', linkTo: '../../../etc/passwd' },
          { name: 'c.json', data: config },
          { name: 'manifest.json', data: Buffer.from(JSON.stringify([{ Config: 'c.json', Layers: ['l/layer.tar'] }])) },
        ],
        /l\/layer\.tar points out of the archive/,
      ],
      [
        'missing',
        [
          { name: 'c.json', data: config },
          { name: 'manifest.json', data: Buffer.from(JSON.stringify([{ Config: 'c.json', Layers: ['gone.tar'] }])) },
        ],
        /layer gone\.tar is not in the archive/,
      ],
      ['no-manifest', [{ name: 'c.json', data: config }], /the archive has no manifest\.json/],
    ];
    for (const [label, members, message] of cases) {
      const file = join(work, `${label}.tar`);
      await writeTar(file, members);
      const result = await runCli([`docker-archive:${file}`, '--to', `oci:${join(work, `out-${label}`)}:x`]);
      assert.equal(result.code, 5, `${label}: ${result.stderr}`);
      const errors = result.stderr.split('\n').filter((line) => line.startsWith('flatten: '));
      assert.equal(errors.length, 1, result.stderr);
      assert.match(errors[0] ?? '', message);
    }
  });
});
