import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Platform } from '../../../src/image/types.ts';
import { runCliOk } from '../../helpers/cli.ts';
import { buildImageLayout, pushFixture, standardFixture, standardIndexFixture, type FixtureLayout } from '../../helpers/fixture-image.ts';
import { unpackLayout, unpackRegistryImage } from '../../helpers/independent-unpack.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';
import type { Tree } from '../../helpers/tree-types.ts';
import { fetchBlobJson, fetchManifest, type FetchedManifest } from '../cli/registry-state.ts';

const OCI = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
};
const DOCKER = {
  index: 'application/vnd.docker.distribution.manifest.list.v2+json',
  manifest: 'application/vnd.docker.distribution.manifest.v2+json',
  config: 'application/vnd.docker.container.image.v1+json',
  layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};

const AMD64: Platform = { os: 'linux', architecture: 'amd64' };
const ARM64: Platform = { os: 'linux', architecture: 'arm64', variant: 'v8' };
const key = (p: Platform): string => [p.os, p.architecture, p.variant].filter(Boolean).join('/');

interface Written {
  root: FetchedManifest;
  /** The image manifests: the index's children in order, or the root itself. */
  images: FetchedManifest[];
}

/** Fetch what a run wrote, children of an index included, straight from the registry. */
async function readWritten(host: string, repo: string, tag: string): Promise<Written> {
  const root = await fetchManifest(host, repo, tag);
  if (root.json.manifests === undefined) return { root, images: [root] };
  const images: FetchedManifest[] = [];
  for (const child of root.json.manifests as { digest: string }[]) images.push(await fetchManifest(host, repo, child.digest));
  return { root, images };
}

/**
 * Every media type the written image names (index, children, configs, layers) is of one family,
 * and the Content-Type the registry serves agrees with the documents.
 */
function assertFamily(written: Written, family: typeof OCI): void {
  const isIndex = written.root.json.manifests !== undefined;
  assert.equal(written.root.json.mediaType, isIndex ? family.index : family.manifest);
  assert.equal(written.root.mediaType, written.root.json.mediaType);
  if (isIndex) {
    for (const child of written.root.json.manifests as { mediaType: string }[]) assert.equal(child.mediaType, family.manifest);
  }
  for (const image of written.images) {
    assert.equal(image.json.mediaType, family.manifest);
    assert.equal(image.json.config.mediaType, family.config);
    for (const layer of image.json.layers as { mediaType: string }[]) assert.equal(layer.mediaType, family.layer);
  }
}

