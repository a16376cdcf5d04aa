import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { STALE_MS } from '../../../src/transport/layout-lock.ts';
import { cliCommand, cliEnv, REPO_ROOT, runCliOk } from '../../helpers/cli.ts';
import { makeWorkDir, removeDir } from './fixtures.ts';

/**
 * Issue 13 item 9: two runs on one OCI layout from different PID namespaces (two pods on a shared
 * volume), with `unshare -p -f --mount-proc`. The holder's PID means nothing in the waiter's
 * namespace, so the lock is judged by whether its holder keeps refreshing it: never taken from a
 * live holder, however long it holds it; taken from one killed with -9 once it stops refreshing;
 * and while waiting the run says who holds it.
 */

const DEMO = `oci:${join(REPO_ROOT, 'examples', 'demo-image')}:demo`;
const HOLDER = join(REPO_ROOT, 'test', 'helpers', 'lock-holder.ts');

const tagsOf = async (dir: string): Promise<string[]> =>
  (JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { manifests: { annotations?: Record<string, string> }[] }).manifests
    .map((m) => m.annotations?.['org.opencontainers.image.ref.name'] ?? '')
    .sort();

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!(await check())) {
    assert.ok(performance.now() < deadline, `timed out waiting for ${what}`);
    await sleep(50);
  }
}

interface Namespaced {
  child: ChildProcess;
  stderr: () => string;
  exit: Promise<number | null>;
  /** SIGKILL to the namespace's init: the kernel then kills every process in it, as kill -9 of a pod would. */
  killNamespace(): void;
}

/** Runs a command as PID 1's child in a new PID namespace (PIDs are pushed past 60 first, so none matches the other namespace's). */
function inNewPidNamespace(script: string): Namespaced {
  const child = spawn('unshare', ['-p', '-f', '--mount-proc', 'sh', '-c', `for i in $(seq 60); do true & done; wait; ${script}; true`], {
    env: cliEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  return {
    child,
    stderr: () => stderr,
    exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    killNamespace() {
      const init = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ')[0];
      process.kill(Number(init), 'SIGKILL');
    },
  };
}

const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

describe('the OCI layout lock across PID namespaces', () => {
  let work: string;
  let dir: string;
  const running: Namespaced[] = [];
  before(async () => {
    work = await makeWorkDir('lock-ns');
    dir = join(work, 'layout');
    await runCliOk([DEMO, '--to', `oci:${dir}:old`, '-q']);
  });
  after(async () => {
    for (const r of running) {
      if (r.child.exitCode !== null) continue;
      try {
        r.killNamespace();
      } catch {
        r.child.kill('SIGKILL');
      }
      await r.exit;
    }
    await removeDir(work);
  });

  const holder = async (name: string): Promise<Namespaced> => {
    const ready = join(work, `${name}.ready`);
    const held = inNewPidNamespace(
      `${quote(process.execPath)} --no-warnings ${quote(HOLDER)} ${quote(dir)} ${quote(ready)} ${quote(join(work, `${name}.release`))}`,
    );
    running.push(held);
    await until('the holder to take the lock', () => existsSync(ready));
    return held;
  };
  const flattenIn = async (tag: string): Promise<Namespaced> => {
    const { command, prefix } = await cliCommand();
    const run = inNewPidNamespace([command, ...prefix, DEMO, '--to', `oci:${dir}:${tag}`].map(quote).join(' '));
    running.push(run);
    return run;
  };
  const waiting = (): RegExp =>
    new RegExp(
      `^note: oci:${dir}:[\\w-]+: waiting for the lock on ${dir}, held by pid (\\d+) on ${hostname()} \\(PID namespace pid:\\[\\d+\\]\\), since \\S+$`,
      'm',
    );

  it('a live holder in another namespace keeps the lock past STALE_MS; the waiter says who holds it and goes on when it is released', async () => {
    const held = await holder('live');
    const holderPid = Number((await readFile(join(work, 'live.ready'), 'utf8')).trim());
    assert.ok(holderPid > 60, `the holder is pid ${holderPid} in its namespace`);
    const waiter = await flattenIn('new');
    await until('the waiting note', () => waiting().test(waiter.stderr()));
    assert.equal(Number(waiting().exec(waiter.stderr())?.[1]), holderPid, 'the note names the holder');
    await sleep(STALE_MS + 2000);
    assert.equal(waiter.child.exitCode, null, 'still waiting for a live holder');
    assert.deepEqual(await tagsOf(dir), ['old'], 'the waiter has not written its tag');
    await writeFile(join(work, 'live.release'), '');
    assert.equal(await held.exit, 0);
    assert.equal(await waiter.exit, 0, waiter.stderr());
    assert.deepEqual(await tagsOf(dir), ['new', 'old']);
    assert.deepEqual((await readdir(dir)).sort(), ['blobs', 'index.json', 'oci-layout'], 'no lock left');
  });

  it('a holder killed with -9 stops refreshing: the waiter takes the lock about STALE_MS later', async () => {
    const held = await holder('killed');
    const waiter = await flattenIn('after-kill');
    await until('the waiting note', () => waiting().test(waiter.stderr()));
    held.killNamespace();
    const killedAt = performance.now();
    await held.exit;
    assert.ok(existsSync(join(dir, '.oci-flatten.lock')), 'the dead holder left its lock');
    assert.equal(await waiter.exit, 0, waiter.stderr());
    const seconds = (performance.now() - killedAt) / 1000;
    assert.ok(seconds > (STALE_MS - 2500) / 1000 && seconds < STALE_MS / 1000 + 8, `taken over ${seconds.toFixed(1)} s after the kill`);
    assert.deepEqual(await tagsOf(dir), ['after-kill', 'new', 'old']);
    assert.deepEqual((await readdir(dir)).sort(), ['blobs', 'index.json', 'oci-layout']);
  });
});
