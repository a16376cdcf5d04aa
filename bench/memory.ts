/**
 * Memory against path count: an image of many small files (default 500,000 in 4 layers, the
 * last one overwriting a tenth of them) is flattened; peak RSS and bytes per path are printed,
 * the baseline being the same flatten of a 4-file image.
 *   node bench/memory.ts [--files 500000]
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { startRegistry } from '../test/helpers/registry-server.ts';
import { measure, run, shellQuote } from './measure.ts';
import { putJsonBlob } from './write-layout.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { files: { type: 'string', default: '500000' } } });
const cacheDir = join(tmpdir(), 'oci-flatten-bench');

/** Writes one gzip layer of `count` small files into the layout; returns its digests. */
async function writeLayer(layout: string, names: (index: number) => string, count: number, salt: string) {
  const pack = tar.pack();
  const diff = createHash('sha256');
  const blob = createHash('sha256');
  const tmp = join(layout, 'blobs', 'sha256', `tmp-${salt}`);
  let size = 0;
  const tee = new PassThrough();
  tee.on('data', (chunk: Buffer) => diff.update(chunk));
  const counter = new PassThrough();
  counter.on('data', (chunk: Buffer) => {
    blob.update(chunk);
    size += chunk.length;
  });
  const done = pipeline(pack, tee, createGzip({ level: 1 }), counter, createWriteStream(tmp));
  for (let index = 0; index < count; index++) {
    const body = Buffer.from(`${salt} ${index}\n`);
    await new Promise<void>((ok, fail) =>
      pack.entry({ name: names(index), size: body.length, mode: 0o644, mtime: new Date(0) }, body, (e) => (e ? fail(e) : ok())),
    );
  }
  pack.finalize();
  await done;
  const digest = blob.digest('hex');
  await run('mv', [tmp, join(layout, 'blobs', 'sha256', digest)]);
  return { diffId: `sha256:${diff.digest('hex')}`, digest: `sha256:${digest}`, size };
}

async function buildLayout(files: number): Promise<string> {
  const layout = join(cacheDir, `many-files-${files}`);
  if ((await readFile(join(layout, 'index.json'), 'utf8').catch(() => undefined)) !== undefined) return layout;
  await rm(layout, { recursive: true, force: true });
  await mkdir(join(layout, 'blobs', 'sha256'), { recursive: true });
  const perLayer = Math.ceil(files / 3);
  const name = (layer: number) => (index: number) => `srv/data/l${layer}/d${Math.floor(index / 1000)}/file-${index}.txt`;
  const layers = [];
  for (let layer = 0; layer < 3; layer++)
    layers.push(await writeLayer(layout, name(layer), Math.min(perLayer, files - layer * perLayer), `layer${layer}`));
  layers.push(await writeLayer(layout, name(0), Math.ceil(perLayer / 10), 'overwrite'));
  const put = (value: unknown) => putJsonBlob(layout, value);
  const config = await put({
    architecture: 'amd64',
    os: 'linux',
    config: {},
    rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.diffId) },
    history: layers.map((_, index) => ({ created_by: `layer ${index}` })),
  });
  const manifest = await put({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
    layers: layers.map((layer) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: layer.digest, size: layer.size })),
  });
  await writeFile(join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(
    join(layout, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          ...manifest,
          annotations: { 'org.opencontainers.image.ref.name': 'bench' },
        },
      ],
    }),
  );
  return layout;
}

const files = Number(values.files);
await mkdir(cacheDir, { recursive: true });
const registry = await startRegistry();
try {
  const flatten = `node ${shellQuote(join(repoRoot, 'bin', 'flatten'))}`;
  const rows: Array<{ files: number; rss: number; wall: number }> = [];
  for (const count of [4, files]) {
    const layout = await buildLayout(count);
    const source = `${registry.host}/bench/files-${count}:latest`;
    await run('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${layout}:bench`, `docker://${source}`]);
    const measured = await measure(
      `${flatten} docker://${source} --to docker://${registry.host}/bench/flat-${count}:latest --insecure ${registry.host} --quiet`,
    );
    rows.push({ files: count, rss: measured.peakRssMiB, wall: measured.wallSeconds });
    console.error(`memory: ${count} files: ${measured.peakRssMiB.toFixed(0)} MiB peak RSS, ${measured.wallSeconds.toFixed(1)} s`);
  }
  const [small, large] = rows as [(typeof rows)[0], (typeof rows)[0]];
  // Files plus the directories holding them (1000 files each).
  const paths = large.files + Math.ceil(large.files / 1000);
  console.log(`| image | peak RSS MiB | wall s |\n|---|---:|---:|`);
  for (const row of rows) console.log(`| ${row.files} files | ${row.rss.toFixed(0)} | ${row.wall.toFixed(1)} |`);
  console.log(
    `\n${(((large.rss - small.rss) * 2 ** 20) / paths).toFixed(0)} bytes of RSS per path above the 4-file baseline (target: peak < 300 MiB)`,
  );
} finally {
  await registry.stop();
}
