import is from '@sindresorhus/is';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { contentError, usageError } from '../errors.ts';
import { sha256Digest } from '../image/digest.ts';
import { MediaType } from '../image/media-types.ts';
import { checkDescriptor, parseManifest } from '../image/parse.ts';
import type { Descriptor, RawManifest } from '../image/types.ts';
import { LOCK_NAME, withLayoutLock } from './layout-lock.ts';
import { MARKER } from '../pipeline/owned-dirs.ts';
import type { ImageSource, ImageTarget } from './types.ts';
import { layoutReferrers } from '../referrers/layout-discovery.ts';
import { referrerDescriptor } from '../referrers/referrers-index.ts';
import {
  blobPath,
  hasBlobFile,
  openVerifiedBlob,
  readOptionalFile,
  readVerifiedBlob,
  writeFileAtomic,
  writeStreamedBlob,
  writeVerifiedBlob,
  type TempFiles,
} from './blob-store.ts';

/** An OCI image layout directory (image-spec image-layout.md): oci-layout, index.json, blobs/. */

const REF_NAME = 'org.opencontainers.image.ref.name';
const LAYOUT_VERSION = '1.0.0';

interface LayoutIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

const describe = (dir: string, tag: string | undefined): string => `oci:${dir}${tag === undefined ? '' : `:${tag}`}`;

async function readLayoutIndex(dir: string, what: string): Promise<LayoutIndex | undefined> {
  const marker = await readOptionalFile(join(dir, 'oci-layout'));
  if (marker === undefined) return undefined;
  let version: unknown;
  try {
    version = (JSON.parse(marker.toString('utf8')) as { imageLayoutVersion?: unknown }).imageLayoutVersion;
  } catch {
    throw contentError(`${what}: oci-layout is not valid JSON`);
  }
  if (!is.string(version) || !version.startsWith('1.')) {
    throw contentError(`${what}: unsupported imageLayoutVersion ${JSON.stringify(version)}`);
  }
  const bytes = await readOptionalFile(join(dir, 'index.json'));
  if (bytes === undefined) throw contentError(`${what}: the layout has no index.json`);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw contentError(`${what}: index.json is not valid JSON: ${(error as Error).message}`);
  }
  if (!is.plainObject(json) || json.schemaVersion !== 2 || !is.array(json.manifests)) {
    throw contentError(`${what}: index.json is not an image index`);
  }
  for (const [i, d] of json.manifests.entries()) checkDescriptor(d, `${what}: index.json manifests[${i}]`);
  return json as unknown as LayoutIndex;
}

/** The index.json entry a tag names; without a tag, the only entry. */
function selectEntry(index: LayoutIndex, tag: string | undefined, what: string): Descriptor {
  const tags = index.manifests.map((d) => d.annotations?.[REF_NAME]).filter((t) => t !== undefined);
  const known = tags.length === 0 ? 'it has no tagged images' : `its tags: ${tags.join(', ')}`;
  if (tag === undefined) {
    // Referrers kept in index.json (they carry an artifactType) are not images the layout offers.
    const [only, ...others] = index.manifests.filter((d) => d.artifactType === undefined || d.annotations?.[REF_NAME] !== undefined);
    if (only === undefined) throw usageError(`${what}: the layout holds no images`);
    if (others.length > 0) throw usageError(`${what}: the layout holds ${index.manifests.length} images, name one (${known})`);
    return only;
  }
  const found = index.manifests.filter((d) => d.annotations?.[REF_NAME] === tag);
  if (found.length === 0) throw usageError(`${what}: no image tagged "${tag}" in the layout (${known})`);
  if (found.length > 1) throw contentError(`${what}: index.json has ${found.length} entries tagged "${tag}"`);
  return found[0] as Descriptor;
}

async function readManifestBlob(dir: string, descriptor: Descriptor, where: string): Promise<RawManifest> {
  const bytes = await readVerifiedBlob(dir, descriptor, where);
  const raw: RawManifest = { bytes, mediaType: descriptor.mediaType, digest: descriptor.digest };
  // The document's own mediaType wins over the descriptor's, as for a registry's Content-Type.
  return { ...raw, mediaType: parseManifest(raw, where).mediaType };
}

