/**
 * Builds examples/demo-image, the small multi-layer OCI layout the README's quick start flattens.
 * Deterministic: running it again gives the same bytes, so the checked-in layout can be rebuilt
 * and compared (`node examples/build-demo-image.ts && git diff --exit-code examples/demo-image`).
 *
 * Layers (base first):
 *   1. a base: /etc/os-release, /app/config/{a,b}.conf, /app/cache/ with files, /bin/tool
 *   2. an update: deletes /app/config/b.conf (whiteout), empties /app/cache (opaque), adds a hard link
 *   3. a rewrite: /app/config becomes a file, /bin/tool becomes a symlink
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pack, type Header } from 'tar-stream';

const MTIME = new Date('2024-01-01T00:00:00Z');
const CREATED = '2024-01-01T00:00:00Z';

type Entry = Partial<Omit<Header, 'mtime'>> & { name: string; content?: string };

async function tar(entries: Entry[]): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c) => chunks.push(c as Buffer));
  const done = new Promise((resolve, reject) => {
    p.on('end', () => resolve(undefined));
    p.on('error', reject);
  });
  for (const { content, ...header } of entries) {
    await new Promise<void>((resolve, reject) =>
      p.entry({ mtime: MTIME, ...header, uid: 0, gid: 0 }, content ?? '', (error) => (error ? reject(error) : resolve())),
    );
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

const dir = (name: string): Entry => ({ name, type: 'directory', mode: 0o755 });
const file = (name: string, content: string, mode = 0o644): Entry => ({ name, type: 'file', mode, content });

const layers: { entries: Entry[]; createdBy: string }[] = [
  {
    createdBy: 'COPY base /',
    entries: [
      dir('etc'),
      file('etc/os-release', 'NAME=demo\nVERSION=1\n'),
      dir('app'),
      dir('app/config'),
      file('app/config/a.conf', 'a=1\n'),
      file('app/config/b.conf', 'b=2\n'),
      dir('app/cache'),
      file('app/cache/1.bin', 'x'.repeat(2048)),
      file('app/cache/2.bin', 'y'.repeat(2048)),
      dir('bin'),
      file('bin/tool', '#!/bin/sh\necho tool v1\n', 0o755),
    ],
  },
  {
    createdBy: 'RUN rm /app/config/b.conf && rm -rf /app/cache/* && ln /etc/os-release /etc/os-release.link',
    entries: [
      dir('app/config'),
      file('app/config/.wh.b.conf', ''),
      dir('app/cache'),
      file('app/cache/.wh..wh..opq', ''),
      file('app/cache/fresh.txt', 'new cache\n'),
      dir('etc'),
      { name: 'etc/os-release.link', type: 'link', linkname: 'etc/os-release', mode: 0o644 },
    ],
  },
  {
    createdBy: 'RUN rm -rf /app/config && echo settings > /app/config && ln -sf /usr/bin/tool2 /bin/tool',
    entries: [
      dir('app'),
      file('app/config', 'settings\n'),
      dir('bin'),
      { name: 'bin/tool', type: 'symlink', linkname: 'tool2', mode: 0o777 },
      file('bin/tool2', '#!/bin/sh\necho tool v2\n', 0o755),
    ],
  },
];

const sha256 = (bytes: Uint8Array): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

const out = join(dirname(fileURLToPath(import.meta.url)), 'demo-image');
await rm(out, { recursive: true, force: true });
await mkdir(join(out, 'blobs', 'sha256'), { recursive: true });
const writeBlob = async (bytes: Uint8Array): Promise<string> => {
  const digest = sha256(bytes);
  await writeFile(join(out, 'blobs', 'sha256', digest.slice(7)), bytes);
  return digest;
};

const layerDescriptors = [];
const diffIds = [];
for (const layer of layers) {
  const raw = await tar(layer.entries);
  const gz = gzipSync(raw, { level: 9 });
  // gzip headers carry an OS byte and no time from gzipSync; the bytes are stable across runs.
  layerDescriptors.push({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: await writeBlob(gz), size: gz.length });
  diffIds.push(sha256(raw));
}
const history = [
  { created: CREATED, created_by: layers[0]!.createdBy },
  { created: CREATED, created_by: 'ENV APP_MODE=demo', empty_layer: true },
  { created: CREATED, created_by: layers[1]!.createdBy },
  { created: CREATED, created_by: layers[2]!.createdBy },
  { created: CREATED, created_by: 'CMD ["/bin/tool"]', empty_layer: true },
];
const config = {
  created: CREATED,
  architecture: 'amd64',
  os: 'linux',
  config: {
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'APP_MODE=demo'],
    Cmd: ['/bin/tool'],
    WorkingDir: '/app',
    User: '0:0',
    Labels: { 'org.opencontainers.image.title': 'oci-flatten demo' },
  },
  rootfs: { type: 'layers', diff_ids: diffIds },
  history,
};
const configBytes = new TextEncoder().encode(JSON.stringify(config, null, 2));
const manifest = {
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: await writeBlob(configBytes), size: configBytes.length },
  layers: layerDescriptors,
};
const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest, null, 2));
const manifestDigest = await writeBlob(manifestBytes);
await writeFile(join(out, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
await writeFile(
  join(out, 'index.json'),
  JSON.stringify(
    {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: manifest.mediaType,
          digest: manifestDigest,
          size: manifestBytes.length,
          annotations: { 'org.opencontainers.image.ref.name': 'demo' },
        },
      ],
    },
    null,
    2,
  ),
);
process.stdout.write(`wrote ${out} (tag demo, manifest ${manifestDigest})\n`);
