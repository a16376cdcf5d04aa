/**
 * Builds the benchmark image as an OCI layout: eight gzip layers of real files from this machine
 * (libraries, binaries, text), incompressible random data, overwritten files, whiteouts and an
 * opaque directory, in the proportions below. Reused from the cache directory when present.
 *
 * Above 1 GiB the image keeps the 1 GiB image's files and grows the way large images do (CUDA and
 * ML images: big libraries and weights, not ten times the files): each layer's share beyond
 * its 1 GiB quota is written as large files, up to 256 MiB each, made of the same kind of bytes
 * (real libraries, binaries or text concatenated; random data for weights). So a 10 GiB image
 * has the 1 GiB image's paths plus a few dozen, and shows what grows with bytes alone;
 * `bench/memory.ts` shows what grows with the number of paths.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { run } from './measure.ts';
import { addLayer, type BuiltLayers, finishBenchLayout } from './write-layout.ts';

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

/** Images up to 1 GiB are unchanged since version 3; larger ones got their bulk files in 4. */
const layoutVersion = (sizeMiB: number): number => (sizeMiB > 1024 ? 4 : 3);
const MiB = 1024 * 1024;
/** Files larger than this are split: the size of a large library or a shard of weights. */
const BULK_FILE_BYTES = 256 * MiB;

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

/**
 * Writes `bytes` of bulk files under `prefix` in staging: real files of `pool` concatenated (from
 * `cursor`, wrapping around), or random bytes when the pool is empty. Returns how many files.
 */
