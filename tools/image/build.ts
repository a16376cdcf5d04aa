/**
 * `npm run image -- --to TARGET [--platform linux/amd64,linux/arm64] [--from REF] [--debug] [--cache DIR]`
 * builds oci-flatten's own image with its own library (src/build/), no daemon: a base (Debian's
 * libc6, libstdc++6, libgcc-s1 and ca-certificates unpacked with dpkg-deb, or the image REF),
 * the pinned Node from the npm registry's node-linux-<arch> package, and the app (dist/ and the
 * production node_modules), as three layers in that order so an app upgrade reuses the others.
 * `--debug` adds busybox (sh and the usual tools) above the base, for CI job images.
 * The same checkout and SOURCE_DATE_EPOCH (default: the last commit's time) give the same digests.
 */
import { execFileSync } from 'node:child_process';
import { chmod, copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  imageIndex,
  openSource,
  openTarget,
  writeDirectoryLayer,
  writeImage,
  type BuiltLayerFile,
  type DirectoryLayer,
} from '../../src/index.ts';
import { parseManifest } from '../../src/image/parse.ts';
import type { Descriptor, Platform } from '../../src/image/types.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The Node in the image: the launcher's pinned fallback (bin/launcher/node-version.js). */
export const NODE_VERSION = '24.21.0';
const DEBIAN_PACKAGES = ['libc6', 'libstdc++6', 'libgcc-s1', 'ca-certificates'];
const USER = 65532;
const APP = '/app';
const WORKDIR = '/work';
/** Debian and npm name the two architectures differently; OCI uses Debian's words. */
const NPM_ARCH: Record<string, string> = { amd64: 'x64', arm64: 'arm64' };

const sh = (command: string, args: string[], cwd?: string): string =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 }).trim();

/**
 * `apt-get download` of each package for `arch`, from apt lists of its own in the cache: the
 * machine's apt state (which architectures dpkg knows, how fresh its lists are) plays no part, so
 * both architectures get the same package versions. Only the machine's sources list is read.
 */
async function debianPackages(
  arch: string,
  cache: string,
  packages: string[],
  name = 'base',
): Promise<{ files: string[]; versions: string[] }> {
  const dir = join(cache, `deb-${name}-${arch}`);
  const state = join(cache, `apt-${arch}`);
  const options = [
    ...['-o', `APT::Architecture=${arch}`, '-o', `APT::Architectures::=${arch}`],
    // Run as root, apt would otherwise warn that its _apt user cannot write the cache.
    ...['-o', 'APT::Sandbox::User=root'],
    ...[
      '-o',
      `Dir::State::Lists=${join(state, 'lists')}`,
      '-o',
      `Dir::Cache=${join(state, 'cache')}`,
      '-o',
      'Dir::State::status=/dev/null',
    ],
  ];
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length === 0) {
    if ((await readdir(join(state, 'lists')).catch(() => [])).length === 0) {
      for (const sub of ['lists/partial', 'cache/archives/partial']) await mkdir(join(state, sub), { recursive: true });
      sh('apt-get', [...options, '-qq', 'update']);
    }
    sh('apt-get', [...options, '-qq', 'download', ...packages], dir);
  }
  const files = (await readdir(dir)).filter((name) => name.endsWith('.deb')).sort();
  return {
    files: files.map((name) => join(dir, name)),
    versions: files.map((name) =>
      name
        .replace(/\.deb$/, '')
        .split('_')
        .slice(0, 2)
        .join('='),
    ),
  };
}

/** The base tree: the packages unpacked, CA bundle as update-ca-certificates makes it, users. */
async function debianRoot(arch: string, cache: string, root: string): Promise<string[]> {
  const { files, versions } = await debianPackages(arch, cache, DEBIAN_PACKAGES);
  for (const file of files) sh('dpkg-deb', ['-x', file, root]);
  // Manuals and translations are no use in a container; copyright files stay.
  for (const dir of ['usr/share/man', 'usr/share/info', 'usr/share/lintian', 'usr/share/locale'])
    await rm(join(root, dir), { recursive: true, force: true });
  const mozilla = join(root, 'usr/share/ca-certificates/mozilla');
  const certificates = (await readdir(mozilla)).sort();
  await mkdir(join(root, 'etc/ssl/certs'), { recursive: true });
  const bundle = await Promise.all(certificates.map((name) => readFile(join(mozilla, name), 'utf8')));
  await writeFile(join(root, 'etc/ssl/certs/ca-certificates.crt'), bundle.map((pem) => (pem.endsWith('\n') ? pem : `${pem}\n`)).join(''));
  await writeFile(
    join(root, 'etc/passwd'),
    `root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:${USER}:${USER}:nonroot:${WORKDIR}:/sbin/nologin\n`,
  );
  await writeFile(join(root, 'etc/group'), `root:x:0:\nnonroot:x:${USER}:\n`);
  return versions;
}

