/**
 * examples/library.ts against a real registry with basic auth, started here: every part of the
 * example runs (objects as sides, a deadline, a credential provider, a RegistryError) and its
 * effects are checked from outside (skopeo reads the pushed image).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from '../../helpers/cli.ts';
import { htpasswdLine } from '../../helpers/pki.ts';
import { type RegistryServer, startRegistry } from '../../helpers/registry-server.ts';
import { run } from '../../helpers/run.ts';

const USER = 'example';
const PASSWORD = 'example-Secret-19fa';

describe('examples/library.ts against the test registry', () => {
  let directory: string;
  let registry: RegistryServer;

  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'oci-flatten-library-example-'));
    const htpasswd = join(directory, 'htpasswd');
    await writeFile(htpasswd, `${await htpasswdLine(USER, PASSWORD)}\n`);
    registry = await startRegistry({ htpasswdPath: htpasswd });
  });
  after(async () => {
    await registry?.stop();
    await rm(directory, { recursive: true, force: true });
  });

  it('pushes a one-layer image with the credentials its provider gives, and reads a 404 as a RegistryError', async () => {
    // An empty Docker config: the credentials can only come from the example's provider.
    const env = { ...process.env, REGISTRY: registry.host, REGISTRY_USER: USER, REGISTRY_PASSWORD: PASSWORD, DOCKER_CONFIG: directory };
    const result = await run(process.execPath, ['--no-warnings', join(REPO_ROOT, 'examples', 'library.ts')], { cwd: REPO_ROOT, env });
    const out = result.stdout;
    const written = /^wrote oci:([^:]+):demo-flat@sha256:[a-f0-9]{64}$/m.exec(out);
    assert.ok(written, `library example output:\n${out}\n${result.stderr}`);
    try {
      // The objects run wrote the demo image with zstd: the digest the CLI's tests know.
      assert.match(
        out,
        /^objects: wrote oci:[^:]+:demo-objects@sha256:c7e225f1701483fe6a985b5c0f09c922b731c7b38bf92ac2fef76fd5e15e976e \(1 layer\)$/m,
      );
      assert.match(out, /^deadline: flatten of oci:examples\/demo-image:demo into oci:\S+:never was interrupted \(.*timeout.*\)$/m);
      const pushed = new RegExp(
        `^pushed ${registry.host}/examples/demo:flat@(sha256:[a-f0-9]{64}) \\(1 layer; credentials asked for ${registry.host}\\)$`,
        'm',
      ).exec(out);
      assert.ok(pushed, `pushed line in:\n${out}`);
      assert.match(out, new RegExp(`^registry error: status 404, registry ${registry.host}, code MANIFEST_UNKNOWN, kind registry$`, 'm'));

      // What the registry holds, read by skopeo with the same credentials.
      const inspected = await run('skopeo', [
        'inspect',
        '--tls-verify=false',
        '--creds',
        `${USER}:${PASSWORD}`,
        `docker://${registry.host}/examples/demo:flat`,
      ]);
      const image = JSON.parse(inspected.stdout) as { Digest: string; Layers: string[]; Labels?: Record<string, string> };
      assert.equal(image.Digest, pushed[1], 'the tag names what the example printed');
      assert.equal(image.Layers.length, 1, 'one layer');
      assert.ok(!out.includes(PASSWORD) && !result.stderr.includes(PASSWORD), 'the password is never printed');
    } finally {
      await rm(dirname(written[1] ?? ''), { recursive: true, force: true });
    }
  });
});
