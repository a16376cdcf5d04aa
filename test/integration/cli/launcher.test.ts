import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from '../../helpers/cli.ts';
import { run } from '../../helpers/run.ts';

/**
 * bin/flatten never downloads and never breaks start-up (issue 15): a too-old Node gets one line
 * and exit 8; process settings a Node does not know are left out or ignored; signals to the
 * command reach the process doing the work, whatever the process layout.
 */

/** A Node older than 22.15 on this machine (Debian's), for the old-Node paths; undefined if none. */
function oldNode(): string | undefined {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    const probe = spawnSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    if (probe.status !== 0) continue;
    const [major = 0, minor = 0] = probe.stdout.trim().split('.').map(Number);
    if (major < 22 || (major === 22 && minor < 15)) return candidate;
  }
  return undefined;
}
const OLD_NODE = oldNode();

let scratch = '';
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'oci-flatten-launcher-'));
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A TCP server that accepts connections and never answers: a flatten waits on it. */
async function silentRegistry(): Promise<{ host: string; connected(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let onConnect: (() => void) | undefined;
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    onConnect?.();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    host,
    connected: () => new Promise<void>((resolve) => (onConnect = resolve)),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Pids of the processes whose parent is `pid` (from /proc). */
async function childrenOf(pid: number): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Field 4, after the parenthesised command name (which may hold spaces).
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === pid) found.push(Number(entry));
  }
  return found;
}

/** True while the process exists and is not a zombie waiting for a parent to reap it. */
async function alive(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat !== undefined && stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

async function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stderr })));
}

/** An OCI layout already holding the demo image under `tag`: the target a run must leave alone. */
async function existingTarget(name: string): Promise<{ target: string; index: () => Promise<string> }> {
  const layout = join(scratch, name);
  await cp(join(REPO_ROOT, 'examples', 'demo-image'), layout, { recursive: true });
  return { target: `oci:${layout}:demo`, index: () => readFile(join(layout, 'index.json'), 'utf8') };
}

describe('a too-old Node: one line, exit 8, nothing downloaded', {
  skip: OLD_NODE === undefined && 'no Node older than 22.15 here',
}, () => {
  it('says which Node it needs and how to get it, and runs nothing else', async () => {
    // No npx or npm can be found on this PATH: had the launcher tried to download, it would fail
    // differently; it must not even try.
    const result = await run(
      OLD_NODE as string,
      [join(REPO_ROOT, 'bin', 'flatten'), 'oci:examples/demo-image:demo', '--to', `oci:${join(scratch, 'never')}:x`],
      {
        check: false,
        cwd: REPO_ROOT,
        env: { PATH: '/nonexistent', HOME: scratch },
      },
    );
    assert.equal(result.code, 8);
    assert.equal(result.stdout, '');
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(
      lines[0] as string,
      /^flatten: needs Node\.js >= 22\.15, this is v\d+\.\d+\.\d+: install Node\.js 24 .*OCI_FLATTEN_NODE_FALLBACK=1 .*Node 24\.\d+\.\d+/,
    );
    assert.equal(await readdir(scratch).then((names) => names.includes('never')), false, 'no target written');
  });
});