/**
 * Applets linked to busybox in the debug variant: what CI runners need in a job image (GitLab
 * runs its script with sh and coreutils; GitHub keeps a container job alive with `tail -f`), and
 * what a person debugging a Job reaches for. A fixed list: the build may not run the binary.
 */
const BUSYBOX_APPLETS = [
  '[',
  'ash',
  'awk',
  'basename',
  'cat',
  'chmod',
  'cp',
  'cut',
  'date',
  'df',
  'dirname',
  'du',
  'echo',
  'env',
  'false',
  'find',
  'grep',
  'gzip',
  'head',
  'id',
  'ls',
  'mkdir',
  'mktemp',
  'mv',
  'printf',
  'ps',
  'pwd',
  'rm',
  'sed',
  'sh',
  'sleep',
  'sort',
  'tail',
  'tar',
  'tee',
  'test',
  'touch',
  'tr',
  'true',
  'uname',
  'wc',
  'which',
  'xargs',
];

/** The debug variant's shell: Debian's busybox-static at /bin/busybox, its applets linked in /bin. */
async function busyboxRoot(arch: string, cache: string, root: string): Promise<string[]> {
  const { files, versions } = await debianPackages(arch, cache, ['busybox-static'], 'debug');
  const unpacked = join(root, '..', `busybox-deb-${arch}`);
  for (const file of files) sh('dpkg-deb', ['-x', file, unpacked]);
  await mkdir(join(root, 'bin'), { recursive: true });
  await copyFile(join(unpacked, 'bin/busybox'), join(root, 'bin/busybox'));
  await chmod(join(root, 'bin/busybox'), 0o755);
  for (const applet of BUSYBOX_APPLETS) await symlink('busybox', join(root, 'bin', applet));
  return versions;
}

/** The Node binary of node-linux-<arch>@NODE_VERSION (npm pack, cached), at usr/local/bin/node. */
async function nodeRoot(arch: string, cache: string, root: string): Promise<void> {
  const pkg = `node-linux-${NPM_ARCH[arch]}@${NODE_VERSION}`;
  const dir = join(cache, `npm-${arch}`);
  await mkdir(dir, { recursive: true });
  let tarball = (await readdir(dir)).find((name) => name.endsWith('.tgz'));
  tarball ??= sh('npm', ['pack', '--silent', pkg], dir).split('\n').pop() as string;
  sh('tar', ['-xzf', join(dir, tarball), '-C', dir, 'package/bin/node', 'package/LICENSE']);
  await mkdir(join(root, 'usr/local/bin'), { recursive: true });
  await mkdir(join(root, 'usr/local/share/doc/node'), { recursive: true });
  await copyFile(join(dir, 'package/bin/node'), join(root, 'usr/local/bin/node'));
  await chmod(join(root, 'usr/local/bin/node'), 0o755);
  await copyFile(join(dir, 'package/LICENSE'), join(root, 'usr/local/share/doc/node/LICENSE'));
}

