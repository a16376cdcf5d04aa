import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildImageLayout, pushFixture, standardFixture, standardIndexFixture, tarOf } from '../helpers/fixture-image.ts';
import type { FixtureImageSpec, FixtureLayout } from '../helpers/fixture-image.ts';
import { unpackLayout, unpackRegistryImage } from '../helpers/independent-unpack.ts';
import { applyLayers } from '../helpers/reference-extractor.ts';
import { startRegistry, type RegistryServer } from '../helpers/registry-server.ts';
import { run } from '../helpers/run.ts';
import { assertTreesEqual, diffTrees } from '../helpers/tree-compare.ts';
import type { Tree, TreeEntry } from '../helpers/tree-types.ts';
import { parseGetfattr } from '../helpers/tree-walk.ts';

const layerTars = (spec: FixtureImageSpec): Buffer[] => spec.layers.map((layer) => (Buffer.isBuffer(layer) ? layer : layer.tar));

const clone = (tree: Tree): Tree => new Map([...tree].map(([path, entry]) => [path, { ...entry, xattrs: { ...entry.xattrs } }]));

const edit = (tree: Tree, path: string, change: (entry: TreeEntry) => void): Tree => {
  const copy = clone(tree);
  const entry = copy.get(path);
  assert.ok(entry, `${path} is in the tree`);
  change(entry);
  return copy;
};

