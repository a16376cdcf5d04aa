import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, zstdCompressSync } from 'node:zlib';
import { pack as tarPack, type Header } from 'tar-stream';
import { sha256Digest } from '../../src/image/digest.ts';
import { MediaType } from '../../src/image/media-types.ts';
import type { Descriptor, HistoryEntry, Platform, RawManifest } from '../../src/image/types.ts';
import { run } from './run.ts';

/**
 * Test images built from layer tars, written as an OCI layout and pushed with skopeo, so tests get
 * real registry content without trusting our own registry client or writer.
 */

export type FixtureCompression = 'gzip' | 'zstd' | 'none';

export interface FixtureLayer {
  /** The uncompressed layer tar. */
  tar: Buffer;
  /** Default gzip. */
  compression?: FixtureCompression;
  /** The history entry's created_by. */
  createdBy?: string;
}

export interface FixtureImageSpec {
  /** Base first. A bare Buffer is a gzip layer. */
  layers: (Buffer | FixtureLayer)[];
  /** Merged over the default config (see defaultConfig); `rootfs` and `history` are computed. */
  config?: Record<string, unknown>;
  /**
   * Metadata-only history steps (`empty_layer: true`), inserted after the layer with this index
   * (-1: before the first layer). Default: one ENV step after the first layer.
   */
  emptyHistory?: { after: number; createdBy: string }[];
  platform?: Platform;
  annotations?: Record<string, string>;
  /** Doctors the config's diff_ids (given the true sha256 of each layer tar), for images that lie about them. */
  diffIds?: (trueDiffIds: string[]) => string[];
}

export interface FixtureIndexSpec {
  images: (FixtureImageSpec & { platform: Platform })[];
  /** Add a buildx-style attestation manifest (platform unknown/unknown) for the first image. */
  attestation?: boolean;
  annotations?: Record<string, string>;
}

export type FixtureSpec = FixtureImageSpec | FixtureIndexSpec;

export interface BuiltLayer {
  descriptor: Descriptor;
  /** sha256 of the uncompressed tar. */
  diffId: string;
  tar: Buffer;
}

export interface BuiltImage {
  manifest: RawManifest;
  config: Record<string, unknown>;
  configDescriptor: Descriptor;
  layers: BuiltLayer[];
  platform: Platform | undefined;
}

export interface FixtureLayout {
  dir: string;
  tag: string;
  /** Digest of what the tag points at (the index for multi-platform fixtures). */
  manifestDigest: string;
  mediaType: string;
  /** The images, in index order (the attestation manifest is not among them). */
  images: BuiltImage[];
  /** The attestation manifest's digest, when the spec asked for one. */
  attestationDigest: string | undefined;
  cleanup(): Promise<void>;
}

const CREATED = '2024-01-02T03:04:05Z';

/** A config that uses every field flatten must round-trip, plus fields only Docker or nobody knows. */
export function defaultConfig(): Record<string, unknown> {
  return {
    created: CREATED,
    author: 'oci-flatten fixture',
    architecture: 'amd64',
    os: 'linux',
    config: {
      User: '1000:1000',
      Env: ['PATH=/usr/local/bin:/usr/bin:/bin', 'FIXTURE=standard'],
      Entrypoint: ['/usr/bin/tool'],
      Cmd: ['--help'],
      WorkingDir: '/home/user',
      ExposedPorts: { '8080/tcp': {}, '53/udp': {} },
      Volumes: { '/data': {} },
      Labels: { 'org.example.fixture': 'standard', 'org.example.empty': '' },
      StopSignal: 'SIGTERM',
      Healthcheck: { Test: ['CMD', '/usr/bin/tool', 'health'], Interval: 30_000_000_000 },
      OnBuild: ['RUN echo child'],
      Shell: ['/bin/sh', '-c'],
      ArgsEscaped: true,
    },
    'x-fixture-unknown': { kept: true, nested: [1, 'two', null] },
  };
}

