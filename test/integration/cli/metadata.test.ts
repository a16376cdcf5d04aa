import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runCliJson, runCliOk } from '../../helpers/cli.ts';
import { buildImageLayout, pushFixture, standardFixture, standardIndexFixture, type FixtureLayout } from '../../helpers/fixture-image.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import type { FlattenJson } from './expected.ts';
import { fetchBlobJson, fetchManifest } from './registry-state.ts';

interface Config {
  created?: string;
  config: { Labels?: Record<string, string> };
  rootfs: { diff_ids: string[] };
  history: { created?: string; created_by?: string; empty_layer?: boolean }[];
  [key: string]: unknown;
}

describe('created time, labels and annotations; the same source gives the same digest', () => {
  let registry: RegistryServer;
  let host: string;
  let single: FixtureLayout;
  let multi: FixtureLayout;
  let sourceConfig: Config;

  before(async () => {
    registry = await startRegistry();
    host = registry.host;
    single = await buildImageLayout(await standardFixture(), 'std');
    multi = await buildImageLayout(await standardIndexFixture(), 'multi');
    await pushFixture(single, host, 'src/std', 'v1');
    await pushFixture(multi, host, 'src/multi', 'v1');
    sourceConfig = single.images[0]?.config as Config;
  });
  after(async () => {
    await registry?.stop();
    await single?.cleanup();
    await multi?.cleanup();
  });

  /** Flatten src/std to out/REPO:v1 and read back the written config and manifest. */
  const flattenTo = async (repo: string, args: string[] = [], env: Record<string, string> = {}) => {
    await runCliOk([`${host}/src/std:v1`, '--to', `${host}/out/${repo}:v1`, '-q', ...args], { env });
    const manifest = await fetchManifest(host, `out/${repo}`, 'v1');
    const config = (await fetchBlobJson(host, `out/${repo}`, manifest.json.config.digest)) as Config;
    return { manifest, config };
  };

  /** The config without what a flatten may change. */
  const unchangedPart = (config: Config, without: string[] = []): Record<string, unknown> => {
    const { rootfs: _r, history: _h, ...rest } = structuredClone(config);
    for (const field of without) delete rest[field];
    return rest;
  };

  describe("created: the source's by default, --created, SOURCE_DATE_EPOCH", () => {
    it("by default the config and the appended history entry keep the source's time; the rest of the config is untouched", async () => {
      const { config } = await flattenTo('default');
      assert.equal(config.created, sourceConfig.created);
      assert.equal(config.history.at(-1)?.created, sourceConfig.created);
      assert.deepEqual(unchangedPart(config), unchangedPart(sourceConfig), 'every other field, known or not, as it was');
    });

    it('--created TIME sets config.created and the appended entry; older entries keep theirs', async () => {
      const { config } = await flattenTo('created', ['--created', '2030-01-02T03:04:05Z']);
      assert.equal(config.created, '2030-01-02T03:04:05Z');
      assert.equal(config.history.at(-1)?.created, '2030-01-02T03:04:05Z');
      assert.deepEqual(
        config.history.slice(0, -1).map((e) => e.created),
        sourceConfig.history.map((e) => e.created),
      );
      assert.deepEqual(unchangedPart(config, ['created']), unchangedPart(sourceConfig, ['created']));
    });

    it('SOURCE_DATE_EPOCH sets the time when --created is absent; --created wins over it', async () => {
      const epoch = await flattenTo('epoch', [], { SOURCE_DATE_EPOCH: '1700000000' });
      assert.equal(epoch.config.created, '2023-11-14T22:13:20Z');
      assert.equal(epoch.config.history.at(-1)?.created, '2023-11-14T22:13:20Z');
      const both = await flattenTo('epoch-and-created', ['--created', '2031-05-06T07:08:09Z'], { SOURCE_DATE_EPOCH: '1700000000' });
      assert.equal(both.config.created, '2031-05-06T07:08:09Z');
    });

    it('--created now is the time of the run', async () => {
      const start = Date.now() - 2000;
      const { config } = await flattenTo('now', ['--created', 'now']);
      const created = Date.parse(config.created ?? '');
      assert.ok(created >= start && created <= Date.now() + 2000, `created ${config.created}`);
    });
  });

  describe('--label and --annotation mark the result', () => {
    it('--label adds to the config labels and replaces one of the same key; nothing else changes', async () => {
      const { config } = await flattenTo('labels', ['--label', 'org.example.flattened=true', '--label', 'org.example.fixture=changed']);
      assert.deepEqual(config.config.Labels, {
        ...sourceConfig.config.Labels,
        'org.example.flattened': 'true',
        'org.example.fixture': 'changed',
      });
      const strip = (c: Config) => {
        const copy = unchangedPart(c) as { config: Record<string, unknown> };
        delete copy.config.Labels;
        return copy;
      };
      assert.deepEqual(strip(config), strip(sourceConfig));
    });

    it("--annotation adds to the manifest annotations, keeping the source's", async () => {
      const { manifest } = await flattenTo('annotated', ['--annotation', 'org.example.flattened=yes']);
      assert.deepEqual(manifest.json.annotations, { 'org.opencontainers.image.title': 'standard fixture', 'org.example.flattened': 'yes' });
    });

    it("on an index, --annotation marks the index and each platform's manifest", async () => {
      await runCliOk([`${host}/src/multi:v1`, '--to', `${host}/out/multi-annotated:v1`, '-q', '--annotation', 'org.example.flattened=yes']);
      const index = await fetchManifest(host, 'out/multi-annotated', 'v1');
      assert.equal(index.json.annotations['org.example.flattened'], 'yes');
      assert.equal(index.json.annotations['org.opencontainers.image.description'], 'standard index fixture');
      for (const child of index.json.manifests as { digest: string }[]) {
        const manifest = await fetchManifest(host, 'out/multi-annotated', child.digest);
        assert.equal(manifest.json.annotations['org.example.flattened'], 'yes');
      }
    });
  });

  describe('reproducible: flattening the same source twice gives the same digest', () => {
    it('an image, to two tags and to an OCI layout', async () => {
      const a = await runCliJson<FlattenJson>([`${host}/src/std:v1`, '--to', `${host}/out/repro:a`]);
      const b = await runCliJson<FlattenJson>([`${host}/src/std:v1`, '--to', `${host}/out/repro-other:b`]);
      assert.equal(a.digest, b.digest);
      assert.equal(a.platforms[0]?.mergedLayer?.digest, b.platforms[0]?.mergedLayer?.digest);
      const c = await runCliJson<FlattenJson>([`oci:${single.dir}:std`, '--to', `${host}/out/repro-from-layout:c`]);
      assert.equal(c.digest, a.digest, 'the same image read from its layout');
    });

    it('an index, every platform and the index itself', async () => {
      const a = await runCliJson<FlattenJson>([`${host}/src/multi:v1`, '--to', `${host}/out/repro-multi:a`]);
      const b = await runCliJson<FlattenJson>([`${host}/src/multi:v1`, '--to', `${host}/out/repro-multi:b`]);
      assert.equal(a.digest, b.digest);
      assert.deepEqual(
        a.platforms.map((p) => p.digest),
        b.platforms.map((p) => p.digest),
      );
      // Different options give a different image: the digest is not a constant.
      const c = await runCliJson<FlattenJson>([
        `${host}/src/multi:v1`,
        '--to',
        `${host}/out/repro-multi:c`,
        '--created',
        '2030-01-01T00:00:00Z',
      ]);
      assert.notEqual(c.digest, a.digest);
    });
  });
});
