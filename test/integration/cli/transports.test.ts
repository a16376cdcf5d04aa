import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCliOk } from '../../helpers/cli.ts';
import { buildImageLayout, pushFixture, standardFixture, standardIndexFixture, type FixtureLayout } from '../../helpers/fixture-image.ts';
import { unpackLayout, unpackRegistryImage, unpackWithSkopeo } from '../../helpers/independent-unpack.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { run } from '../../helpers/run.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';
import type { Tree } from '../../helpers/tree-types.ts';

interface LayoutIndex {
  manifests: { mediaType: string; digest: string; annotations?: Record<string, string> }[];
}

const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

async function readLayoutBlob(dir: string, digest: string): Promise<Buffer> {
  return readFile(join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)));
}

/** The manifest a layout's tag points at, with its digest checked against its bytes. */
async function layoutRoot(dir: string, tag: string): Promise<{ digest: string; json: Record<string, unknown> }> {
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as LayoutIndex;
  const entry = index.manifests.find((d) => d.annotations?.['org.opencontainers.image.ref.name'] === tag);
  assert.ok(entry, `${dir} has tag ${tag}`);
  const bytes = await readLayoutBlob(dir, entry.digest);
  assert.equal(sha256(bytes), entry.digest);
  return { digest: entry.digest, json: JSON.parse(bytes.toString()) as Record<string, unknown> };
}

const written = (stdout: string, target: string): string => {
  const match = new RegExp(`^${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}@(sha256:[a-f0-9]{64})\\n$`).exec(stdout);
  assert.ok(match, `stdout is "${target}@sha256:…", got ${JSON.stringify(stdout)}`);
  return match[1] as string;
};