/** Write the spec as an OCI image layout in a new temp dir, tagged `tag` via ref.name. */
export async function buildImageLayout(spec: FixtureSpec, tag = 'fixture'): Promise<FixtureLayout> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-flatten-fixture-'));
  const blobs = join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  const writeBlob = async (bytes: Uint8Array): Promise<string> => {
    const digest = sha256Digest(bytes);
    await writeFile(join(blobs, digest.slice('sha256:'.length)), bytes);
    return digest;
  };
  try {
    let root: RawManifest;
    let images: BuiltImage[];
    let attestationDigest: string | undefined;
    if ('images' in spec) {
      images = [];
      const children: Descriptor[] = [];
      for (const imageSpec of spec.images) {
        const image = await writeImage(imageSpec, writeBlob);
        images.push(image);
        children.push({ ...describe(image.manifest), platform: imageSpec.platform });
      }
      const first = images[0];
      if (spec.attestation === true && first !== undefined) {
        const attestation = await writeAttestation(first.manifest.digest, writeBlob);
        attestationDigest = attestation.digest;
        children.push({
          ...describe(attestation),
          platform: { architecture: 'unknown', os: 'unknown' },
          annotations: {
            'vnd.docker.reference.digest': first.manifest.digest,
            'vnd.docker.reference.type': 'attestation-manifest',
          },
        });
      }
      const index = {
        schemaVersion: 2,
        mediaType: MediaType.ociIndex,
        manifests: children,
        ...(spec.annotations === undefined ? {} : { annotations: spec.annotations }),
      };
      root = rawJson(index, MediaType.ociIndex);
      await writeBlob(root.bytes);
    } else {
      const image = await writeImage(spec, writeBlob);
      images = [image];
      root = image.manifest;
    }
    const layoutIndex = {
      schemaVersion: 2,
      mediaType: MediaType.ociIndex,
      manifests: [{ ...describe(root), annotations: { 'org.opencontainers.image.ref.name': tag } }],
    };
    await writeFile(join(dir, 'index.json'), JSON.stringify(layoutIndex));
    await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    return {
      dir,
      tag,
      manifestDigest: root.digest,
      mediaType: root.mediaType,
      images,
      attestationDigest,
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

const rawJson = (value: unknown, mediaType: string): RawManifest => {
  const bytes = Buffer.from(JSON.stringify(value));
  return { bytes, mediaType, digest: sha256Digest(bytes) };
};

const describe = (raw: RawManifest): Descriptor => ({
  mediaType: raw.mediaType,
  digest: raw.digest,
  size: raw.bytes.byteLength,
});

const LAYER_TYPES: Readonly<Record<FixtureCompression, string>> = {
  gzip: MediaType.ociLayerGzip,
  zstd: MediaType.ociLayerZstd,
  none: MediaType.ociLayer,
};

function compress(tar: Buffer, compression: FixtureCompression): Buffer {
  if (compression === 'gzip') return gzipSync(tar);
  if (compression === 'zstd') return zstdCompressSync(tar);
  return tar;
}

async function writeImage(spec: FixtureImageSpec, writeBlob: (bytes: Uint8Array) => Promise<string>): Promise<BuiltImage> {
  const layers: BuiltLayer[] = [];
  for (const entry of spec.layers) {
    const layer = Buffer.isBuffer(entry) ? { tar: entry } : entry;
    const compression = layer.compression ?? 'gzip';
    const blob = compress(layer.tar, compression);
    const digest = await writeBlob(blob);
    layers.push({
      descriptor: { mediaType: LAYER_TYPES[compression], digest, size: blob.byteLength },
      diffId: sha256Digest(layer.tar),
      tar: layer.tar,
    });
  }

  const steps = spec.emptyHistory ?? [{ after: 0, createdBy: '/bin/sh -c #(nop)  ENV FIXTURE=standard' }];
  const history: HistoryEntry[] = [];
  const addEmpty = (after: number): void => {
    for (const step of steps) {
      if (step.after === after) history.push({ created: CREATED, created_by: step.createdBy, empty_layer: true });
    }
  };
  addEmpty(-1);
  spec.layers.forEach((entry, index) => {
    const createdBy = Buffer.isBuffer(entry) ? undefined : entry.createdBy;
    history.push({ created: CREATED, created_by: createdBy ?? `/bin/sh -c fixture layer ${index}` });
    addEmpty(index);
  });

  const base = defaultConfig();
  const config: Record<string, unknown> = {
    ...base,
    ...(spec.platform === undefined
      ? {}
      : {
          architecture: spec.platform.architecture,
          os: spec.platform.os,
          ...(spec.platform.variant === undefined ? {} : { variant: spec.platform.variant }),
        }),
    ...spec.config,
    rootfs: { type: 'layers', diff_ids: (spec.diffIds ?? ((ids) => ids))(layers.map((layer) => layer.diffId)) },
    history,
  };
  const configBytes = Buffer.from(JSON.stringify(config));
  const configDescriptor: Descriptor = {
    mediaType: MediaType.ociConfig,
    digest: await writeBlob(configBytes),
    size: configBytes.byteLength,
  };
  const manifest = rawJson(
    {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: configDescriptor,
      layers: layers.map((layer) => layer.descriptor),
      ...(spec.annotations === undefined ? {} : { annotations: spec.annotations }),
    },
    MediaType.ociManifest,
  );
  await writeBlob(manifest.bytes);
  return { manifest, config, configDescriptor, layers, platform: spec.platform };
}

/** What `docker buildx` attaches: an in-toto statement in a manifest with platform unknown/unknown. */
async function writeAttestation(subject: string, writeBlob: (bytes: Uint8Array) => Promise<string>): Promise<RawManifest> {
  const statement = Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v0.1',
      predicateType: 'https://slsa.dev/provenance/v0.2',
      subject: [{ name: 'fixture', digest: { sha256: subject.slice('sha256:'.length) } }],
      predicate: { builder: { id: 'oci-flatten-fixture' } },
    }),
  );
  const statementDigest = await writeBlob(statement);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'unknown',
      os: 'unknown',
      config: {},
      rootfs: { type: 'layers', diff_ids: [statementDigest] },
    }),
  );
  const manifest = rawJson(
    {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: { mediaType: MediaType.ociConfig, digest: await writeBlob(config), size: config.byteLength },
      layers: [
        {
          mediaType: 'application/vnd.in-toto+json',
          digest: statementDigest,
          size: statement.byteLength,
          annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' },
        },
      ],
    },
    MediaType.ociManifest,
  );
  await writeBlob(manifest.bytes);
  return manifest;
}

