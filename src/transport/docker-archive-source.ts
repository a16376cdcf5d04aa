import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import is from '@sindresorhus/is';
import { contentError, usageError } from '../errors.ts';
import { encodeJson } from '../image/digest.ts';
import { MediaType } from '../image/media-types.ts';
import { compressionOf } from '../rootfs/decompress.ts';
import type { Descriptor } from '../image/types.ts';
import { extractArchive } from './archive-file.ts';
import { blobPath, ioError, openVerifiedBlob, readVerifiedBlob } from './blob-store.ts';
import type { ImageSource } from './types.ts';

/**
 * Reading `docker-archive:FILE[:NAME:TAG]`: what `docker save`, skopeo, kaniko `--tar-path`,
 * Nix's dockerTools and Bazel write. The archive's `manifest.json` lists each image's config
 * file and layer files (plain tars as docker saves them, or gzip); the archive is unpacked into
 * a temp dir where each file is stored under its digest, and the image is served as a Docker
 * schema2 manifest built from them (OCI when a layer is zstd, which schema2 cannot name).
 * Members are untrusted: names that leave the archive, and links that point out of it, are
 * refused.
 */

interface ArchiveEntry {
  Config: string;
  RepoTags?: string[] | null;
  Layers: string[];
}

const describe = (file: string, name: string | undefined): string => `docker-archive:${file}${name === undefined ? '' : `:${name}`}`;

function parseEntries(bytes: Buffer, where: string): ArchiveEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw contentError(`${where}: manifest.json is not JSON: ${(error as Error).message}`);
  }
  const valid =
    is.array(value) &&
    value.every(
      (entry) =>
        is.plainObject(entry) &&
        is.string(entry.Config) &&
        is.array(entry.Layers, is.string) &&
        (entry.RepoTags === undefined || entry.RepoTags === null || is.array(entry.RepoTags, is.string)),
    );
  if (!valid) throw contentError(`${where}: manifest.json is not a list of {Config, RepoTags, Layers}`);
  return value as ArchiveEntry[];
}

/** `name:tag` as RepoTags spells it: docker.io/ and library/ are optional in what the user typed. */
const sameName = (repoTag: string, wanted: string): boolean => {
  const short = (text: string): string => text.replace(/^docker\.io\//, '').replace(/^library\//, '');
  return repoTag === wanted || short(repoTag) === short(wanted);
};

function pickEntry(entries: ArchiveEntry[], name: string | undefined, where: string): ArchiveEntry {
  if (entries.length === 0) throw contentError(`${where}: the archive holds no image`);
  if (name === undefined) {
    if (entries.length > 1) {
      const names = entries.flatMap((e) => e.RepoTags ?? []).join(', ');
      throw usageError(
        `${where}: the archive holds ${entries.length} images; name one (docker-archive:FILE:NAME:TAG)${names === '' ? '' : `: ${names}`}`,
      );
    }
    return entries[0] as ArchiveEntry;
  }
  const found = entries.find((entry) => (entry.RepoTags ?? []).some((tag) => sameName(tag, name)));
  if (found === undefined) {
    const names = entries.flatMap((e) => e.RepoTags ?? []);
    throw usageError(`${where}: no image named ${name} in the archive${names.length === 0 ? '' : ` (it has ${names.join(', ')})`}`);
  }
  return found;
}

/** The member a manifest.json path names, following archive-internal links, never out of the archive. */
function resolveMember(path: string, links: Map<string, string>, where: string): string {
  let name = posix.normalize(path.replace(/^(\.\/)+/, ''));
  for (let hops = 0; links.has(name); hops++) {
    if (hops > 8) throw contentError(`${where}: ${path} is a chain of links`);
    const target = links.get(name) as string;
    name = posix.normalize(target.startsWith('/') ? target.slice(1) : posix.join(posix.dirname(name), target));
  }
  if (name.startsWith('..') || posix.isAbsolute(name)) throw contentError(`${where}: ${path} points out of the archive`);
  return name;
}

/** sha256, size and the first bytes of a file, read once. */
async function fingerprint(path: string): Promise<{ digest: string; size: number; head: Buffer }> {
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    if (head.length < 6) head = Buffer.concat([head, bytes.subarray(0, 6 - head.length)]);
    hash.update(bytes);
    size += bytes.length;
  }
  return { digest: `sha256:${hash.digest('hex')}`, size, head };
}

