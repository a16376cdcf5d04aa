import assert from 'node:assert/strict';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { flatten } from '../../../src/flatten.ts';
import type { FixtureLayout } from '../../helpers/fixture-image.ts';
import { createServerPki, createTokenSigningKey, htpasswdLine, type ServerPki } from '../../helpers/pki.ts';
import { type RegistryServer, startRegistry } from '../../helpers/registry-server.ts';
import { startTokenServer, type TokenServer } from '../../helpers/token-server.ts';
import {
  basic,
  buildSourceLayout,
  createOutputLog,
  flattenCli,
  freshDir,
  leftovers,
  makeWorkDir,
  manifestOf,
  type RegistryView,
  removeDir,
  startTokenRecorder,
  tagDigest,
  tagsList,
} from './fixtures.ts';

const USER = 'ci-robot';
const PASSWORD = 'cli-Secret-5d1e!x';
const TOKEN_USER = 'alice';
const TOKEN_PASSWORD = 'tokcli-Secret-77aa';
const IDENTITY = 'idcli-Secret-0b3c9';
const SERVICE = 'oci-flatten-robustness';
const ISSUER = 'oci-flatten-robustness-issuer';
const output = createOutputLog();

describe('the CLI reaches a TLS registry with Basic auth and a token-auth registry with credentials from every source', () => {
  let work: string;
  let pki: ServerPki;
  let tls: RegistryServer;
  let tokenServer: TokenServer;
  let recorder: Awaited<ReturnType<typeof startTokenRecorder>>;
  let tokenRegistry: RegistryServer;
  let layout: FixtureLayout;
  let tlsView: RegistryView;

  before(async () => {
    work = await makeWorkDir('robust-creds');
    pki = await createServerPki(work);
    const htpasswd = join(work, 'htpasswd');
    await writeFile(htpasswd, `${await htpasswdLine(USER, PASSWORD)}\n`);
    const key = await createTokenSigningKey(work);
    tokenServer = await startTokenServer({
      key,
      issuer: ISSUER,
      service: SERVICE,
      users: { [TOKEN_USER]: TOKEN_PASSWORD },
      refreshTokens: { [IDENTITY]: TOKEN_USER },
      grant: (user, _repository, actions) => (user === TOKEN_USER ? actions : []),
    });
    recorder = await startTokenRecorder(tokenServer.realm);
    [tls, tokenRegistry, layout] = await Promise.all([
      startRegistry({ tls: { certificate: pki.certPath, key: pki.keyPath }, htpasswdPath: htpasswd }),
      startRegistry({ token: { realm: recorder.realm, service: SERVICE, issuer: ISSUER, rootcertbundle: key.certPath } }),
      buildSourceLayout(64 * 1024),
    ]);
    tlsView = { host: tls.host, https: { ca: pki.caCert }, authorization: basic(USER, PASSWORD) };
  });
  after(async () => {
    await Promise.all([tls?.stop(), tokenRegistry?.stop(), recorder?.stop(), tokenServer?.stop(), layout?.cleanup()]);
    await removeDir(work);
  });

  /** A clean HOME and tmp dir per run; the CA comes from NODE_EXTRA_CA_CERTS as on a CI runner. */
  const session = async (name: string) => {
    const home = await freshDir(work, `home-${name}`);
    const tmp = await freshDir(work, `tmp-${name}`);
    return { home, tmp, env: { HOME: home, NODE_EXTRA_CA_CERTS: pki.caCertPath } };
  };
  const source = () => `oci:${layout.dir}:${layout.tag}`;
  const auth = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');

  /** Runs with `-v --json` so that every log line and the JSON document are searched for secrets. */
  const flattenOk = async (args: string[], env: Record<string, string> & { HOME: string }, tmp: string) => {
    const result = await flattenCli(output, [...args, '-v', '--json', '--tmp-dir', tmp], env);
    assert.equal(result.code, 0, `flatten ${args.join(' ')} failed:\n${result.stderr}`);
    assert.deepEqual(await leftovers(tmp), [], 'the tmp dir is left empty');
    return JSON.parse(result.stdout) as { reference: string; digest: string };
  };

  describe('TLS with a CA of our own, htpasswd Basic auth', () => {
    let pushed: string;

    it('--dest-creds pushes from an OCI layout over verified HTTPS, never plain HTTP', async () => {
      const { env, tmp } = await session('dest-creds');
      const result = await flattenOk([source(), '--to', `${tls.host}/team/app:flat`, '--dest-creds', `${USER}:${PASSWORD}`], env, tmp);
      pushed = result.digest;
      assert.equal(result.reference, `${tls.host}/team/app:flat@${pushed}`);
      assert.equal(await tagDigest(tlsView, 'team/app', 'flat'), pushed);
      assert.equal((await manifestOf(tlsView, 'team/app', 'flat')).layers.length, 1);
      const verbose = output.runs.at(-1)?.result.stderr ?? '';
      assert.match(verbose, new RegExp(`http: PUT https://${tls.host}/v2/team/app/manifests/flat 201`));
      assert.doesNotMatch(verbose, new RegExp(`http://${tls.host}`));
    });

    it('--src-creds and --dest-creds: registry to registry over verified TLS', async () => {
      const { env, tmp } = await session('src-dest-creds');
      const result = await flattenOk(
        [
          `${tls.host}/team/app:flat`,
          '--to',
          `${tls.host}/team/copy:v1`,
          '--src-creds',
          `${USER}:${PASSWORD}`,
          '--dest-creds',
          `${USER}:${PASSWORD}`,
        ],
        env,
        tmp,
      );
      assert.notEqual(result.digest, '');
      assert.equal(await tagDigest(tlsView, 'team/copy', 'v1'), result.digest);
    });

    it('--creds-file: a Docker config.json named on the command line', async () => {
      const { env, tmp, home } = await session('creds-file');
      const file = join(home, 'robot.json');
      await writeFile(file, JSON.stringify({ auths: { [tls.host]: { auth } } }));
      const result = await flattenOk(
        [`${tls.host}/team/app:flat`, '--to', `${tls.host}/team/creds-file:v1`, '--creds-file', file],
        env,
        tmp,
      );
      assert.equal(await tagDigest(tlsView, 'team/creds-file', 'v1'), result.digest);
    });

    it('$DOCKER_CONFIG/config.json with base64 auth under an https:// key', async () => {
      const { env, tmp, home } = await session('docker-config');
      const dockerConfig = join(home, 'docker-config');
      await mkdir(dockerConfig);
      await writeFile(join(dockerConfig, 'config.json'), JSON.stringify({ auths: { [`https://${tls.host}`]: { auth } } }));
      const result = await flattenOk(
        [`${tls.host}/team/app:flat`, '--to', `${tls.host}/team/docker-config:v1`],
        { ...env, DOCKER_CONFIG: dockerConfig },
        tmp,
      );
      assert.equal(await tagDigest(tlsView, 'team/docker-config', 'v1'), result.digest);
    });

    it('a credential helper on PATH named by ~/.docker/config.json credHelpers', async () => {
      const { env, tmp, home } = await session('helper');
      const bin = join(home, 'bin');
      await mkdir(bin);
      const seen = join(home, 'helper-stdin');
      await writeFile(
        join(bin, 'docker-credential-robot'),
        `#!/bin/sh\n[ "$1" = get ] || exit 1\nread url\necho "$url" >> ${seen}\nprintf '{"ServerURL":"%s","Username":"${USER}","Secret":"${PASSWORD}"}' "$url"\n`,
      );
      await chmod(join(bin, 'docker-credential-robot'), 0o755);
      await mkdir(join(home, '.docker'));
      await writeFile(join(home, '.docker', 'config.json'), JSON.stringify({ credHelpers: { [tls.host]: 'robot' } }));
      const result = await flattenOk(
        [`${tls.host}/team/app:flat`, '--to', `${tls.host}/team/helper:v1`],
        { ...env, PATH: `${bin}:${process.env.PATH ?? ''}` },
        tmp,
      );
      assert.equal(await tagDigest(tlsView, 'team/helper', 'v1'), result.digest);
      const asked = (await readFile(seen, 'utf8')).trim().split('\n');
      assert.ok(asked.length >= 1 && asked.every((line) => line === tls.host), `the helper was asked for ${tls.host}: ${asked.join(', ')}`);
    });

    it('$DOCKER_AUTH_CONFIG (GitLab CI) holding a whole config', async () => {
      const { env, tmp } = await session('docker-auth-config');
      const result = await flattenOk(
        [`${tls.host}/team/app:flat`, '--to', `${tls.host}/team/gitlab:v1`],
        { ...env, DOCKER_AUTH_CONFIG: JSON.stringify({ auths: { [tls.host]: { auth } } }) },
        tmp,
      );
      assert.equal(await tagDigest(tlsView, 'team/gitlab', 'v1'), result.digest);
    });

    it('missing credentials: exit 4, one error line, and a hint naming where the tool looked', async () => {
      const { env, tmp, home } = await session('no-creds');
      for (const extra of [[], ['-v', '--json']]) {
        const result = await flattenCli(output, [source(), '--to', `${tls.host}/team/denied:v1`, '--tmp-dir', tmp, ...extra], env);
        assert.equal(result.code, 4, result.stderr);
        assert.equal(result.stdout, '');
        const lines = result.stderr.split('\n').filter((l) => l.startsWith('flatten: ') || l.startsWith('hint: '));
        assert.equal(lines.length, 2, result.stderr);
        // Found by the push check before any pull (issue 18), which names the side.
        assert.match(
          lines[0] ?? '',
          new RegExp(`^flatten: target ${tls.host}/team/denied:v1: unauthorized: .*team/denied.* on ${tls.host}`),
        );
        assert.match(
          lines[1] ?? '',
          new RegExp(`^hint: credentials for ${tls.host} were looked up in: ${home}/\\.docker/config\\.json, .*containers/auth\\.json`),
        );
        assert.deepEqual(await leftovers(tmp), []);
      }
      assert.deepEqual(await tagsList(tlsView, 'team/denied'), []);
    });

    it('an untrusted CA fails with exit 3 and a hint, and never falls back to plain HTTP', async () => {
      const { env, tmp } = await session('untrusted');
      const result = await flattenCli(
        output,
        [source(), '--to', `${tls.host}/team/untrusted:v1`, '--dest-creds', `${USER}:${PASSWORD}`, '--tmp-dir', tmp, '-v'],
        {
          ...env,
          NODE_EXTRA_CA_CERTS: undefined,
        },
      );
      assert.equal(result.code, 3, result.stderr);
      assert.match(
        result.stderr,
        new RegExp(`flatten: target ${tls.host}/team/untrusted:v1: TLS certificate of ${tls.host} is not trusted`),
      );
      assert.match(result.stderr, /hint: trust its CA in \/etc\/docker\/certs\.d\//);
      assert.doesNotMatch(result.stderr, new RegExp(`http://${tls.host}`));
      assert.deepEqual(await tagsList(tlsView, 'team/untrusted'), []);
    });

    it('the library takes the CA directory (certs.d layout) and a timeout through its transport options', async () => {
      const certs = join(work, 'certs.d');
      await mkdir(join(certs, tls.host), { recursive: true });
      await writeFile(join(certs, tls.host, 'ca.crt'), pki.caCert);
      const logged: string[] = [];
      const result = await flatten({
        source: source(),
        target: `${tls.host}/team/library:v1`,
        tempDirectory: (await session('library')).tmp,
        transport: {
          certsDirectory: certs,
          timeoutMs: 10_000,
          targetCredentials: { kind: 'basic', username: USER, password: PASSWORD },
          onLog: (line) => logged.push(line),
        },
      });
      assert.equal(await tagDigest(tlsView, 'team/library', 'v1'), result.digest);
      assert.ok(
        logged.some((l) => l.startsWith(`PUT https://${tls.host}/v2/team/library/manifests/v1 201`)),
        logged.join('\n'),
      );
      output.runs.push({ args: ['(library)'], result: { stdout: JSON.stringify(result), stderr: logged.join('\n'), code: 0 } });
    });

    it('the digest is the same whichever source the credentials came from', async () => {
      const digests = await Promise.all(
        ['copy', 'creds-file', 'docker-config', 'helper', 'gitlab'].map((repo) => tagDigest(tlsView, `team/${repo}`, 'v1')),
      );
      // Flattening the flat image again is deterministic: every copy is the same image.
      assert.equal(new Set(digests).size, 1, digests.join(' '));
      assert.ok(
        digests.every((d) => d !== undefined && d !== pushed),
        'each copy is a new flatten of the flat image',
      );
    });
  });

  describe('token auth: distribution with `auth: token` and real signed JWTs', () => {
    /** A pull token obtained by the test itself, to read the registry directly. */
    const view = async (repository: string): Promise<RegistryView> => {
      const response = await fetch(`${tokenServer.realm}?service=${SERVICE}&scope=repository:${repository}:pull`, {
        headers: { authorization: basic(TOKEN_USER, TOKEN_PASSWORD) },
      });
      const { token } = (await response.json()) as { token: string };
      return { host: tokenRegistry.host, authorization: `Bearer ${token}` };
    };

    it('--dest-creds: the realm is asked for push,pull on the target and the image is stored', async () => {
      const { env, tmp } = await session('token-dest');
      const mark = tokenServer.requests.length;
      const result = await flattenOk(
        [source(), '--to', `${tokenRegistry.host}/team/app:flat`, '--dest-creds', `${TOKEN_USER}:${TOKEN_PASSWORD}`],
        env,
        tmp,
      );
      const asked = tokenServer.requests.slice(mark);
      assert.ok(
        asked.some((r) => r.user === TOKEN_USER && r.scopes.includes('repository:team/app:push,pull')),
        JSON.stringify(asked),
      );
      assert.equal(
        await tagDigest({ host: tokenRegistry.host }, 'team/app', 'flat').catch(() => 'refused'),
        'refused',
        'anonymous reads are refused',
      );
      assert.equal(await tagDigest(await view('team/app'), 'team/app', 'flat'), result.digest);
    });

    it('an identity token from $DOCKER_CONFIG is exchanged with an OAuth2 refresh_token POST, registry to registry', async () => {
      const { env, tmp, home } = await session('token-identity');
      const dockerConfig = join(home, 'docker-config');
      await mkdir(dockerConfig);
      await writeFile(
        join(dockerConfig, 'config.json'),
        JSON.stringify({ auths: { [tokenRegistry.host]: { auth: Buffer.from('<token>:').toString('base64'), identitytoken: IDENTITY } } }),
      );
      const mark = tokenServer.requests.length;
      const result = await flattenOk(
        [`${tokenRegistry.host}/team/app:flat`, '--to', `${tokenRegistry.host}/team/other:v1`],
        { ...env, DOCKER_CONFIG: dockerConfig },
        tmp,
      );
      const asked = tokenServer.requests.slice(mark);
      assert.ok(asked.length > 0 && asked.every((r) => r.grant === 'refresh_token' && r.user === TOKEN_USER), JSON.stringify(asked));
      assert.equal(result.reference, `${tokenRegistry.host}/team/other:v1@${result.digest}`);
      assert.equal(await tagDigest(await view('team/other'), 'team/other', 'v1'), result.digest);
    });

    it('missing credentials on a token registry: exit 4 with the hint', async () => {
      const { env, tmp } = await session('token-none');
      const result = await flattenCli(
        output,
        [source(), '--to', `${tokenRegistry.host}/team/nobody:v1`, '--tmp-dir', tmp, '-v', '--json'],
        env,
      );
      assert.equal(result.code, 4, result.stderr);
      assert.match(result.stderr, new RegExp(`hint: credentials for ${tokenRegistry.host} were looked up in: `));
      assert.deepEqual(await tagsList(await view('team/nobody'), 'team/nobody'), []);
    });
  });

  it('no secret (password, base64 user:password, identity token, issued tokens) appears in any stdout or stderr', () => {
    assert.ok(recorder.tokens.length >= 2, `tokens were issued (${recorder.tokens.length})`);
    output.assertNoSecrets([
      PASSWORD,
      `${USER}:${PASSWORD}`,
      TOKEN_PASSWORD,
      `${TOKEN_USER}:${TOKEN_PASSWORD}`,
      IDENTITY,
      ...recorder.tokens,
    ]);
  });
});
