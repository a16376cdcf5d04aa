import type { Readable } from 'node:stream';
import type { ManifestFamily } from '../image/media-types.ts';
import type { Descriptor, RawManifest } from '../image/types.ts';
import type { ImageLocation } from './location.ts';

/** What `putBlob` did: the blob was there already, mounted from the source, or uploaded. */
export type BlobOutcome = 'existed' | 'mounted' | 'uploaded';

/**
 * Where images come from. Any source pairs with any target (registry, OCI layout, archives):
 * flatten only ever sees these two interfaces.
 */
export interface ImageSource {
  /** What the user named, for messages (never carries credentials). */
  readonly description: string;
  /** The parsed name it was opened by (set by openSource); absent on a source of your own. */
  readonly location?: ImageLocation;
  /** The manifest or index the reference points at. */
  getRootManifest(signal?: AbortSignal): Promise<RawManifest>;
  /** A child manifest of an index, by digest; bytes verified against the digest. */
  getManifest(descriptor: Descriptor, signal?: AbortSignal): Promise<RawManifest>;
  /**
   * The blob's bytes as stored (still compressed). The stream errors if the bytes do not match
   * the descriptor's digest or size, so a consumer that reads to the end has verified the blob.
   */
  getBlob(descriptor: Descriptor, signal?: AbortSignal): Promise<Readable>;
  /** A small blob (config) read whole and verified. */
  getBlobBytes(descriptor: Descriptor, signal?: AbortSignal): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Where flattened images go. Writes are staged; nothing is visible under the tag before `commit`. */
export interface ImageTarget {
  readonly description: string;
  /** The parsed name it was opened by (set by openTarget); absent on a target of your own. */
  readonly location?: ImageLocation;
  /**
   * The manifest family this kind of target is read in, when it has one: an OCI layout is read
   * by OCI tools (skopeo's oci: transport does not find a Docker manifest by its ref name), so a
   * flatten without --format writes OCI there whatever the source was.
   */
  readonly family?: ManifestFamily;
  /**
   * Optional: check, before any blob is pulled, that this target can be written (a registry:
   * reachable and granting push). Writes nothing that stays.
   */
  preflight?(signal?: AbortSignal): Promise<void>;
  /** True when the target already holds this blob (HEAD on a registry). */
  hasBlob(descriptor: Descriptor, signal?: AbortSignal): Promise<boolean>;
  /**
   * Store a blob whose digest and size are known, unless the target already holds it. `open` may
   * be called again to retry. `mountFrom` names a source the target may be able to mount from
   * (same registry). Resolves to what happened, so callers can report and count it.
   */
  putBlob(
    descriptor: Descriptor,
    open: () => Readable | Promise<Readable>,
    options?: { mountFrom?: ImageSource; signal?: AbortSignal },
  ): Promise<BlobOutcome>;
  /**
   * Optional: store a blob while it is still being produced, so its upload overlaps the work that
   * makes it. `open` reads the blob as it grows, to its end; `final` resolves to its descriptor
   * once it is complete (and rejects if producing it failed). Resolves to what happened, or to
   * undefined when the blob was not stored: the caller then puts the finished blob with
   * `putBlob`, as a target without this method always needs.
   */
  streamBlob?(
    open: () => Readable,
    final: Promise<Descriptor>,
    options?: { signal?: AbortSignal; onNotStored?: (why: string) => void },
  ): Promise<BlobOutcome | undefined>;
  /**
   * Optional: a blob this target stores, read back by digest and verified against it (for
   * `--verify`, before the tag is written). Staged blobs of archive targets are readable too.
   */
  storedBlob?(descriptor: Descriptor, signal?: AbortSignal): Promise<Readable>;
  /** Store a manifest by digest (children of an index, or the image before it is tagged). */
  putManifest(manifest: RawManifest, signal?: AbortSignal): Promise<void>;
  /**
   * Point the target's reference (tag) at this manifest: the last write of a run, made only
   * after every blob and child manifest is stored and verified.
   */
  commit(manifest: RawManifest, signal?: AbortSignal): Promise<string>;
  /**
   * A read view of what the target reference names now, if anything: a repeated run compares it
   * with what it would write and reuses it instead of merging again. Optional for transports.
   */
  existing?(signal?: AbortSignal): Promise<ImageSource | undefined>;
  /**
   * Optional: cancel upload sessions a killed run left open (src/pipeline/upload-journal.ts),
   * those on this target's registry; best effort. Resolves to how many the registry cancelled.
   */
  cancelUploads?(sessions: readonly { registry: string; location: string }[]): Promise<number>;
  /** Remove staging data of an aborted run; the target stays as it was. */
  abort(): Promise<void>;
  close(): Promise<void>;
}
