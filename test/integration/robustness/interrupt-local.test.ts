import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, it } from 'node:test';
import { cliCommand, cliEnv } from '../../helpers/cli.ts';
import { buildImageLayout, tarOf, type FixtureLayout } from '../../helpers/fixture-image.ts';

let work: string;
let layout: FixtureLayout;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'oci-flatten-interrupt-'));
  // Big enough that the flatten is still running when the signal comes.
  const layers = await Promise.all(
    [0, 1, 2].map((i) =>
      tarOf([
        { path: `d${i}`, type: 'dir' },
        { path: `d${i}/blob`, content: randomBytes(6 * 1024 * 1024).toString('base64') },
      ]),
    ),
  );
  layout = await buildImageLayout({ layers }, 'big');
});
after(async () => {
  await layout?.cleanup();
  await rm(work, { recursive: true, force: true });
});

/**
 * Local targets need no network, so no network call ever notices an abort: the run must still
 * stop before it writes the tag. Signals at several moments, from start-up to mid-merge.
 */
it('SIGTERM at any moment of a local flatten: exit 130 (or 143 before Node runs our code), no tag, no temp dir', async () => {
  const { command, prefix } = await cliCommand();
  // The run unsignalled, for scale: every signal below must land well before it would end.
  const started = performance.now();
  const baseline = spawn(command, [...prefix, `oci:${layout.dir}:big`, '--to', `oci:${join(work, 'baseline')}:flat`, '-q'], {
    env: cliEnv(),
    stdio: 'ignore',
  });
  assert.equal(await new Promise((resolve) => baseline.on('exit', resolve)), 0);
  const runMs = performance.now() - started;
  const delays = [30, 60, 120, 250, 400].filter((d) => d < runMs * 0.6);
  assert.ok(delays.length >= 3, `the run takes ${Math.round(runMs)} ms: too short to signal it mid-way`);
  for (const delayMs of delays) {
    const target = join(work, `out-${delayMs}`);
    const tmp = join(work, `tmp-${delayMs}`);
    await import('node:fs/promises').then((fs) => fs.mkdir(tmp));
    const child = spawn(command, [...prefix, `oci:${layout.dir}:big`, '--to', `oci:${target}:flat`, '-q', '--tmp-dir', tmp], {
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code, signal) => resolve(code ?? (signal === 'SIGTERM' ? 143 : null))),
    );
    await sleep(delayMs);
    child.kill('SIGTERM');
    const code = await exited;
    const index = await readFile(join(target, 'index.json'), 'utf8').catch(() => '');
    assert.ok(code === 130 || code === 143, `delay ${delayMs} of a ${Math.round(runMs)} ms run: exit ${code}, stdout ${stdout}`);
    assert.ok(!index.includes('"flat"'), `delay ${delayMs}: the tag was written after SIGTERM`);
    assert.deepEqual(await readdir(tmp), [], `delay ${delayMs}: temp files left`);
  }
});
