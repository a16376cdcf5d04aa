import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { parseManifest } from '../../../src/image/parse.ts';
import { openDockerArchiveTarget } from '../../../src/transport/docker-archive.ts';
import { openLocalSource, openLocalTarget } from '../../../src/transport/local.ts';
import { openOciArchiveSource } from '../../../src/transport/oci-archive.ts';
import { openOciLayoutSource, openOciLayoutTarget } from '../../../src/transport/oci-layout.ts';
import type { ImageSource, ImageTarget } from '../../../src/transport/types.ts';
import { buildImageLayout, standardFixture, standardIndexFixture, type FixtureLayout } from '../../helpers/fixture-image.ts';
import { unpackWithSkopeo } from '../../helpers/independent-unpack.ts';
import { applyLayers } from '../../helpers/reference-extractor.ts';
import { run } from '../../helpers/run.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';
import type { Tree } from '../../helpers/tree-types.ts';

/** Copy an image or index blob for blob, children before the root, the root committed last. */
async function copyImage(source: ImageSource, target: ImageTarget): Promise<string> {
  const root = await source.getRootManifest();
  const copyOne = async (raw: typeof root): Promise<void> => {
    const parsed = parseManifest(raw, source.description);
    if (parsed.kind !== 'image') throw new Error('nested index');
    for (const blob of [parsed.manifest.config, ...parsed.manifest.layers]) {
      await target.putBlob(blob, () => source.getBlob(blob));
    }
  };
  const parsed = parseManifest(root, source.description);
  if (parsed.kind === 'index') {
    for (const child of parsed.index.manifests) {
      const manifest = await source.getManifest(child);
      await copyOne(manifest);
      await target.putManifest(manifest);
    }
  } else await copyOne(root);
  return target.commit(root);
}

const isKind = (kind: string, pattern: RegExp) => (error: unknown) =>
  error instanceof FlattenError && error.kind === kind && pattern.test(error.message);

