import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { MARKER } from '../../../src/pipeline/owned-dirs.ts';
import { thisProcess } from '../../../src/process-identity.ts';
import { cliCommand, cliEnv } from '../../helpers/cli.ts';
import { buildImageLayout, tarOf, type FixtureLayout } from '../../helpers/fixture-image.ts';
import { mountTmpfs } from '../../helpers/tmpfs.ts';
import { createOutputLog, flattenCli, freshDir, makeWorkDir, removeDir } from './fixtures.ts';

/**
 * Issue 13 item 3: a run killed with -9 leaves its temp dir (and an archive target's staging
 * directory); the next run removes what is provably a dead run's, says how much in one line,
 * and leaves everything else alone.
 */

const output = createOutputLog();
const MiB = 1024 * 1024;

/** A PID that existed a moment ago and is gone now. */
async function deadPid(): Promise<number> {
  const child = spawn('true');
  const pid = child.pid as number;
  await new Promise((resolve) => child.on('exit', resolve));
  return pid;
}

async function fakeRunDir(dir: string, owner: object, bytes: number, ageMs = 0): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'spool'), Buffer.alloc(bytes, 1));
  await writeFile(join(dir, MARKER), JSON.stringify(owner));
  const when = new Date(Date.now() - ageMs);
  await utimes(join(dir, MARKER), when, when);
}

