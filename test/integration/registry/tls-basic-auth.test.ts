import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { parseReference } from '../../../src/reference/reference.ts';
import { createRegistryClient, type RegistryClientOptions } from '../../../src/registry/client.ts';
import type { Credential } from '../../../src/registry/credentials/credential.ts';
import { createCredentialStore } from '../../../src/registry/credentials/store.ts';
import { registrySource, registryTarget } from '../../../src/transport/registry.ts';
import { createServerPki, htpasswdLine } from '../../helpers/pki.ts';
import { type RegistryServer, startRegistry } from '../../helpers/registry-server.ts';
import { makeImage, openBytes, randomBlob } from './fixtures.ts';
import { createCapture } from './secrets.ts';

const USER = 'flatten-user';
const PASSWORD = 'pw-Secret-7f3a9c!';
const capture = createCapture();

describe('Basic auth over TLS with a CA of our own', () => {
  let directory: string;
  let registry: RegistryServer;
  let certsDirectory: string;
  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'oci-flatten-tls-'));
    const pki = await createServerPki(directory);
    const htpasswd = join(directory, 'htpasswd');
    await writeFile(htpasswd, `${await htpasswdLine(USER, PASSWORD)}\n`);
    registry = await startRegistry({ tls: { certificate: pki.certPath, key: pki.keyPath }, htpasswdPath: htpasswd });
    certsDirectory = join(directory, 'certs.d');
    await mkdir(join(certsDirectory, registry.host), { recursive: true });
    await writeFile(join(certsDirectory, registry.host, 'ca.crt'), pki.caCert);
  });
  after(async () => {
    await registry.stop();
    await rm(directory, { recursive: true, force: true });
  });

  const emptyHome = () => join(directory, 'empty-home');
  const options = (extra: Partial<RegistryClientOptions> = {}): RegistryClientOptions => ({
    certsDirectory,
    onLog: capture.log,
    credentials: createCredentialStore({ env: {}, home: emptyHome() }),
    ...extra,
  });

  it('explicit user:secret pushes and pulls over verified TLS (CA from certs.d), HTTPS kept', async () => {
    const ref = parseReference(`${registry.host}/secure/app:v1`);
    const image = makeImage([50_000]);
    const credentials: Credential = { kind: 'basic', username: USER, password: PASSWORD };
    const target = registryTarget(ref, {
      ...options(),
      credentials,
      credentialStore: createCredentialStore({ env: {}, home: emptyHome() }),
    });
    for (const blob of [image.config, ...image.layers]) await target.putBlob(blob.descriptor, openBytes(blob.bytes));
    assert.equal(await target.commit(image.manifest), `${ref.toString()}@${image.manifest.digest}`);
    await target.close();
    const source = registrySource(ref, { ...options(), credentials });
    assert.equal((await source.getRootManifest()).digest, image.manifest.digest);
    await source.close();
    assert.ok(!capture.lines.some((l) => l.includes(`http://${registry.host}`)), 'never fell back to plain HTTP');
  });

  it('an untrusted certificate is an error with a hint, not a silent fallback to HTTP', async () => {
    const client = createRegistryClient(options({ certsDirectory: join(directory, 'nowhere') }));
    await assert.rejects(client.hasBlob({ registry: registry.host, repository: 'a/b' }, randomBlob(1).descriptor.digest), (error) => {
      capture.error(error);
      assert.ok(error instanceof FlattenError);
      assert.match(error.message, new RegExp(`TLS certificate of ${registry.host} is not trusted`));
      assert.match(error.hint ?? '', /certs\.d/);
      return true;
    });
    await client.close();
  });

  it('an insecure host skips certificate verification', async () => {
    const store = createCredentialStore({
      env: {},
      home: emptyHome(),
      explicit: { [registry.host]: { kind: 'basic', username: USER, password: PASSWORD } },
    });
    const client = createRegistryClient(
      options({ certsDirectory: join(directory, 'nowhere'), insecure: [registry.host], credentials: store }),
    );
    assert.equal(await client.scheme(registry.host), 'https:');
    assert.equal(await client.hasBlob({ registry: registry.host, repository: 'a/b' }, randomBlob(1).descriptor.digest), false);
    await client.close();
  });

  it('a wrong password is an auth error carrying the registry diagnostic', async () => {
    const store = createCredentialStore({
      env: {},
      home: emptyHome(),
      explicit: { [registry.host]: { kind: 'basic', username: USER, password: 'wrong-Secret-1' } },
    });
    const client = createRegistryClient(options({ credentials: store }));
    const blob = randomBlob(10);
    await assert.rejects(
      client.putBlob({ registry: registry.host, repository: 'team/app' }, blob.descriptor, openBytes(blob.bytes)),
      (error) => {
        capture.error(error);
        assert.ok(error instanceof FlattenError);
        assert.equal(error.kind, 'auth');
        assert.match(
          error.message,
          new RegExp(`^unauthorized: push blob ${blob.descriptor.digest} to team/app on ${registry.host} was refused \\(401 UNAUTHORIZED`),
        );
        return true;
      },
    );
    await client.close();
  });

  it('missing credentials: the error says where the tool looked', async () => {
    const client = createRegistryClient(options());
    await assert.rejects(client.getManifest({ registry: registry.host, repository: 'secure/app' }, 'v1'), (error) => {
      capture.error(error);
      assert.ok(error instanceof FlattenError);
      assert.equal(error.kind, 'auth');
      assert.match(error.hint ?? '', /looked up in: .*empty-home\/\.docker\/config\.json/);
      return true;
    });
    await client.close();
  });

  describe('credentials are found where docker, podman and CI put them', () => {
    const auth = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
    const pull = async (env: NodeJS.ProcessEnv, home: string) => {
      const client = createRegistryClient(options({ credentials: createCredentialStore({ env, home }) }));
      try {
        return (await client.getManifest({ registry: registry.host, repository: 'secure/app' }, 'v1')).digest;
      } finally {
        await client.close();
      }
    };
    const home = async (name: string) => {
      const path = join(directory, name);
      await mkdir(path, { recursive: true });
      return path;
    };

    it('$DOCKER_CONFIG/config.json auths with base64 auth under a scheme-qualified key', async () => {
      const dockerConfig = await home('docker-config');
      await writeFile(join(dockerConfig, 'config.json'), JSON.stringify({ auths: { [`https://${registry.host}`]: { auth } } }));
      assert.match(await pull({ DOCKER_CONFIG: dockerConfig }, await home('h1')), /^sha256:/);
    });

    it('~/.docker/config.json with username/password', async () => {
      const h = await home('h2');
      await mkdir(join(h, '.docker'));
      await writeFile(
        join(h, '.docker', 'config.json'),
        JSON.stringify({ auths: { [registry.host]: { username: USER, password: PASSWORD } } }),
      );
      assert.match(await pull({}, h), /^sha256:/);
    });

    it('a credential helper named in credHelpers, run from PATH with the server URL on stdin', async () => {
      const h = await home('h3');
      const bin = await home('bin');
      const seen = join(bin, 'stdin-seen');
      const script = join(bin, 'docker-credential-flattentest');
      await writeFile(
        script,
        `#!/bin/sh\n[ "$1" = get ] || exit 1\nread url\necho "$url" > ${seen}\nprintf '{"ServerURL":"%s","Username":"${USER}","Secret":"${PASSWORD}"}' "$url"\n`,
      );
      await chmod(script, 0o755);
      await mkdir(join(h, '.docker'));
      await writeFile(
        join(h, '.docker', 'config.json'),
        JSON.stringify({ credHelpers: { [registry.host]: 'flattentest' }, auths: { [registry.host]: { auth: 'bm90OnVzZWQ=' } } }),
      );
      assert.match(await pull({ PATH: `${bin}:${process.env.PATH ?? ''}` }, h), /^sha256:/);
      const { readFile } = await import('node:fs/promises');
      assert.equal((await readFile(seen, 'utf8')).trim(), registry.host);
    });

    it('a failing credential helper is an auth error naming the helper, not its output', async () => {
      const h = await home('h4');
      const bin = await home('bin-bad');
      const script = join(bin, 'docker-credential-broken');
      await writeFile(script, `#!/bin/sh\necho "${PASSWORD}"\nexit 3\n`);
      await chmod(script, 0o755);
      await mkdir(join(h, '.docker'));
      await writeFile(join(h, '.docker', 'config.json'), JSON.stringify({ credsStore: 'broken' }));
      await assert.rejects(pull({ PATH: `${bin}:${process.env.PATH ?? ''}` }, h), (error) => {
        capture.error(error);
        assert.match(
          String((error as Error).message),
          new RegExp(`credential helper docker-credential-broken failed for ${registry.host} \\(exit 3\\)`),
        );
        return true;
      });
    });

    it('REGISTRY_AUTH_FILE (containers auth.json) with a namespace key', async () => {
      const file = join(await home('h5'), 'auth.json');
      await writeFile(file, JSON.stringify({ auths: { [`${registry.host}/secure`]: { auth } } }));
      assert.match(await pull({ REGISTRY_AUTH_FILE: file }, await home('h6')), /^sha256:/);
    });

    it('DOCKER_AUTH_CONFIG holding a whole config (GitLab CI)', async () => {
      assert.match(
        await pull({ DOCKER_AUTH_CONFIG: JSON.stringify({ auths: { [registry.host]: { auth } } }) }, await home('h7')),
        /^sha256:/,
      );
    });
  });

  it('no secret appears in any log line or error message', () => {
    capture.assertNoSecrets([PASSWORD, 'wrong-Secret-1']);
  });
});