/** dist/ (built now), package.json and the production node_modules from the lockfile. */
async function appRoot(cache: string, root: string): Promise<void> {
  const app = join(root, APP.slice(1));
  await mkdir(app, { recursive: true });
  // Compiled straight into the image's tree, never over the checkout's dist/: other runs (the
  // test suite's CLI tests) may be loading it at the same moment.
  sh(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--outDir', join(app, 'dist')], REPO);
  for (const file of ['package.json', 'package-lock.json', 'LICENSE', 'README.md'])
    await copyFile(join(REPO, file), join(app, file)).catch(() => {});
  const modules = join(cache, 'node_modules-prod');
  const lock = await readFile(join(REPO, 'package-lock.json'), 'utf8');
  if ((await readFile(join(modules, 'package-lock.json'), 'utf8').catch(() => '')) !== lock) {
    await rm(modules, { recursive: true, force: true });
    await mkdir(modules, { recursive: true });
    await copyFile(join(REPO, 'package.json'), join(modules, 'package.json'));
    await writeFile(join(modules, 'package-lock.json'), lock);
    sh('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--silent'], modules);
  }
  await cp(join(modules, 'node_modules'), join(app, 'node_modules'), { recursive: true });
  // npm's own bookkeeping holds install-time paths and times: not reproducible, not needed.
  await rm(join(app, 'node_modules/.package-lock.json'), { force: true });
  await mkdir(join(root, WORKDIR.slice(1)), { recursive: true });
  await mkdir(join(root, 'tmp'), { recursive: true });
  // `flatten` on PATH, for runners that replace the entrypoint (a Kubernetes `command`, GitLab
  // CI and GitHub container jobs with the debug variant). Only --max-semi-space-size, which V8
  // reads at start, is missing here; MALLOC_ARENA_MAX comes from the image's Env.
  await mkdir(join(root, 'usr/local/bin'), { recursive: true });
  await writeFile(
    join(root, 'usr/local/bin/flatten'),
    [
      '#!/usr/local/bin/node',
      "import { setFlagsFromString } from 'node:v8';",
      "setFlagsFromString('--wasm-tiering-budget=200000000');",
      `await import('${APP}/dist/cli/entry.js');`,
      '',
    ].join('\n'),
  );
  await chmod(join(root, 'usr/local/bin/flatten'), 0o755);
}

