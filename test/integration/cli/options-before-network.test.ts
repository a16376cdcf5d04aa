import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../helpers/cli.ts';

/**
 * Issue 16: every option is checked by the library's one options model (src/options/) before any
 * network or disk work. Source and target point at a loopback TCP server that counts the
 * connections it accepts (and drops them): a refused option must leave the count at zero.
 */
describe('option errors: exit 2, one line, before any connection', () => {
  let server: Server;
  let port = 0;
  let connections = 0;
  const sockets = new Set<Socket>();
  before(async () => {
    server = createServer((socket) => {
      connections += 1;
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  after(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const source = (): string => `127.0.0.1:${port}/team/app:1`;
  const target = (): string => `127.0.0.1:${port}/team/app:flat`;
  const cases: [string[], RegExp][] = [
    [['--level', '0'], /^flatten: --level 0 is out of range for gzip \(1 to 9\)\n$/],
    [['--level', '23', '--compression', 'zstd'], /^flatten: --level 23 is out of range for zstd \(1 to 19\)\n$/],
    [['--concurrency', '0'], /^flatten: --concurrency 0 is out of range \(1 to 64\)\n$/],
    [['--platform', 'linux/'], /^flatten: --platform "linux\/" is not of the form os\/arch\[\/variant\] \(e\.g\. linux\/arm64\/v8\)\n$/],
  ];
  for (const [args, stderr] of cases) {
    it(`flatten SOURCE --to TARGET ${args.join(' ')}`, async () => {
      const before = connections;
      const result = await runCli([source(), '--to', target(), '-q', ...args]);
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, stderr);
      assert.equal(result.stdout, '');
      assert.equal(connections - before, 0, 'a connection was made before the option was refused');
    });
  }

  it('inspect IMAGE --platform linux/: refused before any connection too', async () => {
    const before = connections;
    const result = await runCli(['inspect', source(), '-q', '--platform', 'linux/']);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /^flatten: --platform "linux\/" is not of the form os\/arch\[\/variant\]/);
    assert.equal(result.stderr.split('\n').length, 2, result.stderr);
    assert.equal(connections - before, 0, 'a connection was made before the option was refused');
  });

  it('diff A B --platform linux/: refused before any connection too', async () => {
    const before = connections;
    const result = await runCli(['diff', source(), target(), '--platform', 'linux/']);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /^flatten: --platform "linux\/" is not of the form os\/arch\[\/variant\]/);
    assert.equal(result.stderr.split('\n').length, 2, result.stderr);
    assert.equal(connections - before, 0, 'a connection was made before the option was refused');
  });

  it('the counter does count: with valid options the same command connects (and fails as a registry error)', async () => {
    const before = connections;
    const result = await runCli([source(), '--to', target(), '-q', '--level', '5', '--retries', '0', '--timeout', '2']);
    assert.equal(result.code, 3, result.stderr);
    assert.ok(connections - before > 0, `no connection counted; stderr: ${result.stderr}`);
  });
});