type LayerKind = 'none' | 'gzip' | 'zstd';
/** gzip and zstd by their magic; anything else is served as a plain tar, which the merge then checks. */
const kindOf = (head: Buffer): LayerKind => {
  const found = compressionOf(head);
  return found === 'gzip' || found === 'zstd' ? found : 'none';
};

/** `stagingParent`: where the archive is unpacked (the run's temp dir under --tmp-dir). */
export async function openDockerArchiveSource(file: string, name?: string, stagingParent: string = tmpdir()): Promise<ImageSource> {
  const description = describe(file, name);
  const staging = await mkdtemp(join(stagingParent, 'docker-archive-'));
  try {
    const links = new Map<string, string>();
    const unpacked = join(staging, 'archive');
    await mkdir(unpacked);
    await stat(file).catch((error: unknown) => {
      throw (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? usageError(`${description}: ${file} does not exist`)
        : ioError(`${description}: reading ${file}`, error);
    });
    await extractArchive(
      file,
      unpacked,
      () => true,
      description,
      (member, target) => links.set(member, target),
    );
    const manifestBytes = await readFile(join(unpacked, 'manifest.json')).catch((error: unknown) => {
      throw contentError(`${description}: the archive has no manifest.json (not a docker save archive?)`, error);
    });
    const entry = pickEntry(parseEntries(manifestBytes, description), name, description);

    /** Each member moved to its content address, once: two names may lead to one file (repeated layers). */
    const moved = new Map<string, { digest: string; size: number; kind: LayerKind }>();
    const stored = async (path: string, what: string): Promise<{ digest: string; size: number; kind: LayerKind }> => {
      const member = resolveMember(path, links, description);
      const known = moved.get(member);
      if (known !== undefined) return known;
      const source = join(unpacked, member);
      await stat(source).catch((error: unknown) => {
        throw contentError(`${description}: ${what} ${path} is not in the archive`, error);
      });
      const { digest, size, head } = await fingerprint(source);
      const target = blobPath(staging, digest, description);
      await mkdir(dirname(target), { recursive: true });
      await rename(source, target).catch((error: unknown) => {
        throw ioError(`${description}: staging ${path}`, error);
      });
      const result = { digest, size, kind: kindOf(head) };
      moved.set(member, result);
      return result;
    };

    const config = await stored(entry.Config, 'config');
    const layers: { digest: string; size: number; kind: LayerKind }[] = [];
    for (const layer of entry.Layers) layers.push(await stored(layer, 'layer'));
    const oci = layers.some((layer) => layer.kind === 'zstd');
    const layerType = (kind: LayerKind): string => {
      if (kind === 'zstd') return MediaType.ociLayerZstd;
      if (oci) return kind === 'gzip' ? MediaType.ociLayerGzip : MediaType.ociLayer;
      return kind === 'gzip' ? MediaType.dockerLayerGzip : MediaType.dockerLayer;
    };
    const configDescriptor: Descriptor = {
      mediaType: oci ? MediaType.ociConfig : MediaType.dockerConfig,
      digest: config.digest,
      size: config.size,
    };
    const manifest = encodeJson(
      {
        schemaVersion: 2,
        mediaType: oci ? MediaType.ociManifest : MediaType.dockerManifest,
        config: configDescriptor,
        layers: layers.map((layer) => ({ mediaType: layerType(layer.kind), digest: layer.digest, size: layer.size })),
      },
      oci ? MediaType.ociManifest : MediaType.dockerManifest,
    );
    await rm(unpacked, { recursive: true, force: true });
    return {
      description,
      getRootManifest: async () => manifest,
      getManifest: async (descriptor) => {
        if (descriptor.digest === manifest.digest) return manifest;
        throw contentError(`${description}: no manifest ${descriptor.digest} (a docker archive holds single images)`);
      },
      getBlob: async (descriptor) => openVerifiedBlob(staging, descriptor, description),
      getBlobBytes: async (descriptor) => readVerifiedBlob(staging, descriptor, description),
      close: async () => {
        await rm(staging, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
