import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from '../../helpers/cli.ts';
import { startRegistry, type RegistryServer } from '../../helpers/registry-server.ts';
import { run } from '../../helpers/run.ts';

/**
 * `npm run image` (tools/image/build.ts, issue 15): oci-flatten's own image, built by its own
 * library into an OCI layout and a registry, then unpacked with umoci and run as user 65532.
 */
const EPOCH = '1700000000';
const canRun = process.platform === 'linux' && process.getuid?.() === 0 && process.arch === 'x64';

interface Manifest {
  config: { digest: string };
  layers: Array<{ digest: string; size: number; mediaType: string }>;
  annotations: Record<string, string>;
}

describe('npm run image builds a reproducible multi-platform image that runs flatten', {
  skip: !canRun && 'needs root on linux/amd64 (chroot, dpkg-deb)',
}, () => {
  let scratch = '';
  let registry: RegistryServer;
  const layout = (name: string) => join(scratch, name);
  const blob = async (dir: string, digest: string) => JSON.parse(await readFile(join(dir, 'blobs', 'sha256', digest.slice(7)), 'utf8'));
  // The .deb files and the node package are fetched once for the whole test (--cache).
  const build = (to: string, platform: string) =>
    run(
      process.execPath,
      [join(REPO_ROOT, 'tools', 'image', 'build.ts'), '--to', to, '--platform', platform, '--cache', join(scratch, 'cache')],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH },
      },
    );
  let indexDigest = '';

  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'oci-flatten-image-test-'));
    registry = await startRegistry();
  });
  after(async () => {
    await registry?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('writes an index of linux/amd64 and linux/arm64 to an OCI layout, with three layers each: base, node, app', async () => {
    const result = await build(`oci:${layout('multi')}:1`, 'linux/amd64,linux/arm64');
    const written = /^oci:.*:1@(sha256:[a-f0-9]{64})$/m.exec(result.stdout);
    assert.ok(written, result.stdout);
    indexDigest = written[1] as string;
    const index = await blob(layout('multi'), indexDigest);
    assert.equal(index.mediaType, 'application/vnd.oci.image.index.v1+json');
    assert.deepEqual(
      index.manifests.map((m: { platform: { architecture: string; os: string } }) => `${m.platform.os}/${m.platform.architecture}`),
      ['linux/amd64', 'linux/arm64'],
    );
    const [amd64, arm64] = (await Promise.all(
      index.manifests.map((m: { digest: string }) => blob(layout('multi'), m.digest)),
    )) as Manifest[];
    assert.ok(amd64 !== undefined && arm64 !== undefined);
    assert.equal(amd64.layers.length, 3);
    assert.equal(arm64.layers.length, 3);
    // The app layer is the same bytes for both architectures; base and node differ.
    assert.equal(amd64.layers[2]?.digest, arm64.layers[2]?.digest);
    assert.notEqual(amd64.layers[0]?.digest, arm64.layers[0]?.digest);
    assert.notEqual(amd64.layers[1]?.digest, arm64.layers[1]?.digest);
    const { version, license } = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8'));
    const revision = (await run('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT })).stdout.trim();
    assert.equal(amd64.annotations['org.opencontainers.image.version'], version);
    assert.equal(amd64.annotations['org.opencontainers.image.revision'], revision);
    assert.equal(amd64.annotations['org.opencontainers.image.licenses'], license);
    assert.match(amd64.annotations['org.opencontainers.image.source'] ?? '', /^https:\/\//);
    // The default base is assembled from Debian packages, not pulled: no base image to name.
    assert.match(
      amd64.annotations['dev.oci-flatten.base.packages'] ?? '',
      /^ca-certificates=\S+ libc6=\S+ libgcc-s1=\S+ libstdc\+\+6=\S+$/,
    );
    assert.equal(amd64.annotations['org.opencontainers.image.base.name'], undefined);
    const config = await blob(layout('multi'), amd64.config.digest);
    assert.equal(config.architecture, 'amd64');
    assert.equal(config.created, '2023-11-14T22:13:20Z');
    assert.equal(config.config.User, '65532:65532');
    assert.equal(config.config.WorkingDir, '/work');
    assert.deepEqual(config.config.Entrypoint, [
      '/usr/local/bin/node',
      '--max-semi-space-size=1',
      '--wasm-tiering-budget=200000000',
      '/app/dist/cli/entry.js',
    ]);
    assert.equal(config.rootfs.diff_ids.length, 3);
    assert.equal((await blob(layout('multi'), arm64.config.digest)).architecture, 'arm64');
  });

  it('the same checkout and SOURCE_DATE_EPOCH give the same digests, in a registry too', async () => {
    const result = await build(`${registry.host}/tools/oci-flatten:1`, 'linux/amd64,linux/arm64');
    assert.match(result.stdout, new RegExp(`^${registry.host}/tools/oci-flatten:1@${indexDigest}$`, 'm'));
  });

  it('--from REF takes the base from a registry: its layers first, named by base.name and base.digest', async () => {
    // The demo image (linux/amd64, three layers), copied as it is.
    const digestFile = join(scratch, 'base-digest');
    await run('skopeo', [
      'copy',
      '--quiet',
      '--dest-tls-verify=false',
      '--digestfile',
      digestFile,
      `oci:${join(REPO_ROOT, 'examples', 'demo-image')}:demo`,
      `docker://${registry.host}/base/demo:1`,
    ]);
    const baseDigest = (await readFile(digestFile, 'utf8')).trim();
    const base = (await blob(join(REPO_ROOT, 'examples', 'demo-image'), baseDigest)) as Manifest;
    const result = await run(
      process.execPath,
      [
        join(REPO_ROOT, 'tools', 'image', 'build.ts'),
        '--to',
        `oci:${layout('from')}:1`,
        '--platform',
        'linux/amd64',
        '--from',
        `${registry.host}/base/demo:1`,
        '--cache',
        join(scratch, 'cache'),
      ],
      { cwd: REPO_ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } },
    );
    const digest = /@(sha256:[a-f0-9]{64})$/m.exec(result.stdout)?.[1] as string;
    const manifest = (await blob(layout('from'), digest)) as Manifest;
    assert.equal(manifest.layers.length, base.layers.length + 2);
    assert.deepEqual(
      manifest.layers.slice(0, base.layers.length).map((l) => l.digest),
      base.layers.map((l) => l.digest),
    );
    assert.equal(manifest.annotations['org.opencontainers.image.base.name'], `${registry.host}/base/demo:1`);
    assert.equal(manifest.annotations['org.opencontainers.image.base.digest'], baseDigest);
  });

  it('the amd64 image, unpacked with umoci, runs as user 65532: --version, and a flatten to a registry on loopback', async () => {
    await build(`oci:${layout('amd64')}:1`, 'linux/amd64');
    const bundle = join(scratch, 'bundle');
    await run('umoci', ['unpack', '--image', `${layout('amd64')}:1`, bundle]);
    const root = join(bundle, 'rootfs');
    const config = JSON.parse(await readFile(join(bundle, 'config.json'), 'utf8'));
    assert.equal(config.process.user.uid, 65532);
    // The image's own entrypoint and environment, as a runtime would give them (Cmd is --help).
    const args: string[] = config.process.args;
    const env = Object.fromEntries(
      (config.process.env as string[]).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
    );
    assert.deepEqual(args.slice(0, 4), [
      '/usr/local/bin/node',
      '--max-semi-space-size=1',
      '--wasm-tiering-budget=200000000',
      '/app/dist/cli/entry.js',
    ]);
    const entry = args.slice(0, 4);
    const inRoot = (words: string[]) =>
      run('/usr/sbin/chroot', ['--userspec=65532:65532', root, ...entry, ...words], { env, cwd: '/', check: false });
    const version = await inRoot(['--version']);
    assert.equal(version.code, 0, version.stderr);
    assert.equal(version.stdout, `${JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')).version}\n`);

    // `flatten` on the image's PATH answers too (for runners that replace the entrypoint).
    const onPath = await run('/usr/sbin/chroot', ['--userspec=65532:65532', root, 'flatten', '--version'], { env, cwd: '/', check: false });
    assert.equal(onPath.stdout, version.stdout, onPath.stderr);

    await cp(join(REPO_ROOT, 'examples', 'demo-image'), join(root, 'work', 'demo'), { recursive: true });
    await run('chown', ['-R', '65532:65532', join(root, 'work', 'demo')]);
    // A container runtime mounts /proc; the run reads its own memory there.
    await mkdir(join(root, 'proc'), { recursive: true });
    await run('mount', ['-t', 'proc', 'proc', join(root, 'proc')]);
    let flattened: Awaited<ReturnType<typeof inRoot>>;
    try {
      flattened = await inRoot(['oci:/work/demo:demo', '--to', `${registry.host}/demo/flat:1`, '--tmp-dir', '/tmp', '--json']);
    } finally {
      await run('umount', [join(root, 'proc')]);
    }
    assert.equal(flattened.code, 0, flattened.stderr);
    const report = JSON.parse(flattened.stdout) as { digest: string; platforms: Array<{ layersBefore: number; layersAfter: number }> };
    assert.equal(report.platforms[0]?.layersBefore, 3);
    assert.equal(report.platforms[0]?.layersAfter, 1);
    // The registry holds what the run inside the image says it wrote.
    const response = await fetch(`http://${registry.host}/v2/demo/flat/manifests/1`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    assert.equal(response.headers.get('docker-content-digest'), report.digest);
  });

  it('--debug adds busybox above the base: the Node and app layers are the same blobs, and sh runs flatten', async () => {
    const plain = (await blob(
      layout('amd64'),
      JSON.parse(await readFile(join(layout('amd64'), 'index.json'), 'utf8')).manifests[0].digest,
    )) as Manifest;
    const result = await run(
      process.execPath,
      [
        join(REPO_ROOT, 'tools', 'image', 'build.ts'),
        '--to',
        `oci:${layout('debug')}:1`,
        '--platform',
        'linux/amd64',
        '--debug',
        '--cache',
        join(scratch, 'cache'),
      ],
      { cwd: REPO_ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } },
    );
    const digest = /@(sha256:[a-f0-9]{64})$/m.exec(result.stdout)?.[1] as string;
    const debug = (await blob(layout('debug'), digest)) as Manifest;
    assert.equal(debug.layers.length, 4);
    assert.deepEqual(
      [debug.layers[0], debug.layers[2], debug.layers[3]].map((l) => l?.digest),
      plain.layers.map((l) => l.digest),
    );
    const bundle = join(scratch, 'debug-bundle');
    await run('umoci', ['unpack', '--image', `${layout('debug')}:1`, bundle]);
    const config = JSON.parse(await readFile(join(bundle, 'config.json'), 'utf8'));
    const env = Object.fromEntries(
      (config.process.env as string[]).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
    );
    const shell = await run(
      '/usr/sbin/chroot',
      [
        '--userspec=65532:65532',
        join(bundle, 'rootfs'),
        '/bin/sh',
        '-c',
        'cd /work && flatten --version && id -u && tail --help 2>&1 | head -1',
      ],
      { env, cwd: '/', check: false },
    );
    assert.equal(shell.code, 0, shell.stderr);
    assert.match(shell.stdout, /^\d+\.\d+\.\d+\n65532\nBusyBox v/);
  });
});
