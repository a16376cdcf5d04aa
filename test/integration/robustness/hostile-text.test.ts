import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type FaultProxy, startFaultProxy } from '../../helpers/fault-proxy.ts';
import { type FixtureLayout, pushFixture } from '../../helpers/fixture-image.ts';
import { type RegistryServer, startRegistry } from '../../helpers/registry-server.ts';
import { buildSourceLayout, createOutputLog, flattenCli, makeWorkDir, removeDir } from './fixtures.ts';

/**
 * Issue 13 item 8: control characters in references, tags and server text. References and tags
 * must match their grammar (exit 2), and whatever is printed from user or server input is
 * escaped, so it cannot forge a line or reach a terminal as an escape sequence.
 */

const output = createOutputLog();
/** No raw control character but the newline ending each line. */
const assertNoControls = (text: string): void => {
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/, JSON.stringify(text));
};

describe('hostile text in references, tags and registry answers', () => {
  let work: string;
  let registry: RegistryServer;
  let proxy: FaultProxy;
  let layout: FixtureLayout;

  before(async () => {
    work = await makeWorkDir('hostile-text');
    [registry, layout] = await Promise.all([startRegistry(), buildSourceLayout(16 * 1024)]);
    proxy = await startFaultProxy(registry.host);
    await pushFixture(layout, registry.host, 'src/app', 'v1');
  });
  after(async () => {
    await proxy?.stop();
    await Promise.all([registry?.stop(), layout?.cleanup()]);
    await removeDir(work);
  });

  it('a newline in --to cannot forge a line: exit 2, one escaped line', async () => {
    const result = await flattenCli(output, [`oci:${layout.dir}:${layout.tag}`, '--to', 'reg.example/repo:x\nflatten: fake success'], {
      HOME: work,
    });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'flatten: invalid reference "reg.example/repo:x\\x0aflatten: fake success": contains whitespace\n');
    assert.equal(result.stdout, '');
  });

  it('an ESC in an oci: tag or a registry tag is refused by the grammar, escaped in the message, and nothing is written', async () => {
    const target = join(work, 'layout');
    const oci = await flattenCli(output, [`oci:${layout.dir}:${layout.tag}`, '--to', `oci:${target}:v1\u001b[31mred`], { HOME: work });
    assert.equal(oci.code, 2);
    assert.equal(
      oci.stderr,
      `flatten: "oci:${target}:v1\\x1b[31mred": the tag "v1\\x1b[31mred" must match the OCI ref.name grammar (letters, digits and . _ - : @ + separators, components joined by /)\n`,
    );
    await assert.rejects(readdir(target), { code: 'ENOENT' });
    const registryTag = await flattenCli(output, [`${proxy.host}/src/app:v1\u202eevil`, '--to', `oci:${target}:ok`], { HOME: work });
    assert.equal(registryTag.code, 2);
    assert.equal(
      registryTag.stderr,
      `flatten: invalid reference "${proxy.host}/src/app:v1\\xe2\\x80\\xaeevil": tag "v1\\xe2\\x80\\xaeevil" must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}\n`,
    );
    for (const run of [oci, registryTag]) assertNoControls(run.stderr);
  });

  it('a registry error message with ESC, CR and a bidi override is printed escaped on one line', async () => {
    proxy.faults = [
      {
        name: 'hostile',
        match: (r: IncomingMessage) => r.method === 'GET' && (r.url ?? '').includes('/manifests/'),
        action: {
          type: 'respond',
          status: 500,
          body: JSON.stringify({ errors: [{ code: 'UNKNOWN', message: 'boom\u001b[2J\rflatten: done\u202e' }] }),
        },
      },
    ];
    for (const mode of [[], ['-v']]) {
      const result = await flattenCli(
        output,
        [`${proxy.host}/src/app:v1`, '--to', `oci:${join(work, 'out')}:flat`, '--retries', '0', ...mode],
        { HOME: work },
      );
      assert.equal(result.code, 3, result.stderr);
      const lines = result.stderr.split('\n').filter((line) => line.startsWith('flatten: '));
      assert.deepEqual(lines, [
        `flatten: source ${proxy.host}/src/app:v1: failed: pull manifest src/app:v1 on ${proxy.host} (500 UNKNOWN: boom\\x1b[2J flatten: done\\u202e)`,
      ]);
      assertNoControls(result.stderr);
    }
  });
});
