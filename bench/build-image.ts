/**
 * Builds the benchmark image as an OCI layout: eight gzip layers of real files from this machine
 * (libraries, binaries, text), incompressible random data, overwritten files, whiteouts and an
 * opaque directory, in the proportions below. Reused from the cache directory when present.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { run } from './measure.ts';

export interface BenchImage {
  layout: string;
  tag: string;
  /** Local paths of the compressed layer blobs, base first (for the floor). */
  layerBlobs: string[];
  uncompressedBytes: number;
  compressedBytes: number;
  files: number;
}

interface SourceFile {
  path: string;
  size: number;
}

const LAYOUT_VERSION = 3;

async function listFiles(roots: string[]): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const root of roots) {
    const text = await run('find', [root, '-xdev', '-type', 'f', '-readable', '-size', '+0', '-printf', '%s %p\\n']).catch(() => '');
    for (const line of text.split('\n').sort()) {
      const space = line.indexOf(' ');
      // Paths relative to / (tar runs with -C /).
      if (space > 0) files.push({ size: Number(line.slice(0, space)), path: line.slice(space + 2) });
    }
  }
  return files;
}

/** Takes files from the front of `pool` until `quota` bytes. */
function take(pool: SourceFile[], quota: number): SourceFile[] {
  const taken: SourceFile[] = [];
  let bytes = 0;
  while (bytes < quota && pool.length > 0) {
    const file = pool.shift()!;
    if (file.size > quota) continue;
    taken.push(file);
    bytes += file.size;
  }
  return taken;
}

async function writeStaged(staging: string, path: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(join(staging, path)), { recursive: true });
  await writeFile(join(staging, path), data);
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

