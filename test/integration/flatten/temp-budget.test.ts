/**
 * --temp-budget (docs/temp-budget.md): spooled bytes never exceed the budget, whatever the image.
 * Every layer here is larger than a 1 MiB budget, so none is spooled: each streams into the merge
 * when its turn comes, and every read after the first fetches the blob again from the source. The
 * image needs the second reads there are: a hard link whose target comes earlier in its layer and
 * is hidden by a newer layer (reread.ts), and a path twice in one layer whose first copy the merge
 * had written (duplicates.ts: a headers-only read, then a new merge run). A proxy in front of the
 * real registry counts the blob fetches; the temp dir is sampled while the run goes.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../helpers/cli.ts';
import { type FaultProxy, startFaultProxy } from '../../helpers/fault-proxy.ts';
import { pushFixture, tarOf } from '../../helpers/fixture-image.ts';
import { unpackLayout, unpackRegistryImage } from '../../helpers/independent-unpack.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';
import { MARKER } from '../../../src/pipeline/owned-dirs.ts';
import { JOURNAL } from '../../../src/pipeline/upload-journal.ts';

interface FlattenJson {
  digest: string;
  tempBytes: number;
  tempBudget: number | null;
  refetches: number;
}

const BUDGET = 1024 * 1024;
/** Incompressible text: each layer is well over 1 MiB compressed. */
const noise = (mib: number): string => randomBytes(mib * 768 * 1024).toString('base64');

/** Bytes of the run's temp files now (its marker and upload journal are not spools). */
async function tempFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  let total = 0;
  for (const entry of entries) {
    if (!entry.isFile() || entry.name === MARKER || entry.name === JOURNAL) continue;
    total += await stat(join(entry.parentPath, entry.name)).then(
      (s) => s.size,
      () => 0,
    );
  }
  return total;
}

