import { createReadStream, createWriteStream } from 'node:fs';
import { open as openFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PassThrough, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import { FlattenError, contentError, usageError } from '../errors.ts';
import { isIndexMediaType } from '../image/media-types.ts';
import { parseConfig, parseManifest } from '../image/parse.ts';
import { createDigestStream } from '../stream/digest.ts';
import { createOwnedDir } from '../pipeline/owned-dirs.ts';
import type { ImageTarget } from './types.ts';
import { stagingPrefix, writeArchive, type ArchiveMember } from './archive-file.ts';
import {
  blobPath,
  hasBlobFile,
  ioError,
  openVerifiedBlob,
  readVerifiedBlob,
  writeStreamedBlob,
  writeVerifiedBlob,
  type TempFiles,
} from './blob-store.ts';

/**
 * `docker save` format (`docker-archive:FILE[:NAME:TAG]`), for `docker load` / `podman load`:
 * manifest.json naming the config and the layers, which are stored uncompressed like Docker's
 * own saves, so every loader version reads them and each layer file hashes to its diff_id.
 */

const describe = (file: string, name: string | undefined): string => `docker-archive:${file}${name === undefined ? '' : `:${name}`}`;

/** Write one image to FILE; `name` (`repo:tag`) becomes its RepoTags entry. */
export async function openDockerArchiveTarget(file: string, name?: string): Promise<ImageTarget> {
  const description = describe(file, name);
  // Marked with its owner: a run killed with -9 leaves it, and the next run removes it (owned-dirs.ts).
  const owned = await createOwnedDir(dirname(file), stagingPrefix(file)).catch((error: unknown) => {
    throw ioError(`${description}: creating a staging directory next to ${file}`, error, dirname(file));
  });
  const staging = owned.path;
  const temps: TempFiles = new Set();
  const stop = new AbortController();
  const cleanup = (): Promise<void> => {
    owned.release();
    return rm(staging, { recursive: true, force: true });
  };

  const refuseIndex = (mediaType: string): void => {
    if (isIndexMediaType(mediaType)) {
      throw usageError(
        `${description}: a docker archive holds one image, not a multi-platform index`,
        'pick one platform with options.platforms os/arch',
      );
    }
  };

  return {
    description,
    hasBlob: (descriptor) => hasBlobFile(staging, descriptor, description),
    storedBlob: async (descriptor) => openVerifiedBlob(staging, descriptor, description),
    putBlob: async (descriptor, open, options) => {
      if (await hasBlobFile(staging, descriptor, description)) return 'existed';
      const signal = options?.signal === undefined ? stop.signal : AbortSignal.any([stop.signal, options.signal]);
      return (await writeVerifiedBlob(staging, descriptor, await open(), description, temps, signal)) ? 'uploaded' : 'existed';
    },
    // Staged next to FILE as it is made: no spool in the temp dir, no second merge (docs/temp-budget.md).
    streamBlob: async (open, final, options) => {
      const signal = options?.signal === undefined ? stop.signal : AbortSignal.any([stop.signal, options.signal]);
      return (await writeStreamedBlob(staging, open, final, description, temps, { signal, onNotStored: options?.onNotStored }))?.outcome;
    },
    putManifest: async (manifest) => {
      refuseIndex(manifest.mediaType);
    },
    commit: async (manifest, signal) => {
      refuseIndex(manifest.mediaType);
      const parsed = parseManifest(manifest, description);
      if (parsed.kind !== 'image') throw usageError(`${description}: a docker archive holds one image`);
      const { config: configDescriptor, layers } = parsed.manifest;
      const configBytes = await readVerifiedBlob(staging, configDescriptor, description);
      const config = parseConfig(configBytes, description);
      const diffIds = config.rootfs.diff_ids;
      if (diffIds.length !== layers.length) {
        throw contentError(`${description}: config has ${diffIds.length} diff_ids for ${layers.length} layers`);
      }
      const configName = `${configDescriptor.digest.slice(configDescriptor.digest.indexOf(':') + 1)}.json`;
      const members: ArchiveMember[] = [{ name: configName, source: configBytes }];
      const layerNames: string[] = [];
      for (const [i, layer] of layers.entries()) {
        const diffId = diffIds[i] ?? '';
        const layerName = `${diffId.slice(diffId.indexOf(':') + 1)}.tar`;
        layerNames.push(layerName);
        if (members.some((member) => member.name === layerName)) continue;
        const path = join(staging, layerName);
        await decompressLayer(blobPath(staging, layer.digest, description), path, diffId, `${description}: layer ${layer.digest}`);
        members.push({ name: layerName, source: path });
      }
      const entry = { Config: configName, RepoTags: name === undefined ? [] : [name], Layers: layerNames };
      members.unshift({ name: 'manifest.json', source: Buffer.from(JSON.stringify([entry])) });
      await writeArchive(file, members, signal, staging);
      await cleanup();
      // No @digest: the archive holds no manifest, so no digest of ours would match what docker
      // load or skopeo show; flatten.ts reports the image ID (the config digest) instead.
      return description;
    },
    abort: async () => {
      stop.abort();
      await Promise.all([...temps].map((temp) => rm(temp, { force: true })));
      await cleanup();
    },
    close: cleanup,
  };
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

async function sniff(path: string): Promise<Buffer> {
  const handle = await openFile(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Decompress a stored layer blob (by its magic bytes, whatever its media type claims) and check its diff_id. */
async function decompressLayer(blob: string, output: string, diffId: string, what: string): Promise<void> {
  const head = await sniff(blob);
  const decompress: Transform = head.subarray(0, 2).equals(GZIP_MAGIC)
    ? createGunzip()
    : head.equals(ZSTD_MAGIC)
      ? createZstdDecompress()
      : new PassThrough();
  const digest = createDigestStream();
  try {
    await pipeline(createReadStream(blob), decompress, digest.stream, createWriteStream(output));
  } catch (error) {
    if (error instanceof FlattenError) throw error;
    throw contentError(`${what}: cannot decompress: ${(error as Error).message}`, error);
  }
  const { digest: actual } = await digest.result;
  if (actual !== diffId) throw contentError(`${what}: uncompressed content is ${actual}, the config's diff_id says ${diffId}`);
  await rm(blob, { force: true });
}
