/**
 * One registry, one connection pool and one token cache (issue 16): flatten() gives its registry
 * source and target one client, a caller can share one client between runs (createSharedClient),
 * and a credential provider answers per host before any config file. Against the real registry
 * with token auth; connections are counted by a plain TCP relay in front of it.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Credential, createSharedClient, flatten, RegistryError } from '../../../src/index.ts';
import { pushFixture, standardFixture } from '../../helpers/fixture-image.ts';
import { createTokenSigningKey } from '../../helpers/pki.ts';
import { type RegistryServer, startRegistry } from '../../helpers/registry-server.ts';
import { startTokenServer, type TokenServer } from '../../helpers/token-server.ts';

const SERVICE = 'oci-flatten-shared-client';
const ISSUER = 'oci-flatten-shared-client-issuer';
const PASSWORD = 'shared-Secret-77c1';
const alice: Credential = { kind: 'basic', username: 'alice', password: PASSWORD };

/** A TCP relay to the registry that counts the connections clients open to it. */
async function startCountingRelay(upstreamPort: number): Promise<{ host: string; connections: () => number; stop(): Promise<void> }> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const upstream = createConnection({ host: '127.0.0.1', port: upstreamPort });
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    host: `127.0.0.1:${address.port}`,
    connections: () => connections,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('registry clients: one pool and one token cache per registry; credential providers', () => {
  let directory: string;
  let tokens: TokenServer;
  let registry: RegistryServer;
  let relay: Awaited<ReturnType<typeof startCountingRelay>>;
  let source: string;

  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'oci-flatten-shared-client-'));
    const key = await createTokenSigningKey(directory);
    tokens = await startTokenServer({
      key,
      issuer: ISSUER,
      service: SERVICE,
      users: { alice: PASSWORD },
      // Anyone may pull; alice may push; the fixture is pushed anonymously to team/src.
      grant: (user, repository, actions) =>
        user === 'alice' || repository === 'team/src' ? actions : actions.filter((action) => action === 'pull'),
    });
    registry = await startRegistry({ token: { realm: tokens.realm, service: SERVICE, issuer: ISSUER, rootcertbundle: key.certPath } });
    relay = await startCountingRelay(Number(registry.host.split(':')[1]));
    source = (await pushFixture(await standardFixture(), relay.host, 'team/src', '1')).reference;
  });
  after(async () => {
    await relay?.stop();
    await registry?.stop();
    await tokens?.stop();
    await rm(directory, { recursive: true, force: true });
  });

  const scopesOf = (requests: TokenServer['requests']): string[] => requests.map((request) => request.scopes.join(' '));

  it("a run's registry source and target share one client: each token scope set is fetched once, with the provider's credentials", async () => {
    const asked: string[] = [];
    const provider = (host: string): Credential | undefined => {
      asked.push(host);
      return host === relay.host ? alice : undefined;
    };
    const mark = tokens.requests.length;
    const result = await flatten(source, `${relay.host}/team/flat:one`, { transport: { credentials: provider } });
    assert.match(result.digest, /^sha256:[a-f0-9]{64}$/);
    const requests = tokens.requests.slice(mark);
    const scopes = scopesOf(requests);
    // The preflight's own short-lived client asks for push first (src/pipeline/preflight.ts); the
    // run's one client then widens its token once per new scope set, never asking one set twice.
    assert.equal(scopes[0], 'repository:team/flat:push,pull');
    assert.deepEqual(
      scopes.slice(1),
      [...new Set(scopes.slice(1))],
      `a scope set asked twice by the run's client: ${JSON.stringify(scopes)}`,
    );
    assert.ok(scopes.length <= 4, `token requests: ${JSON.stringify(scopes)}`);
    assert.ok(
      requests.every((request) => request.user === 'alice'),
      'every token was asked with the credentials the provider gave',
    );
    assert.deepEqual([...new Set(asked)], [relay.host], 'the provider was asked about this registry only');
  });

  it('a client shared by two runs (createSharedClient): the second fetches no token and reuses the pool', async () => {
    const keychain = { resolve: async (host: string) => (host === relay.host ? alice : undefined) };
    const client = createSharedClient({ credentials: keychain });
    try {
      const mark = tokens.requests.length;
      const connections = relay.connections();
      const first = await flatten(source, `${relay.host}/team/flat:a`, { transport: { client } });
      const firstTokens = tokens.requests.length - mark;
      const firstConnections = relay.connections() - connections;
      const secondMark = tokens.requests.length;
      const secondStart = relay.connections();
      const second = await flatten(source, `${relay.host}/team/flat:b`, { transport: { client } });
      const secondConnections = relay.connections() - secondStart;
      assert.equal(second.digest, first.digest);
      assert.ok(firstTokens >= 1 && firstTokens <= 2, `the first run: push and pull in at most two token requests, got ${firstTokens}`);
      assert.deepEqual(scopesOf(tokens.requests.slice(secondMark)), [], 'the second run fetched no token: the cache is shared');
      assert.ok(
        secondConnections < firstConnections,
        `the second run reuses the pool's connections (${secondConnections} new, the first opened ${firstConnections})`,
      );
    } finally {
      await client.close();
    }
    // Without a shared client each run has its own cache: a run fetches its tokens again.
    const mark = tokens.requests.length;
    await flatten(source, `${relay.host}/team/flat:c`, { transport: { credentials: keychain } });
    assert.ok(tokens.requests.length - mark >= 2, 'a run with its own client fetched its own tokens');
  });

  it("a provider's wrong credentials end in a RegistryError naming the registry and the status", async () => {
    const wrong = (): Credential => ({ kind: 'basic', username: 'alice', password: 'not-the-password' });
    const failure = await flatten(source, `${relay.host}/team/flat:wrong`, { transport: { credentials: wrong } }).then(
      () => assert.fail('the run should fail'),
      (error: unknown) => error,
    );
    assert.ok(failure instanceof RegistryError, `a RegistryError, not ${String(failure)}`);
    assert.equal(failure.kind, 'auth');
    assert.equal(failure.registry, relay.host);
    assert.equal(failure.status, 401);
    assert.ok(!failure.message.includes('not-the-password'), 'the secret is not in the message');
  });
});