describe('--temp-budget bounds the temp disk; layers that do not fit stream, and second reads fetch again', () => {
  let registry: RegistryServer;
  let proxy: FaultProxy;
  let work: string;
  let layers: string[];
  let source: string;

  before(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy(registry.host);
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-budget-'));
    const base = await tarOf([
      { path: 'base', type: 'dir' },
      { path: 'base/old', content: noise(2) },
    ]);
    const middle = await tarOf([
      { path: 'h', type: 'dir' },
      // Its bytes go by before the link names it, and the newest layer hides it: read again.
      { path: 'h/target', content: noise(2) },
      { path: 'h/link', type: 'link', target: 'h/target' },
      { path: 'dup', type: 'dir' },
      // Written, then repeated: the merge runs again knowing the repeat.
      { path: 'dup/file', content: 'first copy' },
      { path: 'dup/file', content: 'second copy, the one that counts' },
    ]);
    const newest = await tarOf([
      { path: 'h', type: 'dir' },
      { path: 'h/target', content: noise(2) },
    ]);
    const pushed = await pushFixture({ layers: [base, middle, newest] }, registry.host, 'tb/src', '1');
    source = `${proxy.host}/tb/src:1`;
    const manifest = (await await fetch(`http://${registry.host}/v2/tb/src/manifests/${pushed.digest}`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    }).then((r) => r.json())) as { layers: { digest: string; size: number }[] };
    assert.ok(
      manifest.layers.every((layer) => layer.size > BUDGET),
      'every layer is larger than the budget',
    );
    layers = manifest.layers.map((layer) => layer.digest);
  });
  after(async () => {
    await proxy?.stop();
    await registry?.stop();
    await rm(work, { recursive: true, force: true });
  });

  const fetchesOf = (digest: string): number =>
    proxy.seen.filter((s) => s.method === 'GET' && s.path === `/v2/tb/src/blobs/${digest}`).length;

  /** One run with its temp dir sampled every few ms; the samples' peak. */
  async function sampledRun(args: string[], name: string): Promise<{ json: FlattenJson; stderr: string; peak: number; samples: number }> {
    const temp = join(work, `tmp-${name}`);
    await rm(temp, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(temp));
    let peak = 0;
    let samples = 0;
    let running = true;
    const sampling = (async () => {
      while (running) {
        peak = Math.max(peak, await tempFiles(temp));
        samples++;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const result = await runCli([source, '--tmp-dir', temp, '--json', ...args]);
    running = false;
    await sampling;
    assert.equal(result.code, 0, result.stderr);
    return { json: JSON.parse(result.stdout) as FlattenJson, stderr: result.stderr, peak, samples };
  }

  let reference: FlattenJson;

  it('1 MiB: the tree is exact, the temp dir never holds more than the budget, and the re-fetches are those designed', async () => {
    const unlimited = await sampledRun(['--to', `${proxy.host}/tb/unlimited:1`, '--temp-budget', 'unlimited'], 'unlimited');
    reference = unlimited.json;
    assert.equal(unlimited.json.refetches, 0, 'unlimited: every read after the first comes from a spool');
    assert.ok(unlimited.json.tempBytes > 3 * BUDGET, `unlimited spools every layer and the merged one: ${unlimited.json.tempBytes}`);

    proxy.seen.length = 0;
    const run = await sampledRun(['--to', `${proxy.host}/tb/dst:1`, '--temp-budget', '1MiB'], 'budget');
    assert.equal(run.json.digest, reference.digest, 'the budget changes where bytes wait, never the bytes');
    assert.equal(run.json.tempBudget, BUDGET);
    assert.ok(run.samples > 10, `the temp dir was sampled (${run.samples} samples)`);
    assert.ok(run.peak <= BUDGET, `sampled temp files peaked at ${run.peak} bytes, over the ${BUDGET} budget`);
    assert.ok(run.json.tempBytes <= BUDGET, `reported peak ${run.json.tempBytes}`);
    assert.ok(run.json.tempBytes >= run.peak, `reported peak ${run.json.tempBytes} below a sample ${run.peak}`);
    assert.match(run.stderr, /appear more than once/);

    // Designed: run 1 reads the newest layer, then the middle one up to the repeated path, whose
    // headers are read again (1 re-fetch); run 2 reads the newest (2) and the middle (3) layer
    // again, the middle one once more for the hidden link target (4), and the base for the first
    // time. Each layer's first fetch streams into the merge; nothing else reads a layer.
    const [baseLayer, middleLayer, newestLayer] = layers as [string, string, string];
    assert.deepEqual(
      { newest: fetchesOf(newestLayer), middle: fetchesOf(middleLayer), base: fetchesOf(baseLayer) },
      { newest: 2, middle: 4, base: 1 },
    );
    assert.equal(run.json.refetches, 4);
    assert.match(run.stderr, /temp disk: .* at most \(budget 1\.0 MiB, 4 layer re-fetches\)/);

    assertTreesEqual(
      await unpackRegistryImage(`${registry.host}/tb/src:1`),
      await unpackRegistryImage(`${registry.host}/tb/dst:1`),
      '1 MiB budget',
    );
  });

  it('a streamed upload of the merged layer cut once, with no spool holding the layer: the merge runs again, same digest', async () => {
    assert.ok(reference !== undefined, 'the first test ran');
    proxy.seen.length = 0;
    // The second PATCH: the first carries the run the repeated path throws away.
    let patches = 0;
    const secondPatch = (r: { method?: string | undefined; url?: string | undefined }): boolean =>
      r.method === 'PATCH' && (r.url ?? '').includes('/tb/cut/') && ++patches === 2;
    proxy.faults = [{ name: 'cut', match: secondPatch, times: 1, action: { type: 'reset' } }];
    const run = await sampledRun(['--to', `${proxy.host}/tb/cut:1`, '--temp-budget', '1MiB', '--retries', '2'], 'cut');
    proxy.faults = [];
    assert.equal(proxy.seen.filter((s) => s.fault === 'cut').length, 1, 'the stream was cut');
    assert.match(run.stderr, /could not be sent while it was made/);
    assert.equal(run.json.digest, reference.digest, 'the merge made again lands the same digest');
    assert.ok(run.peak <= BUDGET, `sampled temp files peaked at ${run.peak} bytes`);
    // The merge once more, knowing the repeat: newest, middle (and its link target), base.
    assert.equal(run.json.refetches, 4 + 4);
    const [baseLayer, middleLayer, newestLayer] = layers as [string, string, string];
    assert.deepEqual(
      { newest: fetchesOf(newestLayer), middle: fetchesOf(middleLayer), base: fetchesOf(baseLayer) },
      { newest: 3, middle: 6, base: 2 },
    );
    assertTreesEqual(
      await unpackRegistryImage(`${registry.host}/tb/src:1`),
      await unpackRegistryImage(`${registry.host}/tb/cut:1`),
      'merged again after a cut upload',
    );
  });

  it('an OCI layout target takes the merged layer as it is made: no spool holds it, and it is merged no more often than for a registry', async () => {
    assert.ok(reference !== undefined, 'the first test ran');
    proxy.seen.length = 0;
    const layout = join(work, 'layout');
    const run = await sampledRun(['--to', `oci:${layout}:1`, '--temp-budget', '1MiB'], 'layout');
    assert.ok(run.peak <= BUDGET, `sampled temp files peaked at ${run.peak} bytes`);
    // The same reads as the registry target: the merged layer, larger than the budget, was neither
    // spooled nor merged a second time for its write (a run thrown away by the repeat wrote nothing).
    assert.equal(run.json.refetches, 4);
    const manifest = await (async () => {
      const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as { manifests: { digest: string }[] };
      const digest = (index.manifests[0]?.digest ?? '').replace('sha256:', '');
      return JSON.parse(await readFile(join(layout, 'blobs', 'sha256', digest), 'utf8')) as { layers: { digest: string; size: number }[] };
    })();
    const merged = manifest.layers.at(-1);
    assert.ok(merged !== undefined && merged.size > BUDGET, `the merged layer (${merged?.size} bytes) is larger than the budget`);
    const registryManifest = (await fetch(`http://${registry.host}/v2/tb/dst/manifests/1`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    }).then((r) => r.json())) as { layers: { digest: string }[] };
    assert.equal(merged.digest, registryManifest.layers.at(-1)?.digest, 'the same merged layer as the registry target got');
    const blobs = await readdir(join(layout, 'blobs', 'sha256'));
    assert.deepEqual(
      blobs.filter((name) => !/^[a-f0-9]{64}$/.test(name)),
      [],
      'no partial blob is left in the layout',
    );
    assertTreesEqual(
      await unpackRegistryImage(`${registry.host}/tb/src:1`),
      await unpackLayout(layout, '1'),
      'layout target, 1 MiB budget',
    );
  });
});