describe('indexes and both manifest families', () => {
  let registry: RegistryServer;
  let ociIndex: FixtureLayout;
  let expected: Map<string, Tree>;
  let host: string;

  before(async () => {
    registry = await startRegistry();
    host = registry.host;
    const indexSpec = await standardIndexFixture();
    ociIndex = await buildImageLayout(indexSpec, 'multi');
    await pushFixture(ociIndex, host, 'src/oci-index', 'v1');
    // buildx never puts an attestation in a Docker manifest list; neither do we.
    await pushFixture({ ...indexSpec, attestation: false }, host, 'src/docker-list', 'v1', { format: 'v2s2' });
    await pushFixture(await standardFixture(), host, 'src/docker-image', 'v1', { format: 'v2s2' });
    // Each platform's source tree, as the independent unpacker sees it.
    expected = new Map();
    for (const platform of [AMD64, ARM64]) expected.set(key(platform), await unpackLayout(ociIndex.dir, 'multi', { platform }));
    assert.ok(
      (expected.get(key(ARM64))?.has('etc/arch') ?? false) && !(expected.get(key(AMD64))?.has('etc/arch') ?? true),
      'the platforms hold different files',
    );
  });
  after(async () => {
    await registry?.stop();
    await ociIndex?.cleanup();
  });

  const assertPlatformTrees = async (reference: string, platforms: Platform[]): Promise<void> => {
    for (const platform of platforms) {
      assertTreesEqual(
        expected.get(key(platform)) ?? new Map(),
        await unpackRegistryImage(reference, { platform }),
        `${reference} ${key(platform)}`,
      );
    }
  };

  describe('an OCI index stays an OCI index: every platform flattened, in order, annotations kept', () => {
    it('flattens both platforms, drops the attestation with a note, keeps platforms, order and annotations', async () => {
      const result = await runCliOk([`${host}/src/oci-index:v1`, '--to', `${host}/out/oci-index:v1`]);
      const source = await fetchManifest(host, 'src/oci-index', 'v1');
      const written = await readWritten(host, 'out/oci-index', 'v1');
      assertFamily(written, OCI);
      const sourceChildren = (source.json.manifests as { platform: Platform; annotations?: Record<string, string> }[]).filter(
        (d) => d.platform.architecture !== 'unknown',
      );
      const children = written.root.json.manifests as { platform: Platform; annotations?: Record<string, string> }[];
      assert.deepEqual(
        children.map((d) => d.platform),
        sourceChildren.map((d) => d.platform),
      );
      assert.deepEqual(
        children.map((d) => d.annotations),
        sourceChildren.map((d) => d.annotations),
      );
      assert.deepEqual(written.root.json.annotations, source.json.annotations);
      assert.equal(children.length, 2, 'the attestation manifest is not in the result');
      assert.match(
        result.stderr,
        new RegExp(`^note: attestation manifest ${ociIndex.attestationDigest} is not copied into the new index`, 'm'),
      );
      for (const [i, image] of written.images.entries()) {
        assert.equal(image.json.layers.length, 1);
        const sourceManifest = JSON.parse(Buffer.from(ociIndex.images[i]?.manifest.bytes ?? []).toString()) as { annotations?: unknown };
        assert.ok(sourceManifest.annotations !== undefined, 'the source manifests carry annotations');
        assert.deepEqual(image.json.annotations, sourceManifest.annotations, 'manifest annotations kept');
      }
      await assertPlatformTrees(`${host}/out/oci-index:v1`, [AMD64, ARM64]);
    });
  });

  describe('Docker schema2 stays Docker schema2', () => {
    it('a Docker manifest list: a Docker manifest list of Docker images, each platform equal to its source', async () => {
      await runCliOk([`${host}/src/docker-list:v1`, '--to', `${host}/out/docker-list:v1`, '-q']);
      const written = await readWritten(host, 'out/docker-list', 'v1');
      const source = await fetchManifest(host, 'src/docker-list', 'v1');
      assertFamily(written, DOCKER);
      assert.deepEqual(
        (written.root.json.manifests as { platform: Platform }[]).map((d) => d.platform),
        (source.json.manifests as { platform: Platform }[]).map((d) => d.platform),
      );
      await assertPlatformTrees(`${host}/out/docker-list:v1`, [AMD64, ARM64]);
    });

    it('a Docker schema2 image: a Docker schema2 image with a Docker config', async () => {
      await runCliOk([`${host}/src/docker-image:v1`, '--to', `${host}/out/docker-image:v1`, '-q']);
      const written = await readWritten(host, 'out/docker-image', 'v1');
      assertFamily(written, DOCKER);
      assert.equal(written.root.json.annotations, undefined, 'schema2 has no annotations field');
      await assertPlatformTrees(`${host}/out/docker-image:v1`, [AMD64]);
    });
  });

  describe('--format converts the whole image, never a mix', () => {
    it('--format oci turns a Docker manifest list into an OCI index of OCI images', async () => {
      await runCliOk([`${host}/src/docker-list:v1`, '--to', `${host}/out/list-as-oci:v1`, '--format', 'oci', '-q']);
      const written = await readWritten(host, 'out/list-as-oci', 'v1');
      assertFamily(written, OCI);
      await assertPlatformTrees(`${host}/out/list-as-oci:v1`, [ARM64]);
    });

    it('--format docker turns an OCI index into a Docker manifest list of Docker images', async () => {
      await runCliOk([`${host}/src/oci-index:v1`, '--to', `${host}/out/index-as-docker:v1`, '--format', 'docker', '-q']);
      const written = await readWritten(host, 'out/index-as-docker', 'v1');
      assertFamily(written, DOCKER);
      await assertPlatformTrees(`${host}/out/index-as-docker:v1`, [AMD64]);
    });

    it("--format naming the source's own family gives the same image as the default", async () => {
      const a = await runCliOk([`${host}/src/docker-image:v1`, '--to', `${host}/out/same-a:v1`, '-q']);
      const b = await runCliOk([`${host}/src/docker-image:v1`, '--to', `${host}/out/same-b:v1`, '--format', 'docker', '-q']);
      assert.equal(a.stdout.split('@')[1], b.stdout.split('@')[1], "the default format is the source's");
    });
  });

  describe('--platform selects platforms; one alone writes a plain image unless --keep-index', () => {
    it('one platform: a plain image manifest, equal to that platform', async () => {
      await runCliOk([`${host}/src/oci-index:v1`, '--to', `${host}/out/arm-only:v1`, '--platform', 'linux/arm64', '-q']);
      const written = await readWritten(host, 'out/arm-only', 'v1');
      assert.equal(written.root.json.mediaType, OCI.manifest);
      assertFamily(written, OCI);
      const config = await fetchBlobJson(host, 'out/arm-only', written.root.json.config.digest);
      assert.equal(config.architecture, 'arm64');
      assertTreesEqual(expected.get(key(ARM64)) ?? new Map(), await unpackRegistryImage(`${host}/out/arm-only:v1`), 'arm64 alone');
    });

    it('two platforms named in any order: an index of both, in the source order', async () => {
      await runCliOk([
        `${host}/src/docker-list:v1`,
        '--to',
        `${host}/out/both:v1`,
        '--platform',
        'linux/arm64/v8',
        '--platform',
        'linux/amd64',
        '-q',
      ]);
      const written = await readWritten(host, 'out/both', 'v1');
      assertFamily(written, DOCKER);
      assert.deepEqual(
        (written.root.json.manifests as { platform: Platform }[]).map((d) => key(d.platform)),
        [key(AMD64), key(ARM64)],
      );
    });

    it('one platform with --keep-index: an index holding just that platform, annotations kept', async () => {
      const json = JSON.parse(
        (
          await runCliOk([
            `${host}/src/oci-index:v1`,
            '--to',
            `${host}/out/amd-index:v1`,
            '--platform',
            'linux/amd64',
            '--keep-index',
            '--json',
          ])
        ).stdout,
      ) as { dropped: { reason: string }[] };
      const written = await readWritten(host, 'out/amd-index', 'v1');
      assertFamily(written, OCI);
      assert.deepEqual(
        (written.root.json.manifests as { platform: Platform }[]).map((d) => d.platform),
        [AMD64],
      );
      assert.equal(written.root.json.annotations?.['org.opencontainers.image.description'], 'standard index fixture');
      assert.deepEqual(json.dropped.map((d) => d.reason).sort(), ['attestation', 'platform linux/arm64/v8 not selected']);
      await assertPlatformTrees(`${host}/out/amd-index:v1`, [AMD64]);
    });
  });
});
