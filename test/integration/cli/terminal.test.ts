import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startFaultProxy, type FaultProxy } from '../../helpers/fault-proxy.ts';
import { buildImageLayout, pushFixture, standardFixture, type FixtureLayout } from '../../helpers/fixture-image.ts';
import { runCliInPty } from '../../helpers/pty.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { finalScreen } from '../../helpers/screen.ts';

/**
 * Issue 18: on a terminal the last word is the run's. Read as the final screen (the pty's bytes
 * replayed by test/helpers/screen.ts), not the byte stream: an error that bars redraw over is
 * in the bytes but not on the screen.
 */
describe('a terminal keeps the last word: bars stop before an error, a warning or the result', () => {
  let registry: RegistryServer;
  let proxy: FaultProxy;
  let single: FixtureLayout;
  let sourceRef: string;

  before(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy(registry.host);
    single = await buildImageLayout(await standardFixture(), 'std');
    await pushFixture(single, registry.host, 'src/std', 'v1');
    sourceRef = `${proxy.host}/src/std:v1`;
  });
  after(async () => {
    await proxy?.stop();
    await registry?.stop();
    await single?.cleanup();
  });

  it('a push refused while layers still download: the error and its hint are the last lines, the bars above as they were', async () => {
    // The push check's upload session (the first POST) passes; the merged layer's own session is
    // refused while the other layers still trickle in, so progress events keep coming after the
    // run has failed: drawn, they would cover the error.
    let posts = 0;
    const firstLayer = single.images[0]?.layers[0]?.descriptor.digest ?? '';
    proxy.faults = [
      {
        name: 'push refused after the check',
        match: (request) => request.method === 'POST' && (request.url ?? '').includes('/v2/refused/app/blobs/uploads/') && ++posts > 1,
        action: {
          type: 'respond',
          status: 401,
          headers: { 'content-type': 'application/json', 'www-authenticate': 'Basic realm="r"' },
          body: '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}',
        },
      },
      {
        name: 'slow layers',
        match: (request) =>
          request.method === 'GET' && /\/blobs\/sha256:/.test(request.url ?? '') && !(request.url ?? '').includes(firstLayer),
        action: { type: 'throttle', bytesPerSecond: 150 },
      },
    ];
    try {
      const result = await runCliInPty([sourceRef, '--to', `${proxy.host}/refused/app:v1`, '--retries', '0', '--concurrency', '1'], {
        columns: 250,
      });
      assert.equal(result.code, 4, result.terminal);
      const screen = finalScreen(result.terminal, 250);
      const errorAt = screen.findIndex((line) => line.startsWith('flatten: '));
      assert.ok(errorAt > 0, `the error is on screen, below the bars:\n${screen.join('\n')}`);
      assert.match(screen[errorAt] ?? '', /unauthorized: .*refused\/app/);
      assert.ok(
        screen.slice(errorAt + 1).every((line) => line.startsWith('hint: ')),
        `only its hint follows:\n${screen.join('\n')}`,
      );
      assert.ok(
        screen.slice(0, errorAt).some((line) => /^pull [a-f0-9]{12} +\[#{24}\] .* done$/.test(line)),
        `the bars stay above:\n${screen.join('\n')}`,
      );
    } finally {
      proxy.faults = [];
    }
  });

  it('a warning prints above the bars; the result is the last line', async () => {
    const target = `${proxy.host}/warned/app:v1`;
    const result = await runCliInPty([sourceRef, '--to', target, '--compression', 'none', '--level', '3'], { columns: 120 });
    assert.equal(result.code, 0, result.terminal);
    const screen = finalScreen(result.terminal, 120);
    assert.equal(screen[0], 'warning: --level 3 has no effect with --compression none');
    assert.match(screen.at(-1) ?? '', /^push [a-f0-9]{12} +\[#{24}\] .* uploaded$/);
    assert.match(result.stdout, new RegExp(`^${target}@sha256:[a-f0-9]{64}\\n$`));
  });

  it('at 50 columns every bar keeps its numbers', async () => {
    const result = await runCliInPty([sourceRef, '--to', `${proxy.host}/narrow/app:v1`], { columns: 50 });
    assert.equal(result.code, 0, result.terminal);
    const screen = finalScreen(result.terminal, 50).filter((line) => !line.startsWith('note: '));
    assert.ok(screen.length >= 5, screen.join('\n'));
    for (const line of screen) {
      assert.ok(line.length < 50, `fits: ${line}`);
      assert.match(
        line,
        /(\d+(\.\d+)? [KMG]?i?B\/\d+(\.\d+)? [KMG]?i?B (done|uploaded|existed)|-> \d+(\.\d+)? [KMG]?i?B)$/,
        `numbers kept: ${line}`,
      );
    }
  });
});
