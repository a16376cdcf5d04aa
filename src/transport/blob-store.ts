import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FlattenError, contentError } from '../errors.ts';
import type { Descriptor } from '../image/types.ts';
import { createVerifier } from '../registry/verify.ts';
import { createDigestStream } from '../stream/digest.ts';
import { ioFailure, localIoError } from '../io-errors.ts';

/**
 * Content-addressed blobs in a directory, as an OCI image layout stores them
 * (`blobs/<algorithm>/<hex>`). Every read is verified as it streams; every write lands under its
 * final name only once it is complete and verified, so a reader never sees half a blob.
 */

const DIGEST = /^(sha256):([a-f0-9]{64})$|^(sha512):([a-f0-9]{128})$/;

/** The blob's path under a layout root; the digest is checked first so it cannot escape the root. */
export function blobPath(root: string, digest: string, where: string): string {
  const match = DIGEST.exec(digest);
  if (match === null) throw contentError(`${where}: ${JSON.stringify(digest)} is not a sha256 or sha512 digest`);
  const algorithm = match[1] ?? match[3] ?? '';
  const hex = match[2] ?? match[4] ?? '';
  return join(root, 'blobs', algorithm, hex);
}

/** The one shape of a local I/O failure (src/io-errors.ts): `no space left in DIR (ENOSPC): MESSAGE; …`. */
export const ioError = (message: string, cause: unknown, path?: string): FlattenError => {
  const mapped = path === undefined ? undefined : ioFailure(cause, { doing: message, path });
  return mapped instanceof FlattenError ? mapped : localIoError(message, cause);
};

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** A stream of the blob that errors unless the bytes match the descriptor's digest and size. */
export async function openVerifiedBlob(root: string, descriptor: Descriptor, where: string): Promise<Readable> {
  const path = blobPath(root, descriptor.digest, where);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    if (isMissing(error)) throw contentError(`${where}: blob ${descriptor.digest} is missing`);
    throw ioError(`${where}: reading blob ${descriptor.digest}`, error);
  }
  if (size !== descriptor.size) {
    throw contentError(`${where}: blob ${descriptor.digest} has ${size} bytes, its descriptor says ${descriptor.size}`);
  }
  const verifier = createVerifier(descriptor, `${where}: blob`);
  const file = createReadStream(path);
  file.once('error', (error) => verifier.destroy(ioError(`${where}: reading blob ${descriptor.digest}`, error)));
  return file.pipe(verifier);
}

/** A small blob read whole and verified. */
export async function readVerifiedBlob(root: string, descriptor: Descriptor, where: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of await openVerifiedBlob(root, descriptor, where)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** True when the blob file exists with the descriptor's size (its digest is its name). */
export async function hasBlobFile(root: string, descriptor: Descriptor, where: string): Promise<boolean> {
  try {
    return (await stat(blobPath(root, descriptor.digest, where))).size === descriptor.size;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** Temp files that writes in flight own; `abort` of a target removes whatever is left. */
export type TempFiles = Set<string>;

/**
 * Write `source` as the blob, verified against the descriptor, through a temp file in the same
 * directory renamed into place. Returns false (and writes nothing) when the blob is already there.
 */
export async function writeVerifiedBlob(
  root: string,
  descriptor: Descriptor,
  source: Readable,
  where: string,
  temps: TempFiles,
  signal?: AbortSignal,
): Promise<boolean> {
  if (await hasBlobFile(root, descriptor, where)) {
    source.destroy();
    return false;
  }
  const path = blobPath(root, descriptor.digest, where);
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${randomUUID()}`;
  temps.add(temp);
  try {
    await pipeline(
      source,
      createVerifier(descriptor, `${where}: blob`),
      createWriteStream(temp, { flags: 'wx' }),
      ...(signal === undefined ? [] : [{ signal }]),
    );
    await rename(temp, path);
  } catch (error) {
    // Mapped before the temp file goes, so a full disk's free space is measured as the write saw it.
    const failure =
      error instanceof FlattenError
        ? error
        : ioError(`${where}: writing blob ${descriptor.digest} (${descriptor.size} bytes)`, error, dirname(path));
    await rm(temp, { force: true });
    throw failure;
  } finally {
    temps.delete(temp);
  }
  return true;
}

/**
 * Write a blob while it is still being produced (ImageTarget.streamBlob): its bytes go to a temp
 * file in the store as they come, hashed on the way, and once `final` names the blob the file is
 * checked against it and renamed into place. For a local target this is the whole write, so the
 * finished blob needs neither a spool in the temp dir nor a second merge (docs/temp-budget.md).
 * Resolves to undefined, keeping nothing, when the producer failed or started over (`final`
 * rejects) or the bytes are not the blob; a local write error or an abort throws.
 */
export async function writeStreamedBlob(
  root: string,
  open: () => Readable,
  final: Promise<Descriptor>,
  where: string,
  temps: TempFiles,
  options: { signal?: AbortSignal | undefined; onNotStored?: ((why: string) => void) | undefined } = {},
): Promise<{ outcome: 'uploaded' | 'existed'; descriptor: Descriptor } | undefined> {
  const { signal } = options;
  final.catch(() => undefined);
  const producerFailed = (): Promise<boolean> =>
    final.then(
      () => false,
      () => true,
    );
  const directory = join(root, 'blobs', 'sha256');
  const temp = join(directory, `.streamed-${randomUUID()}`);
  temps.add(temp);
  try {
    const digesting = createDigestStream();
    let file: WriteStream | undefined;
    try {
      await mkdir(directory, { recursive: true });
      file = createWriteStream(temp, { flags: 'wx' });
      await pipeline(open(), digesting.stream, file, ...(signal === undefined ? [] : [{ signal }]));
    } catch (error) {
      // The producer's verdict decides who failed: its stream breaks either way.
      if (signal?.aborted !== true && (await producerFailed())) return undefined;
      if (error instanceof FlattenError || signal?.aborted === true) throw error;
      throw ioError(`${where}: writing a blob as it is made (${file?.bytesWritten ?? 0} bytes so far)`, error, directory);
    }
    if (await producerFailed()) return undefined;
    const descriptor = await final;
    const { digest, size } = await digesting.result;
    if (descriptor.digest !== digest || descriptor.size !== size) {
      options.onNotStored?.(`its bytes as written (${size}, ${digest}) are not ${descriptor.digest} (${descriptor.size})`);
      return undefined;
    }
    if (await hasBlobFile(root, descriptor, where)) return { outcome: 'existed', descriptor };
    try {
      await rename(temp, blobPath(root, descriptor.digest, where));
    } catch (error) {
      throw ioError(`${where}: storing blob ${descriptor.digest}`, error, directory);
    }
    return { outcome: 'uploaded', descriptor };
  } finally {
    temps.delete(temp);
    await rm(temp, { force: true });
  }
}

/** Replace a small file atomically: readers see the old bytes or the new ones, never a mix. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, temps: TempFiles): Promise<void> {
  const temp = `${path}.tmp-${randomUUID()}`;
  temps.add(temp);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw ioError(`writing ${path}`, error);
  } finally {
    temps.delete(temp);
  }
}

/** A file's bytes, or undefined when it does not exist. */
export async function readOptionalFile(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw ioError(`reading ${path}`, error);
  }
}