export async function buildBenchImage(cacheDir: string, sizeMiB: number): Promise<BenchImage> {
  const layout = join(cacheDir, `image-${sizeMiB}mib-v${LAYOUT_VERSION}`);
  const summaryFile = join(layout, 'bench-summary.json');
  const cached = await readFile(summaryFile, 'utf8').catch(() => undefined);
  if (cached !== undefined) return JSON.parse(cached) as BenchImage;

  await rm(layout, { recursive: true, force: true });
  const work = `${layout}.work`;
  await rm(work, { recursive: true, force: true });
  await mkdir(join(layout, 'blobs', 'sha256'), { recursive: true });
  const total = sizeMiB * 1024 * 1024;
  const libs = await listFiles(['/usr/lib/x86_64-linux-gnu', '/usr/lib/python3', '/usr/libexec']);
  const bins = await listFiles(['/usr/bin', '/usr/sbin']);
  const text = await listFiles(['/usr/share']);

  const layers: Array<{ real: SourceFile[]; stage: (staging: string) => Promise<number> }> = [];
  const none = async (): Promise<number> => 0;
  const base = take(libs, 0.3 * total);
  layers.push({ real: base, stage: none });
  const binaries = take(bins, 0.15 * total);
  layers.push({ real: binaries, stage: none });
  const docs = take(text, 0.15 * total);
  layers.push({ real: docs, stage: none });
  layers.push({
    real: [],
    stage: async (staging) => {
      const each = Math.floor((0.1 * total) / 2);
      for (const name of ['opt/data/random-1.bin', 'opt/data/random-2.bin']) {
        await writeStaged(staging, name, randomBytes(each));
      }
      return 2;
    },
  });
  // Overwrites of base files with other real content, and deletions (whiteouts) of earlier files.
  layers.push({
    real: [],
    stage: async (staging) => {
      let count = 0;
      let bytes = 0;
      const donors = take(text, 0.1 * total);
      for (const [index, target] of base.entries()) {
        const donor = donors[index];
        if (donor === undefined || bytes >= 0.1 * total) break;
        await writeStaged(staging, target.path, await readFile(join('/', donor.path)));
        bytes += donor.size;
        count++;
      }
      await writeStaged(staging, 'opt/data/.wh.random-2.bin', new Uint8Array(0));
      for (const victim of binaries.filter((_, index) => index % 7 === 0)) {
        const slash = victim.path.lastIndexOf('/');
        await writeStaged(staging, `${victim.path.slice(0, slash)}/.wh.${victim.path.slice(slash + 1)}`, new Uint8Array(0));
        count++;
      }
      return count + 1;
    },
  });
  // An opaque directory: every older file under usr/share/doc disappears, new ones appear.
  layers.push({
    real: take(text, 0.05 * total),
    stage: async (staging) => {
      await writeStaged(staging, 'usr/share/doc/.wh..wh..opq', new Uint8Array(0));
      await writeStaged(staging, 'usr/share/doc/README.bench', Buffer.from('replaced by an opaque directory\n'));
      return 2;
    },
  });
  layers.push({ real: take(libs, 0.1 * total), stage: none });
  // Many small configuration-like files.
  layers.push({
    real: [],
    stage: async (staging) => {
      let bytes = 0;
      let count = 0;
      while (bytes < 0.05 * total) {
        const body = Buffer.from(`# generated file ${count}\n${'key=value\n'.repeat(50 + (count % 400))}`);
        await writeStaged(staging, `etc/app/conf.d/${Math.floor(count / 500)}/file-${count}.conf`, body);
        bytes += body.length;
        count++;
      }
      return count;
    },
  });

  const diffIds: string[] = [];
  const descriptors: Array<{ mediaType: string; digest: string; size: number }> = [];
  const layerBlobs: string[] = [];
  let uncompressedBytes = 0;
  let files = 0;
  for (const [index, layer] of layers.entries()) {
    const staging = join(work, `stage-${index}`);
    await mkdir(staging, { recursive: true });
    files += layer.real.length + (await layer.stage(staging));
    const list = join(work, `list-${index}`);
    await writeFile(list, layer.real.map((file) => `${file.path}\n`).join(''));
    const tarFile = join(work, `layer-${index}.tar`);
    // The staged entries (directories, whiteouts, opaque markers) come first, as a filesystem-diff
    // tool writes a directory and its marker before the directory's new children: containerd
    // applies markers where they stand, so an opaque marker after the listed files (whose
    // directories have no entries of their own) would delete them (docs/containerd-parity.md).
    await run('tar', [
      '--create',
      '--file',
      tarFile,
      '--format=pax',
      '--numeric-owner',
      '--ignore-failed-read',
      '-C',
      staging,
      '.',
      '-C',
      '/',
      '--files-from',
      list,
    ]);
    uncompressedBytes += (await stat(tarFile)).size;
    diffIds.push(`sha256:${await sha256File(tarFile)}`);
    const gzFile = join(work, `layer-${index}.tar.gz`);
    await pipeline(spawn('pigz', ['-6', '-n', '-c', tarFile]).stdout, createWriteStream(gzFile));
    const digest = await sha256File(gzFile);
    const blob = join(layout, 'blobs', 'sha256', digest);
    await rename(gzFile, blob);
    layerBlobs.push(blob);
    descriptors.push({
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: `sha256:${digest}`,
      size: (await stat(blob)).size,
    });
    await rm(tarFile);
    await rm(staging, { recursive: true, force: true });
  }
  const putJson = async (value: unknown): Promise<{ digest: string; size: number }> => {
    const bytes = Buffer.from(JSON.stringify(value));
    const digest = createHash('sha256').update(bytes).digest('hex');
    await writeFile(join(layout, 'blobs', 'sha256', digest), bytes);
    return { digest: `sha256:${digest}`, size: bytes.length };
  };
  const config = await putJson({
    created: '2024-01-01T00:00:00Z',
    architecture: 'amd64',
    os: 'linux',
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/bin/sh'] },
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: diffIds.map((_, index) => ({ created: '2024-01-01T00:00:00Z', created_by: `bench layer ${index}` })),
  });
  const manifest = await putJson({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
    layers: descriptors,
  });
  const tag = 'bench';
  await writeFile(join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(
    join(layout, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest, annotations: { 'org.opencontainers.image.ref.name': tag } },
      ],
    }),
  );
  await rm(work, { recursive: true, force: true });
  const image: BenchImage = {
    layout,
    tag,
    layerBlobs,
    uncompressedBytes,
    compressedBytes: descriptors.reduce((sum, layer) => sum + layer.size, 0),
    files,
  };
  await writeFile(summaryFile, JSON.stringify(image));
  return image;
}
