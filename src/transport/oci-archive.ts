import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createOwnedDir } from '../pipeline/owned-dirs.ts';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { usageError } from '../errors.ts';
import type { ImageSource, ImageTarget } from './types.ts';
import { extractArchive, stagingPrefix, writeArchive, type ArchiveMember } from './archive-file.ts';
import { ioError } from './blob-store.ts';
import { openOciLayoutSource, openOciLayoutTarget } from './oci-layout.ts';

/** An OCI layout in one tar file (`oci-archive:FILE[:TAG]`), staged as a layout directory. */

const LAYOUT_MEMBER = /^(oci-layout|index\.json|blobs\/(sha256\/[a-f0-9]{64}|sha512\/[a-f0-9]{128}))$/;
const describe = (file: string, tag: string | undefined): string => `oci-archive:${file}${tag === undefined ? '' : `:${tag}`}`;

const exists = async (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw ioError(`reading ${path}`, error);
    },
  );

/** Read from an archive: it is unpacked into a temp dir under `stagingParent` (the run's, under --tmp-dir) that `close` removes. */
export async function openOciArchiveSource(file: string, tag?: string, stagingParent: string = tmpdir()): Promise<ImageSource> {
  const description = describe(file, tag);
  if (!(await exists(file))) throw usageError(`${description}: ${file} does not exist`);
  const staging = await mkdtemp(join(stagingParent, 'oci-archive-'));
  try {
    await extractArchive(file, staging, (name) => LAYOUT_MEMBER.test(name), description);
    const layout = await openOciLayoutSource(staging, tag, { description });
    return {
      ...layout,
      close: async () => {
        await layout.close();
        await rm(staging, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Write an archive: blobs are staged in a layout directory next to FILE (same filesystem, so
 * no tmpfs fills up), and `commit` tars it to FILE.tmp and renames. Images already in FILE under
 * other tags are kept.
 */
export async function openOciArchiveTarget(file: string, tag?: string): Promise<ImageTarget> {
  const description = describe(file, tag);
  // Marked with its owner: a run killed with -9 leaves it, and the next run removes it (owned-dirs.ts).
  const owned = await createOwnedDir(dirname(file), stagingPrefix(file)).catch((error: unknown) => {
    throw ioError(`${description}: creating a staging directory next to ${file}`, error, dirname(file));
  });
  const staging = owned.path;
  const cleanup = (): Promise<void> => {
    owned.release();
    return rm(staging, { recursive: true, force: true });
  };
  let layout: ImageTarget;
  try {
    if (await exists(file)) await extractArchive(file, staging, (name) => LAYOUT_MEMBER.test(name), description);
    layout = await openOciLayoutTarget(staging, tag, { description });
  } catch (error) {
    await cleanup();
    throw error;
  }
  return {
    description,
    family: 'oci',
    hasBlob: (descriptor, signal) => layout.hasBlob(descriptor, signal),
    putBlob: (descriptor, open, options) => layout.putBlob(descriptor, open, options),
    streamBlob: (open, final, options) => (layout.streamBlob as NonNullable<ImageTarget['streamBlob']>)(open, final, options),
    storedBlob: async (descriptor, signal) => (layout.storedBlob as NonNullable<ImageTarget['storedBlob']>)(descriptor, signal),
    putManifest: (manifest, signal) => layout.putManifest(manifest, signal),
    commit: async (manifest, signal) => {
      await layout.commit(manifest, signal);
      await writeArchive(file, await layoutMembers(staging), signal, staging);
      await cleanup();
      return `${description}@${manifest.digest}`;
    },
    abort: async () => {
      await layout.abort();
      await cleanup();
    },
    close: async () => {
      await layout.close();
      await cleanup();
    },
  };
}

/** The layout's files in the order image tools write them: marker, index, then blobs. */
async function layoutMembers(dir: string): Promise<ArchiveMember[]> {
  const members: ArchiveMember[] = [
    { name: 'oci-layout', source: join(dir, 'oci-layout') },
    { name: 'index.json', source: join(dir, 'index.json') },
    { name: 'blobs/' },
  ];
  for (const algorithm of (await readdir(join(dir, 'blobs'))).sort()) {
    members.push({ name: `blobs/${algorithm}/` });
    for (const name of (await readdir(join(dir, 'blobs', algorithm))).sort()) {
      if (!LAYOUT_MEMBER.test(`blobs/${algorithm}/${name}`)) continue; // temp files of a failed write
      members.push({ name: `blobs/${algorithm}/${name}`, source: join(dir, 'blobs', algorithm, name) });
    }
  }
  return members;
}
