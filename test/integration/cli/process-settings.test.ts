import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from '../../helpers/cli.ts';

/**
 * bin/flatten replaces itself once with the memory settings the benchmark measured (glibc's arena
 * limit and a 1 MiB young generation; V8 flags it sets at run time are not on the command line,
 * bin/launcher/process-flags.js), unless the user set MALLOC_ARENA_MAX. Observed from outside,
 * in /proc, while the run waits on a registry that accepts connections and never answers.
 */
describe('the flatten command runs with its memory settings', { skip: process.platform !== 'linux' }, () => {
  let server: Server;
  let port = 0;
  const sockets = new Set<Socket>();
  let connected: (() => void) | undefined;
  let scratch = '';

  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'oci-flatten-settings-'));
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      connected?.();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  after(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
    await rm(scratch, { recursive: true, force: true });
  });

  async function settingsOf(env: Record<string, string>, extra: string[] = []): Promise<{ argv: string[]; environment: string[] }> {
    const reached = new Promise<void>((resolve) => (connected = resolve));
    const child = spawn(
      process.execPath,
      // Killed mid-run, the process cannot remove its temp dir: it goes in this test's own.
      [
        join(REPO_ROOT, 'bin', 'flatten'),
        `docker://127.0.0.1:${port}/team/app:1`,
        '--to',
        `oci:${join(scratch, 'out')}:1`,
        '--insecure',
        `127.0.0.1:${port}`,
        '--quiet',
        '--tmp-dir',
        scratch,
        ...extra,
      ],
      { stdio: 'ignore', env: { ...process.env, MALLOC_ARENA_MAX: undefined, TMPDIR: scratch, ...env } },
    );
    try {
      await reached;
      // By the time it talks to the registry, the process is the replacement (same pid).
      const argv = (await readFile(`/proc/${child.pid}/cmdline`, 'utf8')).split('\0');
      const environment = (await readFile(`/proc/${child.pid}/environ`, 'utf8')).split('\0');
      return { argv, environment };
    } finally {
      child.kill('SIGKILL');
    }
  }

  it('sets MALLOC_ARENA_MAX=1 and --max-semi-space-size=1 before the script', async () => {
    const { argv, environment } = await settingsOf({});
    assert.ok(environment.includes('MALLOC_ARENA_MAX=1'), 'MALLOC_ARENA_MAX=1 in the environment');
    const script = argv.findIndex((arg) => arg.endsWith(join('bin', 'flatten')));
    assert.ok(script > 0, `the script is in ${JSON.stringify(argv)}`);
    assert.deepEqual(argv.slice(1, script), ['--max-semi-space-size=1']);
  });

  it('gives a zstd or uncompressed run, bound by its main thread, a 32 MB initial old space', async () => {
    for (const extra of [['--compression', 'zstd'], ['--compression=none']]) {
      const { argv } = await settingsOf({}, extra);
      const script = argv.findIndex((arg) => arg.endsWith(join('bin', 'flatten')));
      assert.deepEqual(argv.slice(1, script), ['--max-semi-space-size=1', '--initial-old-space-size=32'], extra.join(' '));
    }
  });

  it("keeps the user's own MALLOC_ARENA_MAX and then changes nothing", async () => {
    const { argv, environment } = await settingsOf({ MALLOC_ARENA_MAX: '4' });
    assert.ok(environment.includes('MALLOC_ARENA_MAX=4'));
    assert.ok(!argv.includes('--max-semi-space-size=1'), `no flags added: ${JSON.stringify(argv)}`);
  });
});
