import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { createCredentialStore } from '../../../src/registry/credentials/store.ts';

const entry = (user: string) => ({ auth: Buffer.from(`${user}:pw-${user}`).toString('base64') });

describe('credentials: the first place that knows the registry wins', () => {
  let home: string;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    home = await mkdtemp(join(tmpdir(), 'oci-flatten-creds-'));
    await mkdir(join(home, '.docker'));
    await mkdir(join(home, 'run', 'containers'), { recursive: true });
    await mkdir(join(home, '.config', 'containers'), { recursive: true });
    await writeFile(join(home, '.docker', 'config.json'), JSON.stringify({ auths: { 'a.io': entry('docker') } }));
    await writeFile(join(home, 'auth-file.json'), JSON.stringify({ auths: { 'a.io': entry('authfile'), 'b.io': entry('authfile') } }));
    await writeFile(join(home, 'run', 'containers', 'auth.json'), JSON.stringify({ auths: { 'c.io': entry('runtime') } }));
    await writeFile(
      join(home, '.config', 'containers', 'auth.json'),
      JSON.stringify({ auths: { 'c.io': entry('xdg'), 'd.io': entry('xdg') } }),
    );
    env = {
      REGISTRY_AUTH_FILE: join(home, 'auth-file.json'),
      XDG_RUNTIME_DIR: join(home, 'run'),
      DOCKER_AUTH_CONFIG: JSON.stringify({ auths: { 'd.io': entry('gitlab'), 'e.io': entry('gitlab') } }),
    };
  });
  after(async () => {
    await rm(home, { recursive: true, force: true });
  });

  const userFor = async (registry: string, explicit?: Record<string, { kind: 'basic'; username: string; password: string }>) => {
    const credential = await createCredentialStore({ env, home, ...(explicit === undefined ? {} : { explicit }) }).get(registry);
    return credential?.kind === 'basic' ? credential.username : credential?.kind;
  };

  it('explicit flags, then docker config, REGISTRY_AUTH_FILE, runtime auth.json, XDG auth.json, DOCKER_AUTH_CONFIG', async () => {
    assert.equal(await userFor('a.io', { 'a.io': { kind: 'basic', username: 'flag', password: 'x' } }), 'flag');
    assert.equal(await userFor('a.io'), 'docker');
    assert.equal(await userFor('b.io'), 'authfile');
    assert.equal(await userFor('c.io'), 'runtime');
    assert.equal(await userFor('d.io'), 'xdg');
    assert.equal(await userFor('e.io'), 'gitlab');
    assert.equal(await userFor('f.io'), undefined);
  });

  it('a credential provider (function or keychain) comes after explicit flags and before every file, asked per host', async () => {
    const asked: string[] = [];
    const provided = { kind: 'basic', username: 'provider', password: 'x' } as const;
    const provider = (host: string) => {
      asked.push(host);
      return host === 'a.io' || host === 'f.io' ? provided : undefined;
    };
    const store = createCredentialStore({ env, home, provider });
    assert.equal((await store.get('a.io', 'team/app')) === provided, true, 'before ~/.docker/config.json');
    assert.equal(await store.get('f.io'), provided, 'a host no file knows');
    const fallThrough = await store.get('b.io');
    assert.equal(fallThrough?.kind === 'basic' ? fallThrough.username : undefined, 'authfile', 'undefined falls through to the files');
    assert.deepEqual(asked, ['a.io', 'f.io', 'b.io'], 'asked with each registry host, once per lookup');
    const explicit = { 'a.io': { kind: 'basic', username: 'flag', password: 'x' } as const };
    const keychain = { resolve: async (_host: string) => provided };
    assert.equal(await createCredentialStore({ env, home, explicit, provider: keychain }).get('a.io'), explicit['a.io'], 'flags first');
    assert.equal(await createCredentialStore({ env, home, provider: keychain }).get('c.io'), provided, 'a keychain object');
    assert.match(createCredentialStore({ env, home, provider }).searched('a.io'), /the credential provider/);
    const malformed = createCredentialStore({ env, home, provider: () => ({ user: 'x' }) as never });
    await assert.rejects(malformed.get('a.io'), (error: unknown) => error instanceof FlattenError && error.kind === 'auth');
  });

  it('$DOCKER_CONFIG replaces ~/.docker', async () => {
    const dir = join(home, 'alt');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'config.json'), JSON.stringify({ auths: { 'a.io': entry('alt') } }));
    const credential = await createCredentialStore({ env: { DOCKER_CONFIG: dir }, home }).get('a.io');
    assert.equal(credential?.kind === 'basic' ? credential.username : undefined, 'alt');
  });

  it('--creds-file is read before every other place, and a missing one is an error', async () => {
    await writeFile(join(home, 'named.json'), JSON.stringify({ auths: { 'a.io': entry('named') } }));
    const named = await createCredentialStore({ env, home, configFile: join(home, 'named.json') }).get('a.io');
    assert.equal(named?.kind === 'basic' ? named.username : undefined, 'named');
    const fallback = await createCredentialStore({ env, home, configFile: join(home, 'named.json') }).get('b.io');
    assert.equal(fallback?.kind === 'basic' ? fallback.username : undefined, 'authfile');
    await assert.rejects(
      createCredentialStore({ env, home, configFile: join(home, 'absent.json') }).get('a.io'),
      (e: unknown) => e instanceof FlattenError && e.kind === 'auth' && /absent\.json does not exist/.test(e.message),
    );
  });

  it('the hint names the places, never their contents', () => {
    const searched = createCredentialStore({ env, home }).searched('z.io');
    assert.match(
      searched,
      /^credentials for z\.io were looked up in: .*\.docker\/config\.json, .*auth-file\.json, .*run\/containers\/auth\.json, .*\.config\/containers\/auth\.json, \$DOCKER_AUTH_CONFIG$/,
    );
    assert.ok(!searched.includes('pw-'));
  });

  it('a broken config file is an auth error naming the file', async () => {
    const dir = join(home, 'broken');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'config.json'), '{"auths": {"a.io": {"auth": "pw-secret"');
    await assert.rejects(createCredentialStore({ env: { DOCKER_CONFIG: dir }, home }).get('a.io'), (error) => {
      assert.ok(error instanceof FlattenError);
      assert.equal(error.kind, 'auth');
      assert.equal(error.message, `credentials file ${join(dir, 'config.json')} is not valid JSON`);
      return true;
    });
  });
});
