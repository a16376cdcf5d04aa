import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, runCliOk } from '../../helpers/cli.ts';
import { buildImageLayout, pushFixture, tarOf, type FixtureImageSpec } from '../../helpers/fixture-image.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { fetchManifest, tagsOf } from './registry-state.ts';

/**
 * containerd refuses an image whose layer does not hash to its config's diff_id; so does a flatten
 * (exit 5), before anything is tagged in the target.
 */

const LIE = `sha256:${'0'.repeat(64)}`;

async function threeLayers(): Promise<{ spec: (lie: number) => FixtureImageSpec; trueDiffIds: string[] }> {
  const tars = [
    await tarOf([
      { path: 'etc', type: 'dir' },
      { path: 'etc/base', content: 'base\n' },
    ]),
    await tarOf([
      { path: 'etc', type: 'dir' },
      { path: 'etc/middle', content: 'middle\n' },
    ]),
    await tarOf([
      { path: 'etc', type: 'dir' },
      { path: 'etc/top', content: 'top\n' },
    ]),
  ];
  const { createHash } = await import('node:crypto');
  const trueDiffIds = tars.map((tar) => `sha256:${createHash('sha256').update(tar).digest('hex')}`);
  return {
    trueDiffIds,
    spec: (lie) => ({ layers: tars, diffIds: (ids) => ids.map((id, i) => (i === lie ? LIE : id)) }),
  };
}

const errorLine = (stderr: string): string => {
  const lines = stderr.split('\n').filter((line) => line.startsWith('flatten: '));
  assert.equal(lines.length, 1, stderr);
  return lines[0] as string;
};

interface LayoutIndex {
  manifests: { digest: string; annotations?: Record<string, string> }[];
}

describe('diff_id check: a layer whose uncompressed sha256 is not its config diff_id fails the run (exit 5)', () => {
  let registry: RegistryServer;
  let work: string;
  let fixture: Awaited<ReturnType<typeof threeLayers>>;

  before(async () => {
    registry = await startRegistry();
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-diff-id-'));
    fixture = await threeLayers();
  });
  after(async () => {
    await registry?.stop();
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it('registry to registry: one line names the image, the layer index and digest, both diff_ids; the target tag keeps what it named', async () => {
    const host = registry.host;
    const layout = await buildImageLayout(fixture.spec(1), 'lie');
    const layerDigest = layout.images[0]?.layers[1]?.descriptor.digest as string;
    try {
      const source = (await pushFixture(layout, host, 'lie/app', 'v1')).reference;
      // The target tag already names a good image: a failed run must leave it there.
      const good = await pushFixture(fixture.spec(-1), host, 'lie/app', 'flat');
      const result = await runCli([source, '--to', `${host}/lie/app:flat`]);
      assert.equal(result.code, 5, result.stderr);
      const line = errorLine(result.stderr);
      assert.ok(line.includes(`${host}/lie/app:v1`), line);
      assert.ok(line.includes(`layer 1 (${layerDigest})`), line);
      assert.ok(line.includes(`rootfs.diff_ids[1] is ${LIE}`), line);
      assert.ok(line.includes(`diff_id ${fixture.trueDiffIds[1]}`), line);
      assert.equal(result.stdout, '');
      assert.equal((await fetchManifest(host, 'lie/app', 'flat')).digest, good.digest, 'the target tag is unchanged');
      assert.deepEqual((await tagsOf(host, 'lie/app'))?.sort(), ['flat', 'v1']);

      const fresh = await runCli([source, '--to', `${host}/lie/new:flat`]);
      assert.equal(fresh.code, 5, fresh.stderr);
      assert.deepEqual((await tagsOf(host, 'lie/new')) ?? [], [], 'no tag written to a new repository');
    } finally {
      await layout.cleanup();
    }
  });

  it('OCI layout to OCI layout, the newest layer lying: exit 5, no tag in the target layout; inspect fails the same way', async () => {
    const layout = await buildImageLayout(fixture.spec(2), 'lie');
    try {
      const target = join(work, 'layout-out');
      const result = await runCli([`oci:${layout.dir}:lie`, '--to', `oci:${target}:flat`]);
      assert.equal(result.code, 5, result.stderr);
      const line = errorLine(result.stderr);
      assert.match(line, /layer 2 \(sha256:[0-9a-f]{64}\)/);
      assert.ok(line.includes(`is ${LIE}`) && line.includes(fixture.trueDiffIds[2] as string), line);
      const index = await readFile(join(target, 'index.json'), 'utf8').then(
        (text) => JSON.parse(text) as LayoutIndex,
        () => undefined,
      );
      const tags = (index?.manifests ?? []).map((m) => m.annotations?.['org.opencontainers.image.ref.name']);
      assert.deepEqual(tags, [], 'no tag in the target layout');
      // inspect reads every layer too, and says the same
      const inspected = await runCli(['inspect', `oci:${layout.dir}:lie`]);
      assert.equal(inspected.code, 5, inspected.stderr);
      assert.ok(errorLine(inspected.stderr).includes(`rootfs.diff_ids[2] is ${LIE}`), inspected.stderr);
    } finally {
      await layout.cleanup();
    }
  });

  it('a kept base layer (--keep-base) is checked too', async () => {
    const layout = await buildImageLayout(fixture.spec(0), 'lie');
    try {
      const result = await runCli([`oci:${layout.dir}:lie`, '--to', `oci:${join(work, 'kept-out')}:flat`, '--keep-base', '1']);
      assert.equal(result.code, 5, result.stderr);
      assert.ok(errorLine(result.stderr).includes(`layer 0 (${layout.images[0]?.layers[0]?.descriptor.digest})`), result.stderr);
    } finally {
      await layout.cleanup();
    }
  });

  it('a config with more diff_ids than layers: exit 5 naming both counts', async () => {
    const layout = await buildImageLayout({ ...fixture.spec(-1), diffIds: (ids) => [...ids, LIE] }, 'extra');
    try {
      const result = await runCli([`oci:${layout.dir}:extra`, '--to', `oci:${join(work, 'extra-out')}:flat`]);
      assert.equal(result.code, 5, result.stderr);
      assert.match(errorLine(result.stderr), /config lists 4 diff_ids but the manifest has 3 layers/);
    } finally {
      await layout.cleanup();
    }
  });

  it('the same image with true diff_ids flattens (the check does not refuse good images)', async () => {
    const layout = await buildImageLayout(fixture.spec(-1), 'good');
    try {
      const result = await runCliOk([`oci:${layout.dir}:good`, '--to', `oci:${join(work, 'good-out')}:flat`, '--keep-base', '1']);
      assert.match(result.stdout, /@sha256:[0-9a-f]{64}\n$/);
    } finally {
      await layout.cleanup();
    }
  });
});