describe('transports: any source to any target, each result equal to its source unpacked', () => {
  let registry: RegistryServer;
  let work: string;
  let single: FixtureLayout;
  let multi: FixtureLayout;
  let sourceRef: string;
  let expected: Tree;

  before(async () => {
    registry = await startRegistry();
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-cli-transports-'));
    single = await buildImageLayout(await standardFixture(), 'std');
    multi = await buildImageLayout(await standardIndexFixture(), 'multi');
    sourceRef = (await pushFixture(single, registry.host, 'src/std', 'v1')).reference;
    // The source as the independent unpacker (skopeo + umoci) sees it.
    expected = await unpackLayout(single.dir, 'std');
  });
  after(async () => {
    await registry?.stop();
    await single?.cleanup();
    await multi?.cleanup();
    await rm(work, { recursive: true, force: true });
  });

  it('registry -> oci: a one-layer OCI image in the layout, tagged, equal to the source', async () => {
    const target = `oci:${join(work, 'reg-to-oci')}:flat`;
    const digest = written((await runCliOk([sourceRef, '--to', target, '-q'])).stdout, target);
    const root = await layoutRoot(join(work, 'reg-to-oci'), 'flat');
    assert.equal(root.digest, digest);
    assert.equal(root.json.mediaType, 'application/vnd.oci.image.manifest.v1+json');
    assert.equal((root.json.layers as unknown[]).length, 1);
    assertTreesEqual(expected, await unpackLayout(join(work, 'reg-to-oci'), 'flat'), 'registry -> oci');
  });

  it('oci -> registry: pushed and tagged, the printed digest is what the registry serves', async () => {
    const target = `${registry.host}/flat/std:v1`;
    const digest = written((await runCliOk([`oci:${single.dir}:std`, '--to', target, '-q'])).stdout, target);
    const raw = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${target}`]);
    assert.equal(sha256(Buffer.from(raw.stdout)), digest);
    assert.equal((JSON.parse(raw.stdout) as { layers: unknown[] }).layers.length, 1);
    assertTreesEqual(expected, await unpackRegistryImage(target), 'oci -> registry');
  });

  it('registry -> docker-archive: skopeo reads it back and each layer file hashes to its manifest entry', async () => {
    const file = join(work, 'flat.tar');
    const target = `docker-archive:${file}:flat/std:v1`;
    // No @digest (the archive holds no manifest): the image ID docker load and docker images show.
    const stdout = (await runCliOk([sourceRef, '--to', target, '-q'])).stdout;
    const imageId = new RegExp(`^${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(image ID (sha256:[a-f0-9]{64})\\)\\n$`).exec(
      stdout,
    )?.[1];
    assert.ok(imageId !== undefined, stdout);
    const inspected = JSON.parse((await run('skopeo', ['inspect', `docker-archive:${file}`])).stdout) as {
      Layers: string[];
      RepoTags?: string[];
    };
    const manifest = JSON.parse((await run('tar', ['-xOf', file, 'manifest.json'])).stdout) as {
      Config: string;
      Layers: string[];
      RepoTags: string[];
    }[];
    assert.equal(manifest.length, 1);
    const [entry] = manifest as [(typeof manifest)[0]];
    assert.deepEqual(entry.RepoTags, ['flat/std:v1']);
    assert.equal(entry.Layers.length, 1);
    const config = JSON.parse((await run('tar', ['-xOf', file, entry.Config])).stdout) as { rootfs: { diff_ids: string[] } };
    assert.equal(imageId, `sha256:${entry.Config.replace(/\.json$/, '')}`, 'the image ID is the config digest');
    const raw = JSON.parse((await run('skopeo', ['inspect', '--raw', `docker-archive:${file}`])).stdout) as { config: { digest: string } };
    assert.equal(raw.config.digest, imageId, 'as skopeo reads the archive');
    const layerDigests: string[] = [];
    for (const name of entry.Layers) {
      const bytes = (await run('sh', ['-c', `tar -xOf "$1" "$2" | sha256sum`, 'sh', file, name])).stdout.split(' ')[0];
      layerDigests.push(`sha256:${bytes}`);
    }
    assert.deepEqual(layerDigests, config.rootfs.diff_ids, 'each layer file hashes to its diff_id');
    assert.deepEqual(inspected.Layers, layerDigests, 'skopeo inspect lists the layers manifest.json names');
    assertTreesEqual(expected, await unpackWithSkopeo(`docker-archive:${file}`), 'registry -> docker-archive');
  });

  it('oci -> oci: a new layout beside the source, the source layout unchanged', async () => {
    const before = await readFile(join(single.dir, 'index.json'));
    const target = `oci:${join(work, 'oci-to-oci')}:flat`;
    written((await runCliOk([`oci:${single.dir}:std`, '--to', target, '-q'])).stdout, target);
    assert.deepEqual(await readFile(join(single.dir, 'index.json')), before);
    assertTreesEqual(expected, await unpackLayout(join(work, 'oci-to-oci'), 'flat'), 'oci -> oci');
  });

  it('index -> oci: an index of flattened images, one per platform, each equal to its source platform', async () => {
    const dir = join(work, 'index-to-oci');
    const target = `oci:${dir}:multi`;
    written((await runCliOk([`oci:${multi.dir}:multi`, '--to', target, '-q'])).stdout, target);
    const root = await layoutRoot(dir, 'multi');
    assert.equal(root.json.mediaType, 'application/vnd.oci.image.index.v1+json');
    const children = root.json.manifests as { platform: { os: string; architecture: string; variant?: string }; digest: string }[];
    assert.deepEqual(
      children.map((c) => c.platform),
      multi.images.map((image) => image.platform),
      'the platforms, in order; the attestation is gone',
    );
    for (const child of children) {
      const manifest = JSON.parse((await readLayoutBlob(dir, child.digest)).toString()) as { layers: unknown[] };
      assert.equal(manifest.layers.length, 1);
      assertTreesEqual(
        await unpackLayout(multi.dir, 'multi', { platform: child.platform }),
        await unpackLayout(dir, 'multi', { platform: child.platform }),
        `index -> oci, ${child.platform.architecture}`,
      );
    }
  });
});
