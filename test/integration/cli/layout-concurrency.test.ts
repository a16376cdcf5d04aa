/**
 * Several flattens writing tags into one OCI layout at once (parallel CI jobs, an Indexed Job on
 * a shared volume): every tag survives, the layout is created once, and a lock left by a crashed
 * run does not block the next one.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { thisProcess } from '../../../src/process-identity.ts';
import { REPO_ROOT, runCli, runCliOk } from '../../helpers/cli.ts';
import { unpackLayout } from '../../helpers/independent-unpack.ts';
import { assertTreesEqual } from '../../helpers/tree-compare.ts';

const DEMO = `oci:${join(REPO_ROOT, 'examples', 'demo-image')}:demo`;
const tagsOf = async (dir: string): Promise<string[]> => {
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { manifests: { annotations?: Record<string, string> }[] };
  return index.manifests.map((m) => m.annotations?.['org.opencontainers.image.ref.name'] ?? '').sort();
};

describe('one OCI layout, many writers', () => {
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-layout-lock-'));
  });
  after(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it('10 runs at once into a new layout: all 10 tags are there, each image intact, no lock left', async () => {
    const dir = join(work, 'shared');
    const tags = Array.from({ length: 10 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    const results = await Promise.all(tags.map((tag) => runCli([DEMO, '--to', `oci:${dir}:${tag}`, '--quiet'])));
    for (const result of results) assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(await tagsOf(dir), tags, "no run dropped another run's tag");
    assert.deepEqual((await readdir(dir)).sort(), ['blobs', 'index.json', 'oci-layout']);
    assertTreesEqual(
      await unpackLayout(join(REPO_ROOT, 'examples', 'demo-image'), 'demo'),
      await unpackLayout(dir, 't07'),
      'one of the concurrent results',
    );
  });

  it('a lock left by a crashed run (its process gone) is taken over', async () => {
    const dir = join(work, 'stale');
    await runCliOk([DEMO, '--to', `oci:${dir}:first`, '--quiet']);
    // Written by a process of this host, boot and PID namespace whose pid cannot be running
    // (above the kernel's pid_max): provably gone, so taken over at once.
    await writeFile(join(dir, '.oci-flatten.lock'), `${JSON.stringify({ ...thisProcess(), pid: 4194305 })}\n`);
    await runCliOk([DEMO, '--to', `oci:${dir}:second`, '--quiet']);
    assert.deepEqual(await tagsOf(dir), ['first', 'second']);
    assert.deepEqual((await readdir(dir)).sort(), ['blobs', 'index.json', 'oci-layout']);
  });

  it('a directory that is not a layout is still refused, whoever got there first', async () => {
    const dir = join(work, 'not-a-layout');
    await mkdir(dir);
    await writeFile(join(dir, 'notes.txt'), 'mine\n');
    const result = await runCli([DEMO, '--to', `oci:${dir}:x`]);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /exists and is not an OCI image layout/);
    assert.deepEqual((await readdir(dir)).sort(), ['notes.txt'], 'nothing added, the lock removed');
  });
});
