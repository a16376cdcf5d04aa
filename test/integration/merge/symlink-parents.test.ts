import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCliOk } from '../../helpers/cli.ts';
import { unpackRegistryImage } from '../../helpers/independent-unpack.ts';
import { cleanPath, parseTar } from '../../helpers/reference-extractor.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { run } from '../../helpers/run.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';
import { createUmociImage, type UmociImage } from '../../helpers/umoci-image.ts';
import { readLayerTars } from './read-back.ts';

/**
 * Issue 12, end to end: a merged-/usr base made by umoci from a real tree (Debian 12's layout:
 * `bin -> usr/bin`, `lib -> usr/lib`), plus a layer written by GNU tar from named files (as Bazel,
 * Nix and hand-made layers are): `bin/app`, a whiteout `lib/.wh.old.so`, and, in the same layer,
 * `a -> /` followed by `a/etc/x`. umoci unpack, which resolves parents inside the root as
 * containerd does, judges the source and our result.
 */
describe('symlinked parents through the CLI, judged by umoci unpack (issue 12)', () => {
  let registry: RegistryServer;
  let image: UmociImage;
  let work: string;

  before(async () => {
    [registry, image, work] = await Promise.all([startRegistry(), createUmociImage(), mkdtemp(join(tmpdir(), 'oci-flatten-symlinks-'))]);
    const at = (path: string): string => join(image.rootfs, path);
    for (const dir of ['usr/bin', 'usr/lib', 'etc']) await mkdir(at(dir), { recursive: true });
    await writeFile(at('usr/bin/sh'), 'shell\n');
    await writeFile(at('usr/lib/old.so'), 'old library\n');
    await writeFile(at('usr/lib/keep.so'), 'kept library\n');
    await writeFile(at('etc/passwd'), 'root:x:0:0::/root:/bin/sh\n');
    await symlink('usr/bin', at('bin'));
    await symlink('usr/lib', at('lib'));
    await image.commit('base');

    // The tar-built layer: GNU tar names only the files given (no `bin/` or `lib/` entries), in
    // this order; the second archive is appended with --concatenate so `a -> /` comes before
    // `a/etc/x` in one layer, which no single directory tree could hold.
    const first = join(work, 'first');
    const second = join(work, 'second');
    for (const dir of ['bin', 'lib']) await mkdir(join(first, dir), { recursive: true });
    await writeFile(join(first, 'bin/app'), 'the application\n');
    await writeFile(join(first, 'lib/.wh.old.so'), '');
    await symlink('/', join(first, 'a'));
    await mkdir(join(second, 'a/etc'), { recursive: true });
    await writeFile(join(second, 'a/etc/x'), 'written through a -> /\n');
    const layer = join(work, 'layer.tar');
    const secondTar = join(work, 'second.tar');
    await run('tar', ['--format=gnu', '--owner=0', '--group=0', '-cf', layer, '-C', first, 'bin/app', 'lib/.wh.old.so', 'a']);
    await run('tar', ['--format=gnu', '--owner=0', '--group=0', '-cf', secondTar, '-C', second, 'a/etc/x']);
    await run('tar', ['--concatenate', '-f', layer, secondTar]);
    await image.addRawLayer('base', 'app', await readFile(layer));
    await run('skopeo', [
      'copy',
      '--quiet',
      '--dest-tls-verify=false',
      image.reference('app'),
      `docker://${registry.host}/merged-usr/src:app`,
    ]);
  });
  after(async () => {
    await Promise.all([registry?.stop(), image?.cleanup(), work === undefined ? undefined : rm(work, { recursive: true, force: true })]);
  });

  it('the tar-built layer holds what the case needs (the fixture checks itself)', async () => {
    const tars = await image.layerTars('app');
    assert.deepEqual(
      parseTar(tars[1] as Buffer).map((member) => [cleanPath(member.name), member.typeflag]),
      [
        ['bin/app', '0'],
        ['lib/.wh.old.so', '0'],
        ['a', '2'],
        ['a/etc/x', '0'],
      ],
    );
  });

  it('flattens to the tree umoci unpacks from the source: app in usr/bin, old.so deleted, etc/x written', async () => {
    const source = `${registry.host}/merged-usr/src:app`;
    const target = `${registry.host}/merged-usr/flat:app`;
    const [sourceTree] = await Promise.all([unpackRegistryImage(source), runCliOk([source, '--to', target, '--quiet'])]);
    // umoci itself: the cases as containerd resolves them.
    assert.equal(sourceTree.get('usr/bin/app')?.type, 'file');
    assert.equal(sourceTree.has('usr/lib/old.so'), false);
    assert.equal(sourceTree.get('etc/x')?.type, 'file');
    assert.equal(sourceTree.get('bin')?.linkTarget, 'usr/bin');
    assertTreesEqual(sourceTree, await unpackRegistryImage(target), 'umoci unpack: source vs flattened');
    const [tar] = await readLayerTars(target);
    const names = parseTar(tar as Buffer).map((member) => cleanPath(member.name));
    assert.ok(names.includes('usr/bin/app') && names.includes('etc/x'), names.join(' '));
    assert.ok(!names.includes('bin/app') && !names.includes('a/etc/x'), names.join(' '));
  });
});
