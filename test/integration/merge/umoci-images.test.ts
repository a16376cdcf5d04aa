import assert from 'node:assert/strict';
import { chmod, chown, link, mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MediaType } from '../../../src/image/media-types.ts';
import { runCliOk } from '../../helpers/cli.ts';
import { buildImageLayout, pushFixture } from '../../helpers/fixture-image.ts';
import { unpackRegistryImage } from '../../helpers/independent-unpack.ts';
import { applyLayers, cleanPath, extractTar, parseTar } from '../../helpers/reference-extractor.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { run } from '../../helpers/run.ts';
import { buildTar } from '../../helpers/tar-builder.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';
import type { Tree } from '../../helpers/tree-types.ts';
import { createUmociImage, type UmociImage } from '../../helpers/umoci-image.ts';
import { readLayerTars } from './read-back.ts';

/**
 * Issue 3, "the same cases as real images": layers made by umoci from real filesystem changes
 * (plus one hand-made layer umoci cannot make, appended with `umoci raw add-layer`), pushed with
 * skopeo, flattened by the CLI, and judged by umoci unpack of source and result.
 */

const BIG_UID = 3_000_000; // above 2^21: no room in a USTAR octal field
const BIG_GID = 3_000_001;
/** VFS_CAP_REVISION_2 | effective, permitted = CAP_NET_BIND_SERVICE (bit 10): what `setcap cap_net_bind_service+ep` writes. */
const CAPABILITY = Buffer.from([1, 0, 0, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]).toString('base64');
const LONG_NAME = `long-${'n'.repeat(150)}`;
const DEEP_DIR = ['a', 'b', 'c'].map((c) => c.repeat(90)).join('/');
const LONG_TARGET = `../${'t'.repeat(120)}/target`;

const setfattr = (path: string, name: string, value: string): Promise<unknown> => run('setfattr', ['-h', '-n', name, '-v', value, path]);