export interface OciLayoutSourceOptions {
  /** For messages, when the layout is a staging copy of something else (an archive). */
  description?: string;
}

/** Read the image `tag` names (or the only image) from an OCI layout directory. */
export async function openOciLayoutSource(dir: string, tag?: string, options: OciLayoutSourceOptions = {}): Promise<ImageSource> {
  const description = options.description ?? describe(dir, tag);
  const index = await readLayoutIndex(dir, description);
  if (index === undefined) throw usageError(`${description}: not an OCI image layout (no oci-layout file)`);
  const root = selectEntry(index, tag, description);
  return {
    description,
    getRootManifest: async () => readManifestBlob(dir, root, description),
    getManifest: async (descriptor) => readManifestBlob(dir, descriptor, description),
    getBlob: async (descriptor): Promise<Readable> => openVerifiedBlob(dir, descriptor, description),
    getBlobBytes: async (descriptor) => readVerifiedBlob(dir, descriptor, description),
    referrers: async (subject, referrersOptions) => {
      const current = (await readLayoutIndex(dir, description)) ?? index;
      return layoutReferrers(current.manifests, subject, referrersOptions?.artifactType, (d) => readVerifiedBlob(dir, d, description));
    },
    close: async () => {},
  };
}

export interface OciLayoutTargetOptions {
  description?: string;
  /** A line for the user while this run waits for another's lock on the layout. */
  onNote?: ((message: string) => void) | undefined;
}

/**
 * Write into an OCI layout directory (created if missing). Blobs and manifests go straight to
 * their content-addressed names; only `commit` touches index.json, so the tag moves in one
 * atomic rename after everything it needs is present.
 */
