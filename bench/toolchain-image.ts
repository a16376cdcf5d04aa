/**
 * A second benchmark image, made differently from build-image.ts so that a figure is not the
 * benchmark image's alone: a CI toolchain image of whole directory trees from this machine (a JDK,
 * Go, CUDA, Node, locales, GCC, Python wheels), written by GNU tar in its own format (GNU, not
 * PAX: long names as ././@LongLink records) and compressed by GNU gzip -6, with a layer that
 * deletes a directory, makes another opaque and overwrites files. Trees missing on a machine are
 * left out. Reused from the cache directory when present.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchImage } from './build-image.ts';
import { run } from './measure.ts';
import { addLayer, type BuiltLayers, finishBenchLayout } from './write-layout.ts';

/** Directory trees, one layer each, base first (paths relative to /). */
const TREES = [
  'usr/lib/jvm',
  'usr/lib/go-1.19',
  'usr/local/cuda-13.0',
  'opt/node-24.21.0',
  'usr/share/locale',
  'usr/lib/gcc',
  'opt/wheels',
];

export async function buildToolchainImage(cacheDir: string): Promise<BenchImage> {
  const layout = join(cacheDir, 'image-toolchain-v1');
  const summaryFile = join(layout, 'bench-summary.json');
  const cached = await readFile(summaryFile, 'utf8').catch(() => undefined);
  if (cached !== undefined) return JSON.parse(cached) as BenchImage;
  await rm(layout, { recursive: true, force: true });
  const work = `${layout}.work`;
  await rm(work, { recursive: true, force: true });
  await mkdir(join(layout, 'blobs', 'sha256'), { recursive: true });
  await mkdir(work, { recursive: true });

  const trees = TREES.filter((tree) => existsSync(join('/', tree)));
  // The changes layer goes before the last tree: a later layer stands on top of the deletions.
  const staging = join(work, 'changes');
  const locales = trees.includes('usr/share/locale');
  const jdk = trees.includes('usr/lib/jvm');
  await mkdir(join(staging, 'usr/lib'), { recursive: true });
  if (locales) {
    // One locale deleted as a directory, another made opaque with a new file in it.
    await mkdir(join(staging, 'usr/share/locale/de/LC_MESSAGES'), { recursive: true });
    await writeFile(join(staging, 'usr/share/locale/de/.wh..wh..opq'), '');
    await writeFile(join(staging, 'usr/share/locale/de/LC_MESSAGES/app.mo'), 'replaced\n');
    await writeFile(join(staging, 'usr/share/locale/.wh.fr'), '');
  }
  if (trees.includes('usr/lib/gcc')) await writeFile(join(staging, 'usr/lib/.wh.gcc'), '');
  if (jdk) {
    // A JDK's files overwritten by a patch release: new bytes under the same names.
    const files = (await run('find', ['/usr/lib/jvm', '-xdev', '-type', 'f', '-name', '*.so', '-size', '+100k']))
      .split('\n')
      .filter(Boolean);
    for (const file of files.slice(0, 20)) {
      const target = join(staging, file);
      await mkdir(join(target, '..'), { recursive: true });
      const bytes = await readFile(file);
      await writeFile(target, Buffer.concat([bytes, Buffer.from('patched\n')]));
    }
  }

  const layers: Array<{ cwd: string; members: string[] }> = trees.map((tree) => ({ cwd: '/', members: [tree] }));
  layers.splice(Math.max(0, layers.length - 1), 0, { cwd: staging, members: ['.'] });

  const built: BuiltLayers = { diffIds: [], descriptors: [], layerBlobs: [], uncompressedBytes: 0, files: 0 };
  for (const [index, layer] of layers.entries()) {
    const tarFile = join(work, `layer-${index}.tar`);
    await run('tar', ['--create', '--file', tarFile, '--format=gnu', '--numeric-owner', '-C', layer.cwd, ...layer.members]);
    built.files += (await run('tar', ['--list', '--file', tarFile])).split('\n').filter(Boolean).length;
    await addLayer(built, layout, tarFile, 'gzip');
  }
  return finishBenchLayout(
    layout,
    work,
    built,
    { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] },
    'toolchain layer',
  );
}
