import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { parseReference } from '../../../src/reference/reference.ts';
import { createRegistryClient } from '../../../src/registry/client.ts';
import type { Credential } from '../../../src/registry/credentials/credential.ts';
import { createCredentialStore } from '../../../src/registry/credentials/store.ts';
import { registrySource, registryTarget } from '../../../src/transport/registry.ts';
import { createTokenSigningKey, type TokenSigningKey } from '../../helpers/pki.ts';
import { type RegistryServer, startRegistry } from '../../helpers/registry-server.ts';
import { startTokenServer, type TokenServer, type TokenServerOptions } from '../../helpers/token-server.ts';
import { makeImage, openBytes } from './fixtures.ts';
import { createCapture } from './secrets.ts';

const PASSWORD = 'tok-Secret-a81b';
const IDENTITY = 'identity-Secret-5e2d';
const SERVICE = 'oci-flatten-test-registry';
const ISSUER = 'oci-flatten-test-issuer';
const capture = createCapture();

/** A registry with token auth and its token server; the grant rule differs per scenario. */
async function startTokenRegistry(directory: string, key: TokenSigningKey, extra: Partial<TokenServerOptions> = {}) {
  const tokens = await startTokenServer({
    key,
    issuer: ISSUER,
    service: SERVICE,
    users: { alice: PASSWORD, reader: PASSWORD },
    refreshTokens: { [IDENTITY]: 'alice' },
    grant: (user, _repository, actions) => (user === 'alice' ? actions : actions.filter((a) => a === 'pull')),
    ...extra,
  });
  const registry = await startRegistry({
    token: { realm: tokens.realm, service: SERVICE, issuer: ISSUER, rootcertbundle: key.certPath },
  });
  void directory;
  return { tokens, registry };
}