async function writeBulk(
  staging: string,
  prefix: string,
  pool: readonly SourceFile[],
  bytes: number,
  cursor = { next: 0 },
): Promise<number> {
  let files = 0;
  for (let left = bytes; left > 0; files++) {
    const size = Math.min(left, BULK_FILE_BYTES);
    left -= size;
    const path = join(staging, `${prefix}-${files + 1}${pool.length === 0 ? '.bin' : '.so'}`);
    await mkdir(dirname(path), { recursive: true });
    const out = createWriteStream(path);
    let written = 0;
    while (written < size) {
      const source = pool[cursor.next++ % Math.max(pool.length, 1)];
      const chunk =
        source === undefined
          ? randomBytes(Math.min(MiB, size - written))
          : await readFile(join('/', source.path)).catch(() => Buffer.alloc(0));
      const part = chunk.subarray(0, size - written);
      written += part.length;
      if (!out.write(part)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
  return files;
}

async function writeStaged(staging: string, path: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(join(staging, path)), { recursive: true });
  await writeFile(join(staging, path), data);
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

export async function buildBenchImage(cacheDir: string, sizeMiB: number): Promise<BenchImage> {
  const layout = join(cacheDir, `image-${sizeMiB}mib-v${layoutVersion(sizeMiB)}`);
  const summaryFile = join(layout, 'bench-summary.json');
  const cached = await readFile(summaryFile, 'utf8').catch(() => undefined);
  if (cached !== undefined) return JSON.parse(cached) as BenchImage;

  await rm(layout, { recursive: true, force: true });
  const work = `${layout}.work`;
  await rm(work, { recursive: true, force: true });
  await mkdir(join(layout, 'blobs', 'sha256'), { recursive: true });
  const total = sizeMiB * MiB;
  // Real files fill each layer's share of at most 1 GiB; bulk files the rest (see the top).
  const real = Math.min(total, 1024 * MiB);
  const bulk = (share: number): number => Math.max(0, Math.round(share * (total - real)));
  const libs = await listFiles(['/usr/lib/x86_64-linux-gnu', '/usr/lib/python3', '/usr/libexec']);
  const bins = await listFiles(['/usr/bin', '/usr/sbin']);
  const text = await listFiles(['/usr/share']);
  const [allLibs, allBins, allText] = [[...libs], [...bins], [...text]];

  const layers: Array<{ real: SourceFile[]; stage: (staging: string) => Promise<number> }> = [];
  const bulkOnly =
    (prefix: string, pool: readonly SourceFile[], bytes: number) =>
    (staging: string): Promise<number> =>
      writeBulk(staging, prefix, pool, bytes);
  const base = take(libs, 0.3 * real);
  layers.push({ real: base, stage: bulkOnly('usr/local/cuda/lib64/libbulk', allLibs, bulk(0.3)) });
  const binaries = take(bins, 0.15 * real);
  layers.push({ real: binaries, stage: bulkOnly('usr/local/bin/bulk', allBins, bulk(0.15)) });
  const docs = take(text, 0.15 * real);
  layers.push({ real: docs, stage: bulkOnly('usr/local/share/bulk/text', allText, bulk(0.15)) });
  layers.push({
    real: [],
    stage: async (staging) => {
      const each = Math.floor((0.1 * real) / 2);
      for (const name of ['opt/data/random-1.bin', 'opt/data/random-2.bin']) {
        await writeStaged(staging, name, randomBytes(each));
      }
      return 2 + (await writeBulk(staging, 'opt/models/weights', [], bulk(0.1)));
    },
  });
  // Overwrites of base files with other real content, and deletions (whiteouts) of earlier files;
  // in a large image also its first bulk libraries replaced, and one deleted.
  layers.push({
    real: [],
    stage: async (staging) => {
      let count = 0;
      let bytes = 0;
      const donors = take(text, 0.1 * real);
      for (const [index, target] of base.entries()) {
        const donor = donors[index];
        if (donor === undefined || bytes >= 0.1 * real) break;
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
      if (total > real) {
        count += await writeBulk(staging, 'usr/local/cuda/lib64/libbulk', allBins, bulk(0.1), { next: 7 });
        await writeStaged(staging, 'usr/local/bin/.wh.bulk-1.so', new Uint8Array(0));
        count++;
      }
      return count + 1;
    },
  });
  // An opaque directory: every older file under usr/share/doc disappears, new ones appear.
  layers.push({
    real: take(text, 0.05 * real),
    stage: async (staging) => {
      await writeStaged(staging, 'usr/share/doc/.wh..wh..opq', new Uint8Array(0));
      await writeStaged(staging, 'usr/share/doc/README.bench', Buffer.from('replaced by an opaque directory\n'));
      return 2 + (await writeBulk(staging, 'usr/share/doc/bulk/manual', allText, bulk(0.05), { next: 11 }));
    },
  });
  layers.push({ real: take(libs, 0.1 * real), stage: bulkOnly('opt/app/lib/libbulk', allLibs, bulk(0.1)) });
  // Many small configuration-like files (as many as in the 1 GiB image), then bulk data.
  layers.push({
    real: [],
    stage: async (staging) => {
      let bytes = 0;
      let count = 0;
      while (bytes < 0.05 * real) {
        const body = Buffer.from(`# generated file ${count}\n${'key=value\n'.repeat(50 + (count % 400))}`);
        await writeStaged(staging, `etc/app/conf.d/${Math.floor(count / 500)}/file-${count}.conf`, body);
        bytes += body.length;
        count++;
      }
      return count + (await writeBulk(staging, 'srv/app/data/bulk', allText, bulk(0.05), { next: 13 }));
    },
  });

  const built: BuiltLayers = { diffIds: [], descriptors: [], layerBlobs: [], uncompressedBytes: 0, files: 0 };
  for (const [index, layer] of layers.entries()) {
    const staging = join(work, `stage-${index}`);
    await mkdir(staging, { recursive: true });
    built.files += layer.real.length + (await layer.stage(staging));
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
    await addLayer(built, layout, tarFile, 'pigz');
    await rm(staging, { recursive: true, force: true });
  }
  return finishBenchLayout(
    layout,
    work,
    built,
    { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/bin/sh'] },
    'bench layer',
  );
}
