import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { extract as tarExtract, pack as tarPack } from 'tar-stream';
import { FlattenError, contentError } from '../errors.ts';
import { byteStringOf, displayName } from '../rootfs/display-name.ts';
import { ioError } from './blob-store.ts';

/** Image archives (oci-archive, docker-archive) are plain tars of a few files; this reads and writes them. */

/** A member name (tar-stream decodes names as UTF-8 text) quoted for a message, controls escaped. */
const shown = (name: string): string => displayName(byteStringOf(name));

export interface ArchiveMember {
  /** Name inside the archive, `/`-separated; a trailing `/` makes a directory. */
  name: string;
  /** File on disk whose bytes become the member's, or the bytes themselves. */
  source?: string | Uint8Array;
}

/** Archive targets stage next to the archive, in directories starting with this (what a later run sweeps). */
export const stagingPrefix = (file: string): string => `.${basename(file)}.staging-`;

// Fixed attributes, so the same image gives the same archive bytes.
const MTIME = new Date(0);

/**
 * Write the members, in order, to `file` through a temp file renamed into place on success. The
 * temp file goes in `tempDirectory` (a target's marked staging directory on the same file system,
 * which a later run removes if this one is killed) or else next to `file`.
 */
export async function writeArchive(
  file: string,
  members: readonly ArchiveMember[],
  signal?: AbortSignal,
  tempDirectory?: string,
): Promise<void> {
  const temp = tempDirectory === undefined ? `${file}.tmp-${randomUUID()}` : join(tempDirectory, `.archive.tmp-${randomUUID()}`);
  const pack = tarPack();
  const writing = pipeline(pack, createWriteStream(temp, { flags: 'wx' }), ...(signal === undefined ? [] : [{ signal }]));
  try {
    const adding = (async () => {
      for (const member of members) {
        if (member.name.endsWith('/')) {
          pack.entry({ name: member.name, type: 'directory', mode: 0o755, mtime: MTIME, uid: 0, gid: 0 });
        } else if (member.source instanceof Uint8Array) {
          pack.entry({ name: member.name, mode: 0o644, mtime: MTIME, uid: 0, gid: 0 }, member.source);
        } else if (member.source !== undefined) {
          const size = (await stat(member.source)).size;
          const sink = pack.entry({ name: member.name, size, mode: 0o644, mtime: MTIME, uid: 0, gid: 0 });
          await pipeline(createReadStream(member.source), sink);
        }
      }
      pack.finalize();
    })();
    adding.catch((error: unknown) => pack.destroy(error as Error));
    await Promise.all([adding, writing]);
    await rename(temp, file);
  } catch (error) {
    pack.destroy();
    await writing.catch(() => {});
    await rm(temp, { force: true });
    if (error instanceof FlattenError) throw error;
    throw ioError(`writing ${file}`, error, dirname(temp));
  }
}

/**
 * Extract the regular files of an archive whose names `accept` allows into `dir`. Links,
 * devices and names that could leave `dir` are refused: the archive is untrusted input.
 */
export async function extractArchive(
  file: string,
  dir: string,
  accept: (name: string) => boolean,
  what: string,
  /** Called for accepted symbolic links (docker save links repeated layers) instead of refusing them; nothing is created on disk. */
  onSymlink?: (name: string, target: string) => void,
): Promise<void> {
  const extract = tarExtract();
  const reading = pipeline(createReadStream(file), extract).catch((error: unknown) => {
    throw error instanceof FlattenError ? error : ioError(`${what}: reading ${file}`, error);
  });
  try {
    for await (const entry of extract) {
      const name = entry.header.name.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
      const type = entry.header.type;
      if (type === 'directory' || name === '' || name === '.') {
        entry.resume();
        continue;
      }
      if (name.split('/').some((part) => part === '..' || part === '') || name.startsWith('/')) {
        throw contentError(`${what}: archive member ${shown(entry.header.name)} escapes the archive root`);
      }
      if (!accept(name)) {
        entry.resume();
        continue;
      }
      if (type === 'symlink' && onSymlink !== undefined) {
        onSymlink(name, entry.header.linkname ?? '');
        entry.resume();
        continue;
      }
      if (type !== 'file' && type !== 'contiguous-file') {
        throw contentError(`${what}: archive member ${shown(name)} is a ${type ?? 'special file'}, expected a regular file`);
      }
      const target = join(dir, name);
      await mkdir(dirname(target), { recursive: true });
      await pipeline(entry, createWriteStream(target));
    }
    await reading;
  } catch (error) {
    extract.destroy();
    await reading.catch(() => {});
    if (error instanceof FlattenError) throw error;
    throw ioError(`${what}: extracting ${file}`, error, dir);
  }
}