describe('Bearer token auth against distribution with real signed JWTs', () => {
  let directory: string;
  let key: TokenSigningKey;
  let tokens: TokenServer;
  let registry: RegistryServer;
  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'oci-flatten-token-'));
    key = await createTokenSigningKey(directory);
    ({ tokens, registry } = await startTokenRegistry(directory, key));
  });
  after(async () => {
    await registry.stop();
    await tokens.stop();
    await rm(directory, { recursive: true, force: true });
  });

  const storeWith = (credential: Credential | undefined) =>
    createCredentialStore({
      env: {},
      home: join(directory, 'home'),
      ...(credential === undefined ? {} : { explicit: { [registry.host]: credential } }),
    });
  const alice: Credential = { kind: 'basic', username: 'alice', password: PASSWORD };

  it('push asks for push scope first, caches the token, and a mount adds pull on the source', async () => {
    const image = makeImage([30_000]);
    const blobs = [image.config, ...image.layers];
    const before = tokens.requests.length;
    const target = registryTarget(parseReference(`${registry.host}/team/base:v1`), {
      credentialStore: storeWith(alice),
      onLog: capture.log,
    });
    for (const blob of blobs) await target.putBlob(blob.descriptor, openBytes(blob.bytes));
    await target.commit(image.manifest);
    await target.close();
    const pushRequests = tokens.requests.slice(before);
    assert.ok(pushRequests.length >= 1 && pushRequests.length <= 2, `token reused, got ${pushRequests.length} requests`);
    assert.deepEqual(pushRequests.at(-1)?.scopes, ['repository:team/base:push,pull']);
    assert.equal(pushRequests.at(-1)?.service, SERVICE);

    const client = createRegistryClient({ credentials: storeWith(alice), onLog: capture.log });
    const source = registrySource(parseReference(`${registry.host}/team/base:v1`), { client });
    const target2 = registryTarget(parseReference(`${registry.host}/team/app:v1`), { client });
    const mark = tokens.requests.length;
    for (const blob of blobs) await target2.putBlob(blob.descriptor, () => assert.fail('mounted, not read'), { mountFrom: source });
    assert.deepEqual(target2.transfers(), { existing: 0, mounted: 2, uploaded: 0 });
    const scopes = tokens.requests.slice(mark).map((r) => r.scopes);
    assert.ok(
      scopes.some((s) => s[0] === 'repository:team/app:push,pull' && s.includes('repository:team/base:pull')),
      JSON.stringify(scopes),
    );
    await client.close();
  });

  it('an identity token is exchanged with an OAuth2 refresh_token POST', async () => {
    const mark = tokens.requests.length;
    const client = createRegistryClient({ credentials: storeWith({ kind: 'identity', username: undefined, token: IDENTITY }) });
    const manifest = await client.getManifest({ registry: registry.host, repository: 'team/base' }, 'v1');
    assert.match(manifest.digest, /^sha256:/);
    const used = tokens.requests.slice(mark);
    assert.equal(used[0]?.grant, 'refresh_token');
    assert.equal(used[0]?.user, 'alice');
    await client.close();
  });

  it('concurrent pushes share one token request', async () => {
    const client = createRegistryClient({ credentials: storeWith(alice), onLog: capture.log });
    const blobs = Array.from({ length: 6 }, () => makeImage([5000]).layers[0]!);
    const mark = tokens.requests.length;
    const outcomes = await Promise.all(
      blobs.map((b) => client.putBlob({ registry: registry.host, repository: 'team/many' }, b.descriptor, openBytes(b.bytes))),
    );
    assert.deepEqual(
      outcomes,
      blobs.map(() => 'uploaded'),
    );
    assert.equal(tokens.requests.length - mark, 1);
    await client.close();
  });

  it('a credential helper answering Username "<token>" gives an identity token', async () => {
    const bin = join(directory, 'bin');
    const home = join(directory, 'helper-home');
    await mkdir(bin, { recursive: true });
    await mkdir(join(home, '.docker'), { recursive: true });
    const script = join(bin, 'docker-credential-idtest');
    await writeFile(script, `#!/bin/sh\nread url\nprintf '{"ServerURL":"%s","Username":"<token>","Secret":"${IDENTITY}"}' "$url"\n`);
    await chmod(script, 0o755);
    await writeFile(join(home, '.docker', 'config.json'), JSON.stringify({ credsStore: 'idtest' }));
    const mark = tokens.requests.length;
    const client = createRegistryClient({
      credentials: createCredentialStore({ env: { PATH: `${bin}:${process.env.PATH ?? ''}` }, home }),
    });
    assert.match((await client.getManifest({ registry: registry.host, repository: 'team/base' }, 'v1')).digest, /^sha256:/);
    assert.equal(tokens.requests[mark]?.grant, 'refresh_token');
    await client.close();
  });

  it('an aborted signal stops a request', async () => {
    const client = createRegistryClient({ credentials: storeWith(alice) });
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(client.getManifest({ registry: registry.host, repository: 'team/base' }, 'v1', controller.signal), {
      name: 'AbortError',
    });
    await client.close();
  });

  it('a registrytoken is used directly as the bearer token', async () => {
    // Obtain a token the way any client would, then hand it over as `registrytoken`.
    const probe = createRegistryClient({ credentials: storeWith(alice), onLog: capture.log });
    await probe.getManifest({ registry: registry.host, repository: 'team/base' }, 'v1');
    await probe.close();
    const response = await fetch(`${tokens.realm}?service=${SERVICE}&scope=repository:team/base:pull`, {
      headers: { authorization: `Basic ${Buffer.from(`alice:${PASSWORD}`).toString('base64')}` },
    });
    const { token } = (await response.json()) as { token: string };
    const mark = tokens.requests.length;
    const client = createRegistryClient({ credentials: storeWith({ kind: 'registry-token', token }) });
    assert.match((await client.getManifest({ registry: registry.host, repository: 'team/base' }, 'v1')).digest, /^sha256:/);
    assert.equal(tokens.requests.length, mark, 'the token server was not asked again');
    await client.close();
  });

  it('a user granted only pull gets a clear unauthorized error on push', async () => {
    const image = makeImage([10]);
    const target = registryTarget(parseReference(`${registry.host}/team/base:v2`), {
      credentialStore: storeWith({ kind: 'basic', username: 'reader', password: PASSWORD }),
      onLog: capture.log,
    });
    await assert.rejects(target.putBlob(image.config.descriptor, openBytes(image.config.bytes)), (error) => {
      capture.error(error);
      assert.ok(error instanceof FlattenError);
      assert.equal(error.kind, 'auth');
      assert.match(
        error.message,
        new RegExp(`^unauthorized: push blob sha256:[0-9a-f]{64} to team/base on ${registry.host} was refused \\(401 UNAUTHORIZED`),
      );
      return true;
    });
    await target.close();
  });

  it('a bad password is refused by the token realm with the status', async () => {
    const client = createRegistryClient({ credentials: storeWith({ kind: 'basic', username: 'alice', password: 'bad-Secret-99' }) });
    await assert.rejects(client.getManifest({ registry: registry.host, repository: 'team/base' }, 'v1'), (error) => {
      capture.error(error);
      assert.ok(error instanceof FlattenError);
      assert.equal(error.kind, 'auth');
      assert.match(
        error.message,
        /^unauthorized: token for pull manifest team\/base:v1 on .* was refused by http:\/\/127\.0\.0\.1:\d+ \(401 UNAUTHORIZED/,
      );
      return true;
    });
    await client.close();
  });

  it('anonymous pull works when the realm grants it', async () => {
    const client = createRegistryClient({ credentials: storeWith(undefined) });
    assert.match((await client.getManifest({ registry: registry.host, repository: 'team/base' }, 'v1')).digest, /^sha256:/);
    await client.close();
  });

  it('a realm without OAuth2 (POST 404) falls back to GET; access_token is accepted; short expiry renews', async () => {
    const other = await startTokenRegistry(directory, key, { noOAuth: true, accessTokenField: true, expiresIn: 6 });
    try {
      const image = makeImage([100]);
      const target = registryTarget(parseReference(`${other.registry.host}/x/y:z`), {
        credentialStore: createCredentialStore({
          env: {},
          home: join(directory, 'home'),
          explicit: { [other.registry.host]: { kind: 'identity', username: 'alice', token: IDENTITY } },
        }),
      });
      for (const blob of [image.config, ...image.layers]) await target.putBlob(blob.descriptor, openBytes(blob.bytes));
      await target.commit(image.manifest);
      const grants = other.tokens.requests.map((r) => `${r.method}:${r.grant}`);
      assert.deepEqual(grants.slice(0, 2), ['POST:refresh_token', 'GET:basic']);
      // expires_in 6 s is renewed 5 s early, so after a second the cached token is stale.
      const issued = other.tokens.requests.length;
      await new Promise((resolve) => setTimeout(resolve, 1100));
      assert.equal(await target.hasBlob(image.config.descriptor), true);
      assert.ok(other.tokens.requests.length > issued, 'an expired token is renewed');
      await target.close();
    } finally {
      await other.registry.stop();
      await other.tokens.stop();
    }
  });

  it('no secret appears in any log line or error message', () => {
    capture.assertNoSecrets([PASSWORD, IDENTITY, 'bad-Secret-99']);
  });
});