/** Base layer: every attribute and entry type, and the first half of every type-change case. */
async function layerOne(root: string): Promise<void> {
  const at = (path: string): string => join(root, path);
  for (const dir of [
    'etc',
    'usr/bin',
    'usr/share',
    'usr/lib',
    'dev',
    'run',
    'home/user',
    'long',
    DEEP_DIR,
    'opq',
    'gone/sub',
    'squash/dir/sub',
    'c977',
    'c2002',
    'opq2/sub',
  ]) {
    await mkdir(at(dir), { recursive: true });
  }
  await mkdir(at('tmp'));
  await chmod(at('tmp'), 0o1777);
  await chmod(at('home/user'), 0o700);
  await chown(at('home/user'), BIG_UID, BIG_GID);
  await writeFile(at('etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
  await writeFile(at('etc/empty'), '');
  await writeFile(at('usr/bin/su'), 'setuid\n');
  await chmod(at('usr/bin/su'), 0o4755);
  await writeFile(at('usr/bin/wall'), 'setgid\n');
  await chmod(at('usr/bin/wall'), 0o2755);
  await writeFile(at('usr/bin/ping'), 'needs a capability\n');
  await setfattr(at('usr/bin/ping'), 'security.capability', `0s${CAPABILITY}`);
  await writeFile(at('home/user/notes'), 'owned by a big uid\n');
  await chown(at('home/user/notes'), BIG_UID, BIG_GID);
  await setfattr(at('home/user/notes'), 'user.comment', 'hello');
  await setfattr(at('etc'), 'user.dir', 'on a directory');
  await run('mknod', ['-m', '0666', at('dev/null'), 'c', '1', '3']);
  await run('mknod', ['-m', '0660', at('dev/loop0'), 'b', '7', '0']);
  await run('mkfifo', ['-m', '0600', at('run/fifo')]);
  await writeFile(at(`long/${LONG_NAME}`), 'a name over 100 bytes\n');
  await writeFile(at(`${DEEP_DIR}/${'d'.repeat(90)}`), 'a path over 255 bytes\n');
  await symlink(LONG_TARGET, at('long/link-with-long-target'));
  await link(at(`long/${LONG_NAME}`), at(`long/${LONG_NAME}.hardlink`));
  // Symlink targets are data: absolute, and climbing above the root.
  await symlink('/usr/lib', at('lib64'));
  await symlink('../../../../etc/passwd', at('etc/up'));
  await symlink('../lib/x', at('usr/bin/rel'));
  // A hard-link group of three names in one layer.
  await writeFile(at('usr/share/a'), 'shared inode v1\n');
  await link(at('usr/share/a'), at('usr/share/a.link'));
  await link(at('usr/share/a'), at('usr/share/a.link2'));
  // go-containerregistry #977 and #2002: a link whose target a newer layer overwrites / deletes.
  await writeFile(at('c977/target'), 'old content the link keeps\n');
  await link(at('c977/target'), at('c977/the-link'));
  await writeFile(at('c2002/target'), 'deleted later, the link survives\n');
  await link(at('c2002/target'), at('c2002/the-link'));
  // docker-squash #253: a directory later replaced by a regular file.
  await writeFile(at('squash/dir/child'), 'child\n');
  await writeFile(at('squash/dir/sub/deep'), 'deep\n');
  await writeFile(at('file2link'), 'becomes a symlink\n');
  await writeFile(at('file2dir'), 'becomes a directory\n');
  await writeFile(at('dir2link'), 'placeholder\n');
  await rm(at('dir2link'));
  await mkdir(at('dir2link/inner'), { recursive: true });
  await writeFile(at('dir2link/inner/x'), 'x\n');
  await writeFile(at('opq/a'), 'a\n');
  await writeFile(at('opq/b'), 'b\n');
  await writeFile(at('opq2/old'), 'hidden by an opaque marker\n');
  await writeFile(at('opq2/sub/old'), 'hidden too\n');
  await writeFile(at('gone/sub/f'), 'gone\n');
  await writeFile(at('meta'), 'attributes change later\n');
}

/** Second layer: deletions, overwrites, type changes, metadata-only changes. */
async function layerTwo(root: string): Promise<void> {
  const at = (path: string): string => join(root, path);
  // A new inode over the link target (#977); the target deleted (#2002).
  await writeFile(at('c977/target.new'), 'new content for the target only\n');
  await rename(at('c977/target.new'), at('c977/target'));
  await rm(at('c2002/target'));
  await rm(at('squash/dir'), { recursive: true });
  await writeFile(at('squash/dir'), 'a file where a directory was\n');
  await rm(at('file2link'));
  await symlink('/etc/passwd', at('file2link'));
  await rm(at('file2dir'));
  await mkdir(at('file2dir'));
  await writeFile(at('file2dir/child'), 'child of the new directory\n');
  await rm(at('dir2link'), { recursive: true });
  await symlink('usr/share', at('dir2link'));
  await rm(at('opq'), { recursive: true });
  await mkdir(at('opq'));
  await writeFile(at('opq/n'), 'only child after the directory was re-created\n');
  await rm(at('gone'), { recursive: true });
  await chmod(at('meta'), 0o4750);
  await chown(at('meta'), BIG_UID + 2, BIG_GID + 2);
  // A new link to a file of the older layer that survives.
  await link(at('usr/share/a'), at('usr/share/a.layer2'));
  await writeFile(at('etc/empty2'), '');
}

/** Third layer: more links, an xattr changed, a deletion of something with special bits. */
async function layerThree(root: string): Promise<void> {
  const at = (path: string): string => join(root, path);
  await link(at('etc/passwd'), at('etc/passwd.bak'));
  await setfattr(at('home/user/notes'), 'user.comment', 'changed in layer three');
  await rm(at('usr/bin/wall'));
}

/**
 * A layer no filesystem diff can produce, in the shapes crane got wrong: an older layer's link
 * group whose target is overwritten here while its other names are untouched (#977), a deleted
 * link target (#2002), an opaque marker, a link to an older surviving file, a root `.` entry and
 * `./`-prefixed names.
 */
const rawLayer = (): Promise<Buffer> =>
  buildTar([
    { type: 'dir', path: './' },
    { type: 'dir', path: './usr/' },
    { type: 'dir', path: './usr/share/' },
    { type: 'file', path: './usr/share/a', content: 'overwritten by the raw layer\n' },
    { type: 'dir', path: './etc/' },
    { type: 'whiteout', path: './etc/passwd' },
    { type: 'dir', path: './opq2/' },
    { type: 'opaque', path: './opq2' },
    { type: 'file', path: './opq2/new', content: 'only child after the opaque marker\n' },
    { type: 'dir', path: './raw' },
    { type: 'hardlink', path: './raw/notes-link', target: './home/user/notes' },
    { type: 'symlink', path: './raw/abs', target: '/etc/shadow' },
    { type: 'symlink', path: './raw/dotdot', target: '../../../..' },
  ]);

describe('umoci-made images flatten to the same tree (issue 3)', () => {
  let registry: RegistryServer;
  let image: UmociImage;
  let sourceTars: Buffer[];
  let sourceTree: Tree;
  const gzipSource = (): string => `${registry.host}/umoci/src:gzip`;

  before(async () => {
    [registry, image] = await Promise.all([startRegistry(), createUmociImage()]);
    await layerOne(image.rootfs);
    await image.commit('l1');
    await layerTwo(image.rootfs);
    await image.commit('l2');
    await layerThree(image.rootfs);
    await image.commit('l3');
    await image.addRawLayer('l3', 'r4', await rawLayer());
    sourceTars = await image.layerTars('r4');
    await run('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', image.reference('r4'), `docker://${gzipSource()}`]);
    sourceTree = await unpackRegistryImage(gzipSource());
  });
  after(async () => {
    await Promise.all([registry?.stop(), image?.cleanup()]);
  });

  const layerMediaTypes = async (tag: string): Promise<string[]> => {
    const response = await fetch(`http://${registry.host}/v2/umoci/src/manifests/${tag}`, { headers: { accept: MediaType.ociManifest } });
    return ((await response.json()) as { layers: { mediaType: string }[] }).layers.map((l) => l.mediaType);
  };

  /** Flatten with the CLI and check the result against umoci's view of the source and against our reference extractor. */
  async function flattenAndCompare(source: string, target: string, label: string): Promise<{ tree: Tree; tar: Buffer }> {
    await runCliOk([source, '--to', target, '--quiet']);
    const [tars, tree] = await Promise.all([readLayerTars(target), unpackRegistryImage(target)]);
    assert.equal(tars.length, 1, `${label}: one layer`);
    const tar = tars[0] as Buffer;
    assertTreesEqual(sourceTree, tree, `${label}: umoci unpack of source vs flattened`);
    assertTreesEqual(sourceTree, await extractTar(tar), `${label}: umoci unpack of source vs reference extraction of the flattened layer`);
    return { tree, tar };
  }

  it('umoci wrote the layers the cases need (the fixture checks itself)', () => {
    assert.equal(sourceTars.length, 4);
    const names = sourceTars.map((tar) => parseTar(tar).map((m) => cleanPath(m.name)));
    assert.ok(names[1]?.includes('.wh.gone'), 'layer 2 deletes a directory with a whiteout');
    assert.ok(names[1]?.includes('opq/.wh.a'), 'umoci whites out the old children of a re-created directory');
    assert.ok(
      parseTar(sourceTars[0] as Buffer).some((m) => m.typeflag === '1' && cleanPath(m.name) === 'c977/the-link'),
      'layer 1 holds c977/the-link as a hard link',
    );
    assert.ok(names[3]?.includes('opq2/.wh..wh..opq'));
  });

  it('our reference extractor agrees with umoci on the source (so it may judge the output)', async () => {
    assertTreesEqual(sourceTree, await applyLayers(sourceTars), 'umoci unpack vs reference applyLayers');
  });

  it('gzip source: same tree entry by entry, with link groups, xattrs, devices, big ids, long names', async () => {
    const { tree, tar } = await flattenAndCompare(gzipSource(), `${registry.host}/umoci/flat:gzip`, 'gzip');
    // The comparisons above would pass on two equally wrong trees only if umoci were wrong on the
    // source too; pin the cases down on their own as well.
    assert.equal(tree.get('c977/the-link')?.sha256, sourceTree.get('c977/the-link')?.sha256);
    assert.notEqual(tree.get('c977/the-link')?.sha256, tree.get('c977/target')?.sha256, '#977: the link keeps the old content');
    assert.equal(tree.get('c2002/the-link')?.type, 'file', '#2002: the link survives its deleted target');
    assert.equal(tree.has('c2002/target'), false);
    assert.equal(tree.get('squash/dir')?.type, 'file', 'docker-squash #253: only the file is left');
    assert.equal(tree.has('squash/dir/child'), false);
    assert.equal(tree.get('usr/share/a.link')?.hardlinkGroup, 'usr/share/a.layer2', 'the old group stays one inode');
    assert.equal(tree.get('usr/share/a')?.hardlinkGroup, undefined, 'the overwritten name left the group');
    assert.deepEqual(
      [...tree.keys()].filter((p) => p.startsWith('opq2/')),
      ['opq2/new'],
    );
    assert.equal(tree.get('usr/bin/ping')?.xattrs['security.capability'], CAPABILITY);
    assert.equal(tree.get('home/user/notes')?.uid, BIG_UID);
    assert.equal(tree.get('raw/notes-link')?.hardlinkGroup, 'home/user/notes');
    assert.equal(tree.get('usr/bin/su')?.mode, 0o4755);
    assert.equal(tree.get('tmp')?.mode, 0o1777);
    assert.equal(tree.get('dev/loop0')?.type, 'block');
    assert.equal(tree.get('raw/dotdot')?.linkTarget, '../../../..', 'a symlink climbing out is kept as data');
    assert.equal(tree.get('raw/abs')?.linkTarget, '/etc/shadow');
    assert.ok(tree.has(`${DEEP_DIR}/${'d'.repeat(90)}`));

    const members = parseTar(tar).map((m) => cleanPath(m.name));
    assert.deepEqual(
      members.filter((name) => name.split('/').some((part) => part.startsWith('.wh.'))),
      [],
      'no whiteouts in the output',
    );
    assert.equal(new Set(members).size, members.length, 'no path twice in the output');
  });

  it('zstd source (skopeo --dest-compress-format zstd): same tree', async () => {
    const source = `${registry.host}/umoci/src:zstd`;
    // Recompressed into a fresh layout first: pushed straight to the registry, skopeo would reuse
    // the gzip blobs it already pushed for the same diff_ids.
    const zstdLayout = await mkdtemp(join(tmpdir(), 'oci-flatten-zstd-'));
    try {
      await run('skopeo', ['copy', '--quiet', '--dest-compress-format', 'zstd', image.reference('r4'), `oci:${zstdLayout}:r4`]);
      await run('skopeo', [
        'copy',
        '--quiet',
        '--dest-tls-verify=false',
        '--preserve-digests',
        `oci:${zstdLayout}:r4`,
        `docker://${source}`,
      ]);
    } finally {
      await rm(zstdLayout, { recursive: true, force: true });
    }
    assert.deepEqual(await layerMediaTypes('zstd'), Array(4).fill(MediaType.ociLayerZstd), 'the source really is zstd');
    await flattenAndCompare(source, `${registry.host}/umoci/flat:zstd`, 'zstd');
  });

  it('uncompressed source: same tree', async () => {
    const layout = await buildImageLayout({ layers: sourceTars.map((tar) => ({ tar, compression: 'none' as const })) });
    const pushed = await pushFixture(layout, registry.host, 'umoci/src', 'none');
    await layout.cleanup();
    assert.deepEqual(await layerMediaTypes('none'), Array(4).fill(MediaType.ociLayer), 'the source really is uncompressed');
    await flattenAndCompare(pushed.reference, `${registry.host}/umoci/flat:none`, 'uncompressed');
  });
});