describe('leftovers of killed runs: removed by the next run when provably dead, and said so', () => {
  let work: string;
  let home: string;
  let layout: FixtureLayout;
  let unmount: (() => Promise<void>) | undefined;
  before(async () => {
    work = await makeWorkDir('leftovers');
    home = await freshDir(work, 'home');
    const layer = await tarOf([
      { path: 'd', type: 'dir' },
      { path: 'd/blob', content: randomBytes(12 * MiB).toString('latin1') },
    ]);
    layout = await buildImageLayout({ layers: [layer] }, 'v1');
  });
  after(async () => {
    await unmount?.();
    await layout?.cleanup();
    await removeDir(work);
  });

  it("kill -9 mid-run leaves a marked temp dir; the next run removes it and says how much; a live namespace's, a fresh foreign one and an unmarked one stay", async () => {
    const mount = await mountTmpfs(join(work, 'tmp'), { size: '64m' });
    unmount = mount.unmount;
    const tmp = mount.dir;
    const { command, prefix } = await cliCommand();
    const target = join(work, 'archives', 'out.tar');
    await mkdir(join(work, 'archives'));
    const child = spawn(command, [...prefix, `oci:${layout.dir}:v1`, '--to', `oci-archive:${target}:flat`, '--tmp-dir', tmp, '-q'], {
      env: cliEnv(),
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Killed once its temp dir holds part of the merged layer.
    let killedDir: string | undefined;
    for (let i = 0; i < 400 && killedDir === undefined; i++) {
      await sleep(10);
      for (const name of await readdir(tmp)) {
        const files: string[] = await readdir(join(tmp, name)).catch(() => []);
        if (files.includes(MARKER) && files.some((f) => f.startsWith('merged-'))) killedDir = name;
      }
    }
    assert.ok(killedDir !== undefined, 'the run got as far as writing its merged layer');
    child.kill('SIGKILL');
    await exited;
    const marker = JSON.parse(await readFile(join(tmp, killedDir, MARKER), 'utf8')) as { pid: number };
    assert.equal(marker.pid, child.pid, 'the marker names the killed process');

    // Beside it: a staging dir next to the archive target from a dead PID of this host, boot and
    // namespace; a temp dir of a live run in another PID namespace (fresh marker); one from
    // another namespace nobody refreshed for 11 minutes; one with no marker at all.
    const self = thisProcess();
    await fakeRunDir(join(work, 'archives', '.out.tar.staging-dead01'), { ...self, pid: await deadPid() }, 3 * MiB);
    await fakeRunDir(join(tmp, 'oci-flatten-livens'), { ...self, pid: 7, pidNamespace: 'pid:[4026500001]' }, MiB);
    await fakeRunDir(join(tmp, 'oci-flatten-stalens'), { ...self, pid: 7, pidNamespace: 'pid:[4026500002]' }, 2 * MiB, 11 * 60_000);
    await mkdir(join(tmp, 'oci-flatten-unmarked'));

    const result = await flattenCli(output, [`oci:${layout.dir}:v1`, '--to', `oci-archive:${target}:flat`, '--tmp-dir', tmp], {
      HOME: home,
    });
    assert.equal(result.code, 0, result.stderr);
    const notes = result.stderr.split('\n').filter((line) => line.includes('interrupted run'));
    assert.equal(notes.length, 1, result.stderr);
    assert.match(
      notes[0]!,
      new RegExp(`^note: removed (\\d+\\.\\d) MiB left by 4 interrupted runs in ${tmp} and ${join(work, 'archives')}$`),
    );
    const mib = Number(/removed ([\d.]+) MiB/.exec(notes[0]!)![1]);
    // The killed run's temp dir and its staging dir next to the target, plus 2 + 3 MiB of fakes.
    assert.ok(mib >= 5 && mib < 5 + 26, `removed ${mib} MiB`);
    assert.deepEqual((await readdir(tmp)).sort(), ['oci-flatten-livens', 'oci-flatten-unmarked']);
    assert.deepEqual((await readdir(join(work, 'archives'))).sort(), ['out.tar']);

    // Nothing left of a dead run: the next run says nothing.
    const again = await flattenCli(output, [`oci:${layout.dir}:v1`, '--to', `oci-archive:${target}:flat`, '--tmp-dir', tmp], {
      HOME: home,
    });
    assert.equal(again.code, 0, again.stderr);
    assert.doesNotMatch(again.stderr, /interrupted run/);
  });

  it('upload sessions a killed run left open on the target registry are cancelled by the next run, which says so', async () => {
    const [registry, proxyModule] = await Promise.all([
      import('../../helpers/registry-server.ts').then((m) => m.startRegistry()),
      import('../../helpers/fault-proxy.ts'),
    ]);
    const proxy = await proxyModule.startFaultProxy(registry.host);
    try {
      const tmp = await freshDir(work, 'tmp-sessions');
      const isUpload = (r: import('node:http').IncomingMessage) =>
        (r.method === 'PATCH' || r.method === 'PUT') && (r.url ?? '').includes('/blobs/uploads/');
      proxy.faults = [{ name: 'hang', match: isUpload, action: { type: 'hang' } }];
      const { command, prefix } = await cliCommand();
      const target = `${proxy.host}/dst/app:v1`;
      const child = spawn(command, [...prefix, `oci:${layout.dir}:v1`, '--to', target, '--tmp-dir', tmp, '-q'], {
        env: cliEnv(),
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      for (let i = 0; i < 1000 && !proxy.seen.some((r) => r.fault === 'hang'); i++) await sleep(10);
      assert.ok(
        proxy.seen.some((r) => r.fault === 'hang'),
        'the run got as far as uploading',
      );
      await sleep(200);
      child.kill('SIGKILL');
      await exited;
      // Sessions the killed run opened (POST answered 202) and did not close itself (its push check
      // before the first pull opens one and cancels it at once).
      const opened =
        proxy.seen.filter((r) => r.method === 'POST' && r.path.includes('/blobs/uploads/')).length -
        proxy.seen.filter((r) => r.method === 'DELETE' && r.path.includes('/blobs/uploads/')).length;
      assert.ok(opened >= 1);

      proxy.faults = [];
      proxy.seen.length = 0;
      const result = await flattenCli(output, [`oci:${layout.dir}:v1`, '--to', target, '--tmp-dir', tmp], { HOME: home });
      assert.equal(result.code, 0, result.stderr);
      const note = result.stderr.split('\n').find((line) => line.includes('interrupted run'));
      assert.match(
        note ?? '',
        new RegExp(
          `^note: removed [0-9.]+ (B|KiB|MiB) left by 1 interrupted run in ${tmp}; cancelled (\\d+) upload sessions? they left open$`,
        ),
      );
      const cancelled = Number(/cancelled (\d+)/.exec(note ?? '')?.[1]);
      // One DELETE for each session the killed run left, and one for this run's own push check.
      const deletes = proxy.seen.filter((r) => r.method === 'DELETE' && r.path.includes('/dst/app/blobs/uploads/'));
      assert.equal(deletes.length, opened + 1, 'one DELETE for each session the killed run left open');
      assert.equal(cancelled, opened, 'and the registry cancelled each');
      assert.deepEqual(await readdir(tmp), []);
    } finally {
      await proxy.stop();
      await registry.stop();
    }
  });

  it('a temp dir refreshes its marker while the run lives (the rule other namespaces rely on)', async () => {
    // The marker's refresh period is 30 s; its first write is at creation. A second look at an
    // owned dir's marker from this process: created now, so it is not stale for 10 minutes.
    const { createOwnedDir, removeDeadRunsDirs, STALE_MS } = await import('../../../src/pipeline/owned-dirs.ts');
    const parent = await freshDir(work, 'owned');
    const owned = await createOwnedDir(parent, 'oci-flatten-');
    assert.deepEqual(await removeDeadRunsDirs(parent, 'oci-flatten-'), { directories: 0, bytes: 0 }, 'a live owner keeps it');
    assert.equal(
      (await removeDeadRunsDirs(parent, 'oci-flatten-', Date.now() + STALE_MS + 1000)).directories,
      1,
      'unrefreshed past STALE_MS: removed',
    );
    assert.deepEqual(await readdir(parent), []);
    owned.release();
  });
});