describe('the independent unpacker and the reference extractor agree on the standard fixture', () => {
  let registry: RegistryServer;
  let spec: FixtureImageSpec;
  let expected: Tree;

  before(async () => {
    registry = await startRegistry();
    spec = await standardFixture();
    expected = await applyLayers(layerTars(spec));
  });
  after(async () => {
    await registry.stop();
  });

  it('an OCI fixture pushed with skopeo keeps every digest and unpacks to the reference tree', async () => {
    const layout = await buildImageLayout(spec);
    try {
      const pushed = await pushFixture(layout, registry.host, 'helpers/oci', 'v1');
      assert.equal(pushed.digest, layout.manifestDigest);
      assertTreesEqual(expected, await unpackRegistryImage(pushed.reference), 'umoci vs applyLayers');
    } finally {
      await layout.cleanup();
    }
  });

  it('a Docker schema2 fixture keeps the layer blobs and unpacks to the same tree', async () => {
    const layout = await buildImageLayout(spec);
    try {
      const pushed = await pushFixture(layout, registry.host, 'helpers/docker', 'v1', { format: 'v2s2' });
      const { stdout } = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${pushed.reference}`]);
      const manifest = JSON.parse(stdout) as { mediaType: string; layers: { digest: string }[] };
      assert.equal(manifest.mediaType, 'application/vnd.docker.distribution.manifest.v2+json');
      assert.deepEqual(
        manifest.layers.map((layer) => layer.digest),
        layout.images[0]?.layers.map((layer) => layer.descriptor.digest),
      );
      assertTreesEqual(expected, await unpackRegistryImage(pushed.reference), 'umoci vs applyLayers');
    } finally {
      await layout.cleanup();
    }
  });

  it('uncompressed and zstd layers unpack to the same tree', async () => {
    const mixed: FixtureImageSpec = {
      layers: layerTars(spec).map((tar, index) => ({ tar, compression: (['none', 'zstd', 'gzip'] as const)[index % 3] })),
    };
    const layout = await buildImageLayout(mixed, 'mixed');
    try {
      assertTreesEqual(expected, await unpackLayout(layout.dir, 'mixed'), 'umoci vs applyLayers');
    } finally {
      await layout.cleanup();
    }
  });

  it('a multi-platform index keeps its attestation manifest and each platform unpacks', async () => {
    const indexSpec = await standardIndexFixture();
    let layout: FixtureLayout | undefined;
    try {
      layout = await buildImageLayout(indexSpec, 'multi');
      const pushed = await pushFixture(layout, registry.host, 'helpers/index', 'v1');
      assert.equal(pushed.digest, layout.manifestDigest);
      const { stdout } = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${pushed.reference}`]);
      const index = JSON.parse(stdout) as { manifests: { platform?: { os: string }; annotations?: Record<string, string> }[] };
      assert.equal(index.manifests.length, 3);
      assert.equal(index.manifests[2]?.platform?.os, 'unknown');
      assert.equal(index.manifests[2]?.annotations?.['vnd.docker.reference.type'], 'attestation-manifest');
      const arm = indexSpec.images[1];
      assert.ok(arm);
      const armTree = await unpackRegistryImage(pushed.reference, { platform: arm.platform });
      assertTreesEqual(await applyLayers(layerTars(arm)), armTree, 'arm64 platform');
      assert.equal(armTree.get('etc/arch')?.type, 'file');
    } finally {
      await layout?.cleanup();
    }
  });

  it('the config keeps the empty_layer history step and the unknown field', async () => {
    const layout = await buildImageLayout(spec);
    try {
      const image = layout.images[0];
      assert.ok(image);
      const history = image.config.history as { empty_layer?: boolean }[];
      assert.equal(history.filter((entry) => entry.empty_layer !== true).length, image.layers.length);
      assert.ok(history.some((entry) => entry.empty_layer === true));
      assert.deepEqual(image.config['x-fixture-unknown'], { kept: true, nested: [1, 'two', null] });
    } finally {
      await layout.cleanup();
    }
  });

  describe('the tree comparison fails on any difference', () => {
    it('reports nothing for equal trees', () => {
      assert.deepEqual(diffTrees(expected, clone(expected)), []);
    });
    it('reports a changed mode', () => {
      const changed = edit(expected, 'etc/passwd', (entry) => {
        entry.mode = 0o644;
      });
      assert.deepEqual(diffTrees(expected, changed), ['etc/passwd: mode 0600 != 0644']);
      assert.throws(() => assertTreesEqual(expected, changed, 'mode'), /etc\/passwd: mode 0600 != 0644/);
    });
    it('reports changed content', () => {
      const changed = edit(expected, 'opt/app/new', (entry) => {
        entry.sha256 = '0'.repeat(64);
      });
      assert.match(diffTrees(expected, changed).join('\n'), /^opt\/app\/new: sha256 /);
    });
    it('reports a changed symlink target and a broken hard link', () => {
      const changed = edit(
        edit(expected, 'usr/bin/tool', (entry) => {
          entry.linkTarget = '/usr/bin/tool-v2';
        }),
        'usr/share/doc/readme.link',
        (entry) => {
          delete entry.hardlinkGroup;
        },
      );
      assert.deepEqual(diffTrees(expected, changed), [
        'usr/bin/tool: linkTarget "tool-v2" != "/usr/bin/tool-v2"',
        'usr/share/doc/readme.link: hardlinkGroup "usr/share/doc/readme" != (none)',
      ]);
    });
    it('reports a changed, a missing and an extra xattr', () => {
      const changed = edit(expected, 'home/user/tagged', (entry) => {
        entry.xattrs['user.fixture'] = Buffer.from('bye').toString('base64');
        delete entry.xattrs['user.other'];
        entry.xattrs['user.new'] = '';
      });
      assert.equal(diffTrees(expected, changed).length, 3);
    });
    it('reports missing and unexpected paths, and ignores what it is told to', () => {
      const changed = clone(expected);
      changed.delete('etc/passwd');
      changed.set('etc/shadow', { type: 'file', mode: 0o600, uid: 0, gid: 0, size: 0, sha256: '', xattrs: {} });
      assert.deepEqual(diffTrees(expected, changed), ['etc/passwd: missing file', 'etc/shadow: unexpected file']);
      assert.deepEqual(diffTrees(expected, changed, { ignore: ['etc'] }), []);
    });
  });

  it('getfattr output is parsed with escaped names and empty values', () => {
    const output = '# file: /r/a\\012b\nuser.k=0sdg==\n\n# file: /r/c d\nuser.e=0s\nsecurity.selinux=0sAA==\n\n';
    assert.deepEqual(
      [...parseGetfattr(output, '/r')],
      [
        ['a\nb', { 'user.k': 'dg==' }],
        ['c d', { 'user.e': '' }],
      ],
    );
  });

  it('the standard fixture exercises every rule it claims to', () => {
    assert.equal(expected.get('etc/hostname'), undefined, 'whiteout');
    assert.equal(expected.get('opt/app/old'), undefined, 'opaque directory');
    assert.equal(expected.get('var/cache')?.type, 'file', 'directory replaced by a file');
    assert.equal(expected.get('var/cache/entry'), undefined);
    assert.equal(expected.get('usr/bin/tool')?.type, 'symlink', 'file replaced by a symlink');
    assert.equal(expected.get('usr/share/doc/readme.link')?.hardlinkGroup, 'usr/share/doc/readme');
    assert.equal(expected.get('usr/bin/su')?.mode, 0o4755);
    assert.equal(expected.get('home/user/tagged')?.xattrs['user.fixture'], Buffer.from('hello').toString('base64'));
  });
});

describe('tarOf builds reproducible layers', () => {
  it('the same entries give the same bytes', async () => {
    const entries = [{ path: 'a', content: 'x' }];
    assert.deepEqual(await tarOf(entries), await tarOf(entries));
  });
});