/** The base's layers, config and manifest digest from a registry (or any source), for one platform. */
async function remoteBase(reference: string, platform: Platform) {
  const source = await openSource(reference);
  const root = await source.getRootManifest();
  let parsed = parseManifest(root, reference);
  if (parsed.kind === 'index') {
    const child = parsed.index.manifests.find((d) => d.platform?.os === platform.os && d.platform?.architecture === platform.architecture);
    if (child === undefined) throw new Error(`${reference} has no ${platform.os}/${platform.architecture} image`);
    parsed = parseManifest(await source.getManifest(child), reference);
  }
  if (parsed.kind !== 'image') throw new Error(`${reference}: an index inside an index`);
  const manifest = parsed.raw;
  const image = parsed.manifest;
  const config = JSON.parse(Buffer.from(await source.getBlobBytes(image.config)).toString('utf8')) as {
    architecture?: string;
    os?: string;
    rootfs: { diff_ids: string[] };
  };
  if (config.architecture !== platform.architecture || config.os !== platform.os) {
    throw new Error(`${reference} is ${config.os}/${config.architecture}, not ${platform.os}/${platform.architecture}`);
  }
  const layers: BuiltLayerFile[] = image.layers.map((layer: Descriptor, i: number) => ({
    digest: layer.digest,
    size: layer.size,
    mediaType: layer.mediaType,
    diffId: config.rootfs.diff_ids[i] as string,
    open: () => source.getBlob(layer),
    history: { created_by: `base ${reference}`, comment: `layer ${i + 1} of ${reference}@${manifest.digest}` },
  }));
  return { source, layers, digest: manifest.digest };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      to: { type: 'string' },
      platform: { type: 'string', default: 'linux/amd64,linux/arm64' },
      from: { type: 'string' },
      cache: { type: 'string' },
      debug: { type: 'boolean', default: false },
    },
  });
  if (values.to === undefined)
    throw new Error('usage: npm run image -- --to TARGET [--platform linux/amd64,linux/arm64] [--from REF] [--debug] [--cache DIR]');
  const epoch = Number(process.env.SOURCE_DATE_EPOCH ?? sh('git', ['log', '-1', '--format=%ct'], REPO));
  const created = new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
  const pkg = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as {
    version: string;
    license: string;
    repository?: { url?: string } | string;
  };
  const revision = sh('git', ['rev-parse', 'HEAD'], REPO);
  const sourceUrl =
    (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url) ?? 'https://github.com/oci-flatten/oci-flatten';
  const work = await mkdtemp(join(tmpdir(), 'oci-flatten-image-'));
  const cache = values.cache ?? join(work, 'cache');
  const target = await openTarget(values.to);
  try {
    const appTree = join(work, 'app');
    await appRoot(cache, appTree);
    const layerOf = (name: string, directory: string, owners = {}): Promise<DirectoryLayer> =>
      writeDirectoryLayer({ directory, file: join(work, `${name}.tar.gz`), mtime: epoch, owners });
    const app = await layerOf('app', appTree, { work: { uid: USER, gid: USER, mode: 0o755 }, tmp: { uid: 0, gid: 0, mode: 0o1777 } });
    const images: Descriptor[] = [];
    for (const platformName of values.platform.split(',')) {
      const [os = 'linux', arch = 'amd64'] = platformName.split('/');
      if (NPM_ARCH[arch] === undefined) throw new Error(`--platform ${platformName}: only linux/amd64 and linux/arm64`);
      const platform: Platform = { architecture: arch, os };
      const baseAnnotations: Record<string, string> = {};
      let baseLayers: BuiltLayerFile[];
      if (values.from !== undefined) {
        const base = await remoteBase(values.from, platform);
        baseLayers = base.layers;
        Object.assign(baseAnnotations, {
          'org.opencontainers.image.base.name': values.from,
          'org.opencontainers.image.base.digest': base.digest,
        });
      } else {
        const tree = join(work, `base-${arch}`);
        const versions = await debianRoot(arch, cache, tree);
        const layer = await layerOf(`base-${arch}`, tree);
        baseLayers = [{ ...layer, history: { created_by: `dpkg-deb -x ${versions.join(' ')}`, comment: 'Debian packages' } }];
        // This base is made here, not pulled: there is no base image for base.name and
        // base.digest to name (and `flatten --base auto` would try to pull one), so the
        // packages that make it are named instead. --from sets the two.
        baseAnnotations['dev.oci-flatten.base.packages'] = versions.join(' ');
      }
      if (values.debug) {
        // Above the base, below Node and the app: those two stay the same blobs as without it.
        const tree = join(work, `debug-${arch}`);
        const versions = await busyboxRoot(arch, cache, tree);
        const layer = await layerOf(`debug-${arch}`, tree);
        baseLayers.push({ ...layer, history: { created_by: `dpkg-deb -x ${versions.join(' ')}`, comment: 'debug: busybox sh and tools' } });
      }
      const nodeTree = join(work, `node-${arch}`);
      await nodeRoot(arch, cache, nodeTree);
      const node = await layerOf(`node-${arch}`, nodeTree);
      const annotations = {
        'org.opencontainers.image.created': created,
        'org.opencontainers.image.source': sourceUrl,
        'org.opencontainers.image.version': pkg.version,
        'org.opencontainers.image.revision': revision,
        'org.opencontainers.image.licenses': pkg.license,
        'org.opencontainers.image.title': values.debug ? 'oci-flatten (debug: busybox sh)' : 'oci-flatten',
        ...baseAnnotations,
      };
      const { manifest, descriptor } = await writeImage(target, {
        platform,
        created,
        annotations,
        layers: [
          ...baseLayers,
          { ...node, history: { created_by: `npm pack node-linux-${NPM_ARCH[arch]}@${NODE_VERSION}`, comment: 'Node.js' } },
          { ...app, history: { created_by: `oci-flatten ${pkg.version} (${revision}): dist and production node_modules`, comment: 'app' } },
        ],
        config: {
          User: `${USER}:${USER}`,
          // The image pins its Node, so its flags are known to it: bin/flatten's settings
          // (bin/launcher/process-flags.js) go straight on the entrypoint.
          Env: [
            'PATH=/usr/local/bin:/usr/bin:/bin',
            `HOME=${WORKDIR}`,
            'MALLOC_ARENA_MAX=1',
            'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt',
          ],
          Entrypoint: ['/usr/local/bin/node', '--max-semi-space-size=1', '--wasm-tiering-budget=200000000', `${APP}/dist/cli/entry.js`],
          Cmd: ['--help'],
          WorkingDir: WORKDIR,
          Labels: annotations,
        },
      });
      images.push(descriptor);
      if (values.platform.split(',').length === 1) {
        process.stdout.write(`${await target.commit(manifest)}\n`);
        return;
      }
    }
    process.stdout.write(
      `${await target.commit(imageIndex(images, { 'org.opencontainers.image.created': created, 'org.opencontainers.image.version': pkg.version, 'org.opencontainers.image.revision': revision }))}\n`,
    );
  } catch (error) {
    await target.abort().catch(() => {});
    throw error;
  } finally {
    await target.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
