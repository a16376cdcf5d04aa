import { createReadStream, createWriteStream } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { pack, type Header } from 'tar-stream';
import { createCompressor } from '../compress/compressor.ts';
import type { Compression } from '../image/family.ts';
import { createDigestStream } from '../stream/digest.ts';

/** Ownership and mode of one path in the layer, where it differs from "root, mode as on disk". */
export interface PathOwner {
  uid: number;
  gid: number;
  mode?: number;
}

export interface DirectoryLayerOptions {
  /** The tree to pack: its contents become the layer's root. */
  directory: string;
  /** Where the compressed blob is written. */
  file: string;
  /** Every member's mtime, in seconds (SOURCE_DATE_EPOCH): the same tree gives the same bytes. */
  mtime: number;
  compression?: Compression;
  /** Paths (relative, no leading slash) owned by someone other than root. */
  owners?: Readonly<Record<string, PathOwner>>;
  /** Relative paths left out with everything under them. */
  exclude?: (path: string) => boolean;
}

export interface DirectoryLayer {
  file: string;
  digest: string;
  size: number;
  diffId: string;
  uncompressedSize: number;
}

/** Every path under `root`, parents before children, in byte order of the names. */
async function* walk(root: string, relative = '', exclude?: (path: string) => boolean): AsyncGenerator<string> {
  const names = (await readdir(join(root, relative))).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  for (const name of names) {
    const path = relative === '' ? name : `${relative}/${name}`;
    if (exclude?.(path)) continue;
    yield path;
    if ((await lstat(join(root, path))).isDirectory()) yield* walk(root, path, exclude);
  }
}

/**
 * A layer made from a directory tree, reproducibly: members sorted, one fixed mtime, owned by
 * root (or as `owners` says), no user or group names, hard links stored as separate files. What
 * varies between two checkouts or machines (times, owners, readdir order) never reaches the
 * bytes, so the same tree always gives the same diff_id and, compressed, the same digest.
 */
export async function writeDirectoryLayer(options: DirectoryLayerOptions): Promise<DirectoryLayer> {
  const tar = pack();
  const uncompressed = createDigestStream();
  const compressed = createDigestStream();
  const written = pipeline(
    tar,
    uncompressed.stream,
    createCompressor({ format: options.compression ?? 'gzip' }),
    compressed.stream,
    createWriteStream(options.file),
  );
  const mtime = new Date(options.mtime * 1000);
  const add = (header: Partial<Header> & { name: string }, body?: NodeJS.ReadableStream) =>
    new Promise<void>((resolve, reject) => {
      const entry = tar.entry(header, (error) => (error ? reject(error) : resolve()));
      if (body !== undefined) body.pipe(entry);
    });
  try {
    for await (const path of walk(options.directory, '', options.exclude)) {
      const stats = await lstat(join(options.directory, path));
      const owner = options.owners?.[path];
      const common = {
        name: path,
        mtime,
        uname: '',
        gname: '',
        uid: owner?.uid ?? 0,
        gid: owner?.gid ?? 0,
        mode: owner?.mode ?? stats.mode & 0o7777,
      };
      if (stats.isDirectory()) await add({ ...common, type: 'directory' });
      else if (stats.isSymbolicLink()) await add({ ...common, type: 'symlink', linkname: await readlink(join(options.directory, path)) });
      else if (stats.isFile()) await add({ ...common, type: 'file', size: stats.size }, createReadStream(join(options.directory, path)));
      else throw new Error(`${path}: only directories, files and symlinks go into a built layer`);
    }
    tar.finalize();
    await written;
  } catch (error) {
    tar.destroy(error as Error);
    await written.catch(() => {});
    throw error;
  }
  const [diff, blob] = await Promise.all([uncompressed.result, compressed.result]);
  return { file: options.file, digest: blob.digest, size: blob.size, diffId: diff.digest, uncompressedSize: diff.size };
}