export interface PushOptions {
  /** `oci` keeps the layout's manifests; `v2s2` converts to Docker schema2 (and manifest list). */
  format?: 'oci' | 'v2s2';
}

export interface PushedFixture {
  /** host/repo:tag */
  reference: string;
  /** The digest the registry serves for the tag. */
  digest: string;
}

/**
 * Copy a fixture (built on the fly, or an existing layout) to `host/repo:tag` with skopeo. OCI
 * format keeps every digest (`--preserve-digests`); v2s2 rewrites manifests but not layer blobs.
 */
export async function pushFixture(
  source: FixtureSpec | FixtureLayout,
  host: string,
  repo: string,
  tag: string,
  options: PushOptions = {},
): Promise<PushedFixture> {
  const hasAttestation = 'dir' in source ? source.attestationDigest !== undefined : 'attestation' in source && source.attestation === true;
  if (options.format === 'v2s2' && hasAttestation) {
    // skopeo cannot convert an in-toto layer to schema2; buildx never makes such a list either.
    throw new Error('pushFixture: a v2s2 manifest list cannot hold an attestation manifest');
  }
  const layout = 'dir' in source ? source : await buildImageLayout(source);
  const digestDir = await mkdtemp(join(tmpdir(), 'oci-flatten-push-'));
  try {
    const reference = `${host}/${repo}:${tag}`;
    const digestFile = join(digestDir, 'digest');
    const isIndex = layout.mediaType === MediaType.ociIndex;
    await run('skopeo', [
      'copy',
      '--quiet',
      '--dest-tls-verify=false',
      ...(isIndex ? ['--all'] : []),
      ...(options.format === 'v2s2' ? ['--format', 'v2s2'] : ['--preserve-digests']),
      '--digestfile',
      digestFile,
      `oci:${layout.dir}:${layout.tag}`,
      `docker://${reference}`,
    ]);
    const digest = (await readFile(digestFile, 'utf8')).trim();
    return { reference, digest };
  } finally {
    await rm(digestDir, { recursive: true, force: true });
    if (layout !== source) await layout.cleanup();
  }
}