describe('process settings never stop the command from starting', () => {
  it('a Node option and V8 flags this Node does not know are left out or ignored, and the flatten runs', async () => {
    // The real launcher, with a settings table that adds flags no Node knows.
    const copy = join(scratch, 'unknown-flags');
    await mkdir(join(copy, 'bin'), { recursive: true });
    await cp(join(REPO_ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    await symlink(join(REPO_ROOT, 'dist'), join(copy, 'dist'));
    await cp(join(REPO_ROOT, 'package.json'), join(copy, 'package.json'));
    const settings = await readFile(join(REPO_ROOT, 'bin', 'launcher', 'process-flags.js'), 'utf8');
    const patched = settings
      .replace("NODE_OPTIONS = ['--max-semi-space-size=1']", "NODE_OPTIONS = ['--no-such-node-option=1', '--max-semi-space-size=1']")
      .replace("V8_FLAGS = ['--wasm-tiering-budget=200000000']", "V8_FLAGS = ['--no-such-v8-flag=1', '--wasm-tiering-budget=200000000']")
      .replace(
        "V8_OPTIONS_WITHOUT_GZIP = ['--initial-old-space-size=32']",
        "V8_OPTIONS_WITHOUT_GZIP = ['--no-such-v8-option=7', '--initial-old-space-size=32']",
      );
    assert.notEqual(patched, settings, 'the settings table has the shape this test patches');
    assert.equal((patched.match(/no-such/g) ?? []).length, 3);
    await writeFile(join(copy, 'bin', 'launcher', 'process-flags.js'), patched);

    // On the command line, either unknown flag stops Node before any script runs.
    for (const flag of ['--no-such-node-option=1', '--no-such-v8-option=7']) {
      const refused = spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8' });
      assert.equal(refused.status, 9, `${flag} on the command line: ${refused.stderr}`);
    }

    const out = join(scratch, 'unknown-flags-out');
    const env = { ...process.env, MALLOC_ARENA_MAX: undefined, NODE_TEST_CONTEXT: undefined };
    const result = await run(
      process.execPath,
      [join(copy, 'bin', 'flatten'), 'oci:examples/demo-image:demo', '--to', `oci:${out}:flat`, '--compression', 'zstd', '--quiet'],
      {
        check: false,
        cwd: REPO_ROOT,
        env,
      },
    );
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, new RegExp(`^oci:${out}:flat@sha256:[a-f0-9]{64}\\n$`));
    // V8 names the run-time flag it does not know, once, and goes on.
    assert.match(result.stderr, /unrecognized flag --no-such-v8-flag/);
    const manifest = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as { manifests: unknown[] };
    assert.equal(manifest.manifests.length, 1);
  });

  it('--version does not restart or load the CLI: the same answer as the CLI gives', async () => {
    const fast = await run(process.execPath, [join(REPO_ROOT, 'bin', 'flatten'), '--version'], { cwd: REPO_ROOT });
    const { version } = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(fast.stdout, `${version}\n`);
    // What commander prints for `--version` among other words (the CLI itself answers).
    const { VERSION } = await import('../../../src/cli/main.ts');
    assert.equal(VERSION, version, 'the CLI and package.json agree');
  });
});

describe('signals reach the process that does the work; 130 means the target is unchanged', { skip: process.platform !== 'linux' }, () => {
  it('SIGINT and SIGTERM to the command (one process after its restart) end it with 130, target unchanged', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const registry = await silentRegistry();
      const { target, index } = await existingTarget(`direct-${signal}`);
      const before = await index();
      const reached = registry.connected();
      const child = spawn(
        process.execPath,
        [
          join(REPO_ROOT, 'bin', 'flatten'),
          `docker://${registry.host}/team/app:1`,
          '--to',
          target,
          '--insecure',
          registry.host,
          '--quiet',
          '--timeout',
          '1',
          '--retries',
          '100',
        ],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
          env: { ...process.env, MALLOC_ARENA_MAX: undefined },
        },
      );
      const done = exited(child);
      try {
        await reached;
        assert.deepEqual(await childrenOf(child.pid as number), [], 'no second process: the restart replaced the first');
        child.kill(signal);
        const { code } = await done;
        assert.equal(code, 130, signal);
        assert.equal(await index(), before, 'target unchanged');
      } finally {
        child.kill('SIGKILL');
        await registry.close();
      }
    }
  });

  describe('the explicit old-Node fallback (parent and child)', { skip: OLD_NODE === undefined && 'no Node older than 22.15 here' }, () => {
    let fakeBin = '';
    before(async () => {
      // npx, as the fallback calls it, answers with this test's own Node (not downloaded): the
      // process layout is what is under test here.
      const pinned = /FALLBACK_NODE_VERSION = '([\d.]+)'/.exec(
        await readFile(join(REPO_ROOT, 'bin', 'launcher', 'node-version.js'), 'utf8'),
      )?.[1];
      assert.ok(pinned !== undefined, 'the launcher pins an exact Node version');
      fakeBin = join(scratch, 'fake-npx');
      await mkdir(fakeBin, { recursive: true });
      await writeFile(join(fakeBin, 'npx'), `#!/bin/sh\necho "v${pinned} ${process.execPath}"\n`);
      await chmod(join(fakeBin, 'npx'), 0o755);
    });

    async function startFallback(registry: { host: string }, target: string): Promise<ChildProcess> {
      return spawn(
        OLD_NODE as string,
        [
          join(REPO_ROOT, 'bin', 'flatten'),
          `docker://${registry.host}/team/app:1`,
          '--to',
          target,
          '--insecure',
          registry.host,
          '--quiet',
          '--timeout',
          '1',
          '--retries',
          '100',
        ],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
          env: {
            ...process.env,
            PATH: `${fakeBin}:${process.env.PATH ?? ''}`,
            OCI_FLATTEN_NODE_FALLBACK: '1',
            MALLOC_ARENA_MAX: undefined,
          },
        },
      );
    }

    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      it(`${signal} to the parent alone stops the child first; the parent exits 130 and the target is unchanged`, async () => {
        const registry = await silentRegistry();
        const { target, index } = await existingTarget(`fallback-${signal}`);
        const before = await index();
        const reached = registry.connected();
        const parent = await startFallback(registry, target);
        const done = exited(parent);
        let worker: number | undefined;
        try {
          await reached;
          [worker] = await childrenOf(parent.pid as number);
          assert.ok(worker !== undefined, 'the work runs in a child of the command');
          parent.kill(signal);
          const { code, stderr } = await done;
          assert.equal(code, 130, stderr);
          assert.equal(await alive(worker), false, 'the child ended before its parent');
          assert.equal(await index(), before, 'target unchanged');
        } finally {
          parent.kill('SIGKILL');
          if (worker !== undefined && (await alive(worker))) process.kill(worker, 'SIGKILL');
          await registry.close();
        }
      });
    }

    it('a parent killed outright takes its child with it', async () => {
      const registry = await silentRegistry();
      const { target, index } = await existingTarget('fallback-kill');
      const before = await index();
      const reached = registry.connected();
      const parent = await startFallback(registry, target);
      const done = exited(parent);
      let worker: number | undefined;
      try {
        await reached;
        [worker] = await childrenOf(parent.pid as number);
        assert.ok(worker !== undefined);
        parent.kill('SIGKILL');
        await done;
        for (let waited = 0; (await alive(worker)) && waited < 5000; waited += 50) await sleep(50);
        assert.equal(await alive(worker), false, 'the orphaned child stopped');
        assert.equal(await index(), before, 'target unchanged');
      } finally {
        if (worker !== undefined && (await alive(worker))) process.kill(worker, 'SIGKILL');
        await registry.close();
      }
    });
  });
});