describe('on-disk transports', () => {
  let work: string;
  let fixture: FixtureLayout;
  let index: FixtureLayout;
  let expected: Tree;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-transport-'));
    const spec = await standardFixture();
    fixture = await buildImageLayout(spec, 'std');
    index = await buildImageLayout(await standardIndexFixture(), 'multi');
    expected = await applyLayers(fixture.images[0]?.layers.map((layer) => layer.tar) ?? []);
  });
  after(async () => {
    await fixture.cleanup();
    await index.cleanup();
    await rm(work, { recursive: true, force: true });
  });

  describe('oci layout source resolves the tag through ref.name', () => {
    it('reads the tagged image and verifies its blobs', async () => {
      const source = await openOciLayoutSource(fixture.dir, 'std');
      const root = await source.getRootManifest();
      assert.equal(root.digest, fixture.manifestDigest);
      assert.equal(root.mediaType, 'application/vnd.oci.image.manifest.v1+json');
      const config = fixture.images[0]?.configDescriptor;
      assert.ok(config);
      assert.deepEqual(JSON.parse(Buffer.from(await source.getBlobBytes(config)).toString()), fixture.images[0]?.config);
    });
    it('without a tag, the only image; with several, an error listing the tags', async () => {
      assert.equal((await (await openOciLayoutSource(fixture.dir)).getRootManifest()).digest, fixture.manifestDigest);
      const dir = join(work, 'two-tags');
      await copyImage(await openOciLayoutSource(fixture.dir, 'std'), await openOciLayoutTarget(dir, 'a'));
      await copyImage(await openOciLayoutSource(index.dir, 'multi'), await openOciLayoutTarget(dir, 'b'));
      await assert.rejects(openOciLayoutSource(dir), isKind('usage', /holds 2 images.*tags: a, b/));
      await assert.rejects(openOciLayoutSource(dir, 'c'), isKind('usage', /no image tagged "c".*tags: a, b/));
      await assert.rejects(openOciLayoutSource(join(work, 'nowhere')), isKind('usage', /not an OCI image layout/));
    });
    it('a blob whose bytes do not match its digest fails the read', async () => {
      const dir = join(work, 'corrupt');
      await copyImage(await openOciLayoutSource(fixture.dir, 'std'), await openOciLayoutTarget(dir, 'x'));
      const layer = fixture.images[0]?.layers[0]?.descriptor;
      assert.ok(layer);
      const path = join(dir, 'blobs', 'sha256', layer.digest.slice(7));
      const bytes = await readFile(path);
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
      await writeFile(path, bytes);
      const source = await openOciLayoutSource(dir, 'x');
      await assert.rejects(
        async () => {
          for await (const _ of await source.getBlob(layer));
        },
        isKind('content', /digest mismatch/),
      );
    });
  });

  describe('oci layout target writes blobs first and index.json last', () => {
    it('a copied image unpacks (skopeo + umoci) to the same tree, with the same digest', async () => {
      const dir = join(work, 'layout');
      const written = await copyImage(await openOciLayoutSource(fixture.dir, 'std'), await openLocalTarget(`oci:${dir}:v1`));
      assert.equal(written, `oci:${dir}:v1@${fixture.manifestDigest}`);
      assertTreesEqual(expected, await unpackWithSkopeo(`oci:${dir}:v1`), 'oci layout target');
    });
    it('commit replaces the entry with the same ref.name and keeps the others', async () => {
      const dir = join(work, 'retag');
      await copyImage(await openOciLayoutSource(fixture.dir, 'std'), await openOciLayoutTarget(dir, 'one'));
      await copyImage(await openOciLayoutSource(index.dir, 'multi'), await openOciLayoutTarget(dir, 'two'));
      await copyImage(await openOciLayoutSource(index.dir, 'multi'), await openOciLayoutTarget(dir, 'one'));
      const layoutIndex = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as {
        manifests: { digest: string; annotations: Record<string, string> }[];
      };
      assert.deepEqual(
        layoutIndex.manifests.map((d) => [d.annotations['org.opencontainers.image.ref.name'], d.digest]),
        [
          ['two', index.manifestDigest],
          ['one', index.manifestDigest],
        ],
      );
    });
    it('an index is copied with its children and attestation, digests unchanged', async () => {
      const dir = join(work, 'index');
      await copyImage(await openOciLayoutSource(index.dir, 'multi'), await openOciLayoutTarget(dir, 'multi'));
      const { stdout } = await run('skopeo', ['inspect', '--raw', `oci:${dir}:multi`]);
      assert.equal(stdout.trim(), (await readFile(join(index.dir, 'blobs', 'sha256', index.manifestDigest.slice(7)), 'utf8')).trim());
      const arm = index.images[1];
      assert.ok(arm?.platform);
      assertTreesEqual(
        await applyLayers(arm.layers.map((layer) => layer.tar)),
        await unpackWithSkopeo(`oci:${dir}:multi`, { platform: arm.platform }),
        'arm64 child',
      );
    });
    it('abort leaves an existing layout exactly as it was', async () => {
      const dir = join(work, 'abort');
      await copyImage(await openOciLayoutSource(fixture.dir, 'std'), await openOciLayoutTarget(dir, 'keep'));
      const before = { index: await readFile(join(dir, 'index.json'), 'utf8'), blobs: await readdir(join(dir, 'blobs', 'sha256')) };
      const target = await openOciLayoutTarget(dir, 'new');
      const source = await openOciLayoutSource(index.dir, 'multi');
      const arm = index.images[1];
      assert.ok(arm);
      for (const layer of arm.layers) await target.putBlob(layer.descriptor, () => source.getBlob(layer.descriptor));
      await target.putManifest(arm.manifest);
      await target.abort();
      assert.equal(await readFile(join(dir, 'index.json'), 'utf8'), before.index);
      assert.deepEqual((await readdir(join(dir, 'blobs', 'sha256'))).sort(), before.blobs.sort());
    });
    it('a blob that does not match its descriptor is refused and leaves nothing behind', async () => {
      const dir = join(work, 'refuse');
      const target = await openOciLayoutTarget(dir, 'x');
      const layer = fixture.images[0]?.layers[1]?.descriptor;
      assert.ok(layer);
      const { Readable } = await import('node:stream');
      await assert.rejects(
        target.putBlob(layer, () => Readable.from([Buffer.alloc(layer.size)])),
        isKind('content', /digest mismatch/),
      );
      assert.deepEqual(await readdir(join(dir, 'blobs', 'sha256')), []);
      assert.equal(await target.hasBlob(layer), false);
      await target.abort();
      await assert.rejects(readdir(dir), /ENOENT/, 'a layout the target created is removed on abort');
    });
  });

  describe('oci-archive is a tar of an OCI layout', () => {
    it('written archives are read by skopeo and by our source, digests unchanged', async () => {
      const file = join(work, 'image.oci.tar');
      const written = await copyImage(await openOciLayoutSource(fixture.dir, 'std'), await openLocalTarget(`oci-archive:${file}:v1`));
      assert.equal(written, `oci-archive:${file}:v1@${fixture.manifestDigest}`);
      assertTreesEqual(expected, await unpackWithSkopeo(`oci-archive:${file}:v1`), 'oci-archive target');
      const source = await openOciArchiveSource(file, 'v1');
      assert.equal((await source.getRootManifest()).digest, fixture.manifestDigest);
      await source.close();
      // a second tag in the same archive keeps the first
      await copyImage(await openLocalSource(`oci:${index.dir}:multi`), await openLocalTarget(`oci-archive:${file}:v2`));
      const reread = await openOciArchiveSource(file, 'v1');
      assert.equal((await reread.getRootManifest()).digest, fixture.manifestDigest);
      await reread.close();
      assert.deepEqual(
        (await readdir(work)).filter((name) => name.includes('staging') || name.includes('.tmp-')),
        [],
      );
    });
  });

  describe('docker-archive is what docker save writes', () => {
    it('skopeo reads the archive, its layers hash to the config diff_ids, and it unpacks to the same tree', async () => {
      const file = join(work, 'image.docker.tar');
      await copyImage(await openOciLayoutSource(fixture.dir, 'std'), await openLocalTarget(`docker-archive:${file}:example/app:v1`));
      const { stdout } = await run('skopeo', ['inspect', `docker-archive:${file}`]);
      const inspected = JSON.parse(stdout) as { Layers: string[]; RepoTags: string[] };
      assert.deepEqual(
        inspected.Layers,
        fixture.images[0]?.layers.map((layer) => layer.diffId),
      );
      const listing = await run('tar', ['-tf', file]);
      assert.match(listing.stdout, /^manifest\.json$/m);
      const manifest = JSON.parse((await run('tar', ['-xOf', file, 'manifest.json'])).stdout) as { RepoTags: string[] }[];
      assert.deepEqual(manifest[0]?.RepoTags, ['example/app:v1']);
      assertTreesEqual(expected, await unpackWithSkopeo(`docker-archive:${file}`), 'docker-archive target');
    });
    it('an index is refused with a hint to pick a platform', async () => {
      const target = await openDockerArchiveTarget(join(work, 'multi.docker.tar'), 'x:y');
      const root = await (await openOciLayoutSource(index.dir, 'multi')).getRootManifest();
      await assert.rejects(
        target.commit(root),
        (error: unknown) =>
          isKind('usage', /one image, not a multi-platform index/)(error) && /options\.platforms/.test((error as FlattenError).hint ?? ''),
      );
      await target.abort();
    });
  });
});