// ---------------------------------------------------------------------------------------------
// The standard fixture: every layer rule the merge must get right, in three layers.

export interface FixtureEntry {
  path: string;
  type?: 'file' | 'dir' | 'symlink' | 'link' | 'fifo' | 'char' | 'block';
  content?: string;
  mode?: number;
  uid?: number;
  gid?: number;
  /** Symlink or hard-link target. */
  target?: string;
  xattrs?: Record<string, string>;
  devmajor?: number;
  devminor?: number;
}

const TAR_TYPES = {
  file: 'file',
  dir: 'directory',
  symlink: 'symlink',
  link: 'link',
  fifo: 'fifo',
  char: 'character-device',
  block: 'block-device',
} as const;

/** A layer tar in memory, in entry order, with fixed mtimes so the bytes are reproducible. */
export async function tarOf(entries: readonly FixtureEntry[]): Promise<Buffer> {
  const pack = tarPack();
  const chunks: Buffer[] = [];
  pack.on('data', (chunk: unknown) => {
    chunks.push(chunk as Buffer);
  });
  const done = new Promise<void>((resolve, reject) => {
    pack.once('end', resolve);
    pack.once('error', reject);
  });
  for (const entry of entries) {
    const type = entry.type ?? 'file';
    const content = type === 'file' ? Buffer.from(entry.content ?? '') : undefined;
    const header: Partial<Header> & Pick<Header, 'name'> = {
      name: type === 'dir' ? `${entry.path}/` : entry.path,
      type: TAR_TYPES[type],
      mode: entry.mode ?? (type === 'dir' ? 0o755 : type === 'symlink' ? 0o777 : 0o644),
      uid: entry.uid ?? 0,
      gid: entry.gid ?? 0,
      mtime: new Date(Date.UTC(2024, 0, 2)),
      size: content?.byteLength ?? 0,
    };
    if (entry.target !== undefined) header.linkname = entry.target;
    if (entry.devmajor !== undefined) {
      header.devmajor = entry.devmajor;
      header.devminor = entry.devminor ?? 0;
    }
    if (entry.xattrs !== undefined) {
      header.pax = Object.fromEntries(Object.entries(entry.xattrs).map(([k, v]) => [`SCHILY.xattr.${k}`, v]));
    }
    await new Promise<void>((resolve, reject) => {
      const callback = (error?: Error | null): void => (error ? reject(error) : resolve());
      if (content === undefined) pack.entry(header, callback);
      else pack.entry(header, content, callback);
    });
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

const dir = (path: string, extra: Partial<FixtureEntry> = {}): FixtureEntry => ({ path, type: 'dir', ...extra });

/** The layers of the standard fixture as entry lists, base first (for tar builders and docs). */
export function standardLayerEntries(): FixtureEntry[][] {
  return [
    [
      dir('etc'),
      { path: 'etc/passwd', content: 'root:x:0:0:root:/root:/bin/sh\n' },
      { path: 'etc/hostname', content: 'fixture\n' },
      dir('opt'),
      dir('opt/app'),
      { path: 'opt/app/old', content: 'hidden by the opaque marker\n' },
      dir('opt/app/sub'),
      { path: 'opt/app/sub/deep', content: 'also hidden\n' },
      dir('var'),
      dir('var/cache'),
      { path: 'var/cache/entry', content: 'gone when var/cache becomes a file\n' },
      dir('usr'),
      dir('usr/bin'),
      { path: 'usr/bin/tool', content: '#!/bin/sh\necho v1\n', mode: 0o755 },
      { path: 'usr/bin/su', content: 'setuid binary\n', mode: 0o4755 },
      dir('usr/share'),
      dir('usr/share/doc'),
      { path: 'usr/share/doc/readme', content: 'shared inode\n' },
      { path: 'usr/share/doc/readme.link', type: 'link', target: 'usr/share/doc/readme' },
      dir('home'),
      dir('home/user', { mode: 0o700, uid: 1000, gid: 1000 }),
      { path: 'home/user/notes', content: 'owned by user\n', mode: 0o600, uid: 1000, gid: 1000 },
      { path: 'home/user/tagged', content: 'has xattrs\n', xattrs: { 'user.fixture': 'hello', 'user.other': 'x=y' } },
      dir('tmp', { mode: 0o1777 }),
      dir('run'),
      { path: 'run/pipe', type: 'fifo', mode: 0o600 },
      dir('dev'),
      { path: 'dev/null', type: 'char', mode: 0o666, devmajor: 1, devminor: 3 },
    ],
    [
      dir('etc'),
      { path: 'etc/.wh.hostname' },
      { path: 'etc/passwd', content: 'root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000::/home/user:/bin/sh\n', mode: 0o600 },
      dir('opt'),
      dir('opt/app'),
      { path: 'opt/app/.wh..wh..opq' },
      { path: 'opt/app/new', content: 'only child after the opaque marker\n' },
      dir('usr'),
      dir('usr/bin'),
      { path: 'usr/bin/tool-v2', content: '#!/bin/sh\necho v2\n', mode: 0o755 },
      { path: 'usr/bin/tool-v2.link', type: 'link', target: 'usr/bin/tool-v2' },
    ],
    [
      dir('var'),
      { path: 'var/cache', content: 'a file where a directory was\n' },
      dir('usr'),
      dir('usr/bin'),
      { path: 'usr/bin/tool', type: 'symlink', target: 'tool-v2' },
      { path: 'lib64', type: 'symlink', target: '/usr/lib' },
      dir('home'),
      dir('home/user', { mode: 0o750, uid: 1000, gid: 1000 }),
    ],
  ];
}

/**
 * Three layers with whiteouts, an opaque directory, a directory replaced by a file, a file
 * replaced by a symlink, hard links (base layer and same layer), xattrs, setuid and sticky bits,
 * a fifo, an absolute symlink and a metadata-only history step.
 */
export async function standardFixture(): Promise<FixtureImageSpec> {
  const tars = await Promise.all(standardLayerEntries().map((entries) => tarOf(entries)));
  return {
    layers: tars.map((tar, index) => ({ tar, createdBy: `/bin/sh -c standard layer ${index}` })),
    annotations: { 'org.opencontainers.image.title': 'standard fixture' },
  };
}

/** The standard fixture for two platforms plus an attestation manifest. */
export async function standardIndexFixture(): Promise<FixtureIndexSpec> {
  const image = await standardFixture();
  const armTar = await tarOf([dir('etc'), { path: 'etc/arch', content: 'arm64\n' }]);
  return {
    images: [
      { ...image, platform: { architecture: 'amd64', os: 'linux' } },
      {
        ...image,
        layers: [...image.layers, { tar: armTar, createdBy: '/bin/sh -c arm layer' }],
        platform: { architecture: 'arm64', os: 'linux', variant: 'v8' },
      },
    ],
    attestation: true,
    annotations: { 'org.opencontainers.image.description': 'standard index fixture' },
  };
}