export async function openOciLayoutTarget(
  dir: string,
  tag: string | undefined,
  options: OciLayoutTargetOptions = {},
): Promise<ImageTarget> {
  const description = options.description ?? describe(dir, tag);
  const temps: TempFiles = new Set();
  /** Blobs this target added: an abort removes them so the layout is left as it was. */
  const added = new Set<string>();
  const inflight = new Set<Promise<unknown>>();
  const stop = new AbortController();
  let createdDir = false;

  if ((await readLayoutIndex(dir, description)) === undefined) {
    createdDir = (await mkdir(dir, { recursive: true })) !== undefined;
    // Checked and created under the lock: a concurrent run may be creating the same layout.
    await withLayoutLock(
      dir,
      description,
      async () => {
        if ((await readLayoutIndex(dir, description)) !== undefined) return;
        const entries = await readdir(dir);
        // The owner marker of an archive target's staging directory (src/pipeline/owned-dirs.ts) is not content.
        if (entries.some((name) => name !== LOCK_NAME && name !== MARKER)) {
          throw usageError(`${description}: ${dir} exists and is not an OCI image layout; use an empty or new directory`);
        }
        await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
        // index.json first: the layout is valid (and empty) from the moment oci-layout marks it.
        const empty: LayoutIndex = { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] };
        await writeFileAtomic(join(dir, 'index.json'), JSON.stringify(empty), temps);
        await writeFileAtomic(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }), temps);
      },
      { onWait: options.onNote },
    );
  }

  const track = <T>(work: Promise<T>): Promise<T> => {
    inflight.add(work);
    void work.finally(() => inflight.delete(work)).catch(() => {});
    return work;
  };
  const signalFor = (signal?: AbortSignal): AbortSignal => (signal === undefined ? stop.signal : AbortSignal.any([stop.signal, signal]));

  const storeBytes = async (bytes: Uint8Array, descriptor: Descriptor): Promise<void> => {
    if (await writeVerifiedBlob(dir, descriptor, Readable.from([Buffer.from(bytes)]), description, temps)) {
      added.add(descriptor.digest);
    }
  };
  const storeManifest = async (manifest: RawManifest): Promise<Descriptor> => {
    if (sha256Digest(manifest.bytes) !== manifest.digest && !manifest.digest.startsWith('sha512:')) {
      throw contentError(`${description}: manifest bytes do not match ${manifest.digest}`);
    }
    const descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.byteLength };
    await storeBytes(manifest.bytes, descriptor);
    return descriptor;
  };

  return {
    description,
    family: 'oci',
    existing: async () => {
      const index = await readLayoutIndex(dir, description);
      const images = index?.manifests.filter((d) => d.artifactType === undefined || d.annotations?.[REF_NAME] !== undefined) ?? [];
      const named = images.some((m) => (tag === undefined ? images.length === 1 : m.annotations?.[REF_NAME] === tag));
      return named ? openOciLayoutSource(dir, tag, { description }) : undefined;
    },
    hasBlob: async (descriptor) => hasBlobFile(dir, descriptor, description),
    storedBlob: async (descriptor) => openVerifiedBlob(dir, descriptor, description),
    putBlob: (descriptor, open, putOptions) =>
      track(
        (async () => {
          if (await hasBlobFile(dir, descriptor, description)) return 'existed' as const;
          const source = await open();
          if (!(await writeVerifiedBlob(dir, descriptor, source, description, temps, signalFor(putOptions?.signal))))
            return 'existed' as const;
          added.add(descriptor.digest);
          return 'uploaded' as const;
        })(),
      ),
    // The merged layer lands in the layout as it is made: no spool, no second merge (docs/temp-budget.md).
    streamBlob: (open, final, streamOptions) =>
      track(
        (async () => {
          const signal = signalFor(streamOptions?.signal);
          const written = await writeStreamedBlob(dir, open, final, description, temps, {
            signal,
            onNotStored: streamOptions?.onNotStored,
          });
          if (written?.outcome === 'uploaded') added.add(written.descriptor.digest);
          return written?.outcome;
        })(),
      ),
    putManifest: async (manifest) => {
      await track(storeManifest(manifest));
    },
    commit: async (manifest, signal) => {
      const descriptor = await track(storeManifest(manifest));
      // Read, change and write index.json under the lock, so concurrent runs keep each other's tags.
      await withLayoutLock(
        dir,
        description,
        async () => {
          const current = (await readLayoutIndex(dir, description)) ?? {
            schemaVersion: 2,
            mediaType: MediaType.ociIndex,
            manifests: [],
          };
          // One entry per ref.name: the new one replaces the old and the other tags stay.
          const kept = current.manifests.filter((d) => d.annotations?.[REF_NAME] !== tag);
          const entry: Descriptor = tag === undefined ? descriptor : { ...descriptor, annotations: { [REF_NAME]: tag } };
          const next: LayoutIndex = { ...current, manifests: [...kept, entry] };
          await writeFileAtomic(join(dir, 'index.json'), JSON.stringify(next), temps);
        },
        { signal, onWait: options.onNote },
      );
      added.clear();
      return `${describe(dir, tag)}@${manifest.digest}`;
    },
    putReferrer: async (manifest, _subject, signal) => {
      await track(storeManifest(manifest));
      await withLayoutLock(
        dir,
        description,
        async () => {
          const current = (await readLayoutIndex(dir, description)) ?? { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] };
          if (current.manifests.some((d) => d.digest === manifest.digest && d.annotations?.[REF_NAME] === undefined)) return;
          const next: LayoutIndex = { ...current, manifests: [...current.manifests, referrerDescriptor(manifest)] };
          await writeFileAtomic(join(dir, 'index.json'), JSON.stringify(next), temps);
        },
        { signal, onWait: options.onNote },
      );
      added.clear();
      return 'layout' as const;
    },
    abort: async () => {
      stop.abort();
      await Promise.allSettled([...inflight]);
      await Promise.all([...temps].map((temp) => rm(temp, { force: true })));
      if (createdDir) {
        await rm(dir, { recursive: true, force: true });
        return;
      }
      await Promise.all([...added].map((digest) => rm(blobPath(dir, digest, description), { force: true })));
      added.clear();
    },
    close: async () => {
      await Promise.allSettled([...inflight]);
    },
  };
}
