import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type FaultProxy, startFaultProxy } from '../../helpers/fault-proxy.ts';
import { type FixtureLayout, pushFixture } from '../../helpers/fixture-image.ts';
import { type RegistryServer, startRegistry } from '../../helpers/registry-server.ts';
import { buildSourceLayout, createOutputLog, flattenCli, freshDir, makeWorkDir, removeDir } from './fixtures.ts';

/**
 * Issue 13 item 7: a registry (or token realm) whose error body echoes what it was sent. The
 * CLI prints the registry's diagnostic, with every credential the run holds redacted in every
 * encoding it was sent in, in every mode.
 */

const USER = 'robot';
const PASSWORD = 'Ech0 "pw"/+wörd=Secret';
const IDENTITY = 'id/Secret+token==x';
const BEARER = 'bearer-Secret-9f8e7d';
const output = createOutputLog();

const isPing = (r: IncomingMessage) => r.method === 'GET' && r.url === '/v2/';
const isManifestGet = (r: IncomingMessage) => r.method === 'GET' && (r.url ?? '').includes('/manifests/');
/** A distribution-spec error body that repeats the request's Authorization header, decoded too, and JSON-escaped. */
const echo = (request: IncomingMessage, requestBody: string): string => {
  const authorization = String(request.headers.authorization ?? 'none');
  const decoded = authorization.startsWith('Basic ') ? Buffer.from(authorization.slice(6), 'base64').toString() : '';
  return JSON.stringify({
    errors: [{ code: 'UNKNOWN', message: `you sent authorization=${authorization} decoded=${decoded} body=${requestBody}` }],
  });
};

describe('server text that echoes credentials is printed redacted', () => {
  let work: string;
  let registry: RegistryServer;
  let proxy: FaultProxy;
  let layout: FixtureLayout;

  before(async () => {
    work = await makeWorkDir('redaction');
    [registry, layout] = await Promise.all([startRegistry(), buildSourceLayout(16 * 1024)]);
    proxy = await startFaultProxy(registry.host);
    await pushFixture(layout, registry.host, 'src/app', 'v1');
  });
  after(async () => {
    await proxy?.stop();
    await Promise.all([registry?.stop(), layout?.cleanup()]);
    await removeDir(work);
    output.assertNoSecrets([PASSWORD, `${USER}:${PASSWORD}`, IDENTITY, BEARER, encodeURIComponent(PASSWORD), encodeURIComponent(IDENTITY)]);
  });

  it('Basic credentials echoed by a 500 (raw header, decoded, JSON-escaped): redacted by default, with -v and with --json', async () => {
    proxy.faults = [
      {
        name: 'challenge',
        match: isPing,
        action: { type: 'respond', status: 401, headers: { 'www-authenticate': 'Basic realm="registry"' } },
      },
      { name: 'echo', match: isManifestGet, action: { type: 'respond', status: 500, body: echo } },
    ];
    for (const mode of [[], ['-v'], ['--json']]) {
      proxy.seen.length = 0;
      const target = join(work, `out-basic-${mode.join('')}`);
      const result = await flattenCli(
        output,
        [`${proxy.host}/src/app:v1`, '--to', `oci:${target}:flat`, '--src-creds', `${USER}:${PASSWORD}`, '--retries', '0', ...mode],
        { HOME: work },
      );
      assert.equal(result.code, 3, result.stderr);
      const sent = proxy.seen.find((s) => s.fault === 'echo')?.headers.authorization;
      assert.equal(sent, `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`, 'the credentials were really sent (and echoed)');
      const lines = result.stderr.split('\n').filter((line) => line.startsWith('flatten: '));
      assert.deepEqual(lines, [
        `flatten: source ${proxy.host}/src/app:v1: failed: pull manifest src/app:v1 on ${proxy.host} (500 UNKNOWN: you sent authorization=Basic <redacted> decoded=<redacted> body=)`,
      ]);
      assert.equal(result.stdout, '');
    }
  });

  it('an identity token echoed by the token realm and a bearer token echoed by the registry: redacted', async () => {
    const home = await freshDir(work, 'home-identity');
    const config = join(home, 'config.json');
    await writeFile(config, JSON.stringify({ auths: { [proxy.host]: { username: '<token>', identitytoken: IDENTITY } } }));
    const realm = `http://${proxy.host}/token`;
    const challenge = {
      name: 'challenge',
      match: isPing,
      action: { type: 'respond' as const, status: 401, headers: { 'www-authenticate': `Bearer realm="${realm}",service="registry"` } },
    };
    const isToken = (r: IncomingMessage) => (r.url ?? '').startsWith('/token');

    // The realm refuses the refresh token and repeats the form it was posted (URL-encoded).
    proxy.faults = [challenge, { name: 'realm-echo', match: isToken, action: { type: 'respond', status: 400, body: echo } }];
    const refused = await flattenCli(
      output,
      [`${proxy.host}/src/app:v1`, '--to', `oci:${join(work, 'out-realm')}:flat`, '--creds-file', config, '--retries', '0', '-v'],
      { HOME: home },
    );
    assert.equal(refused.code, 3, refused.stderr);
    assert.ok(
      proxy.seen.some((s) => s.fault === 'realm-echo' && s.method === 'POST'),
      'the identity token was posted to the realm',
    );
    const refusedLine = refused.stderr.split('\n').filter((line) => line.startsWith('flatten: '));
    assert.equal(refusedLine.length, 1, refused.stderr);
    assert.match(refusedLine[0]!, /refresh_token=<redacted>&/);

    // The realm grants a token; the registry's 500 repeats it.
    proxy.faults = [
      challenge,
      {
        name: 'realm',
        match: isToken,
        action: { type: 'respond', status: 200, body: JSON.stringify({ access_token: BEARER, expires_in: 300 }) },
      },
      { name: 'echo', match: isManifestGet, action: { type: 'respond', status: 500, body: echo } },
    ];
    proxy.seen.length = 0;
    const echoed = await flattenCli(
      output,
      [`${proxy.host}/src/app:v1`, '--to', `oci:${join(work, 'out-bearer')}:flat`, '--creds-file', config, '--retries', '0', '--json'],
      { HOME: home },
    );
    assert.equal(echoed.code, 3, echoed.stderr);
    assert.equal(proxy.seen.find((s) => s.fault === 'echo')?.headers.authorization, `Bearer ${BEARER}`);
    assert.match(echoed.stderr, /\(500 UNKNOWN: you sent authorization=Bearer <redacted> decoded= body=\)\n/);
  });
});
