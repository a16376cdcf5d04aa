import { Buffer } from 'node:buffer';
import { encodeJson, sha256Digest } from '../image/digest.ts';
import type { Descriptor, RawManifest } from '../image/types.ts';
import {
  ArtifactMediaType,
  BUILDX_ATTESTATION,
  BUILDX_REFERENCE_DIGEST,
  BUILDX_REFERENCE_TYPE,
  isInTotoStatementType,
} from './artifact-types.ts';
import { dsseIsSigned } from './classify.ts';

/**
 * Re-point an artifact at the flattened manifest: pure, no I/O (docs/referrers.md). The
 * manifest's `subject` names the new manifest; an in-toto statement whose subject names the old
 * digest names the new one, which makes that layer a new blob (and, for a buildx attestation
 * manifest, its config's diff_ids follow). Every other blob keeps its digest: it is mounted or
 * copied as it is, never re-encoded.
 */
export interface RepointInput {
  /** The artifact manifest as stored on the source. */
  manifest: RawManifest;
  from: Descriptor;
  to: Descriptor;
  /** Bytes of the in-toto/DSSE layers (and a buildx manifest's config) the caller read, by digest. */
  blobs: ReadonlyMap<string, Uint8Array>;
  /**
   * Every flattened manifest, old digest to new (default: `from` to `to`): a statement attached
   * to an index may name its platform manifests too.
   */
  renames?: ReadonlyMap<string, string>;
  /** A buildx attestation manifest: it gains the `vnd.docker.reference.*` annotations naming the new manifest too. */
  buildx: boolean;
}

export interface Repointed {
  manifest: RawManifest;
  /** Blobs that changed (rewritten statements, a buildx config): new content to store. */
  rewritten: { descriptor: Descriptor; bytes: Uint8Array }[];
  /** Blobs to copy unchanged from the source. */
  unchanged: Descriptor[];
}

const hexOf = (digest: string): string => digest.slice(digest.indexOf(':') + 1);
const algorithmOf = (digest: string): string => digest.slice(0, digest.indexOf(':'));

/**
 * An in-toto statement whose subjects naming a flattened manifest (a key of `renames`) name what
 * it became; undefined when it names none of them.
 */
export function repointStatement(statement: unknown, renames: ReadonlyMap<string, string>): Record<string, unknown> | undefined {
  const value = statement as { _type?: unknown; subject?: unknown } | null;
  if (value === null || typeof value !== 'object' || !isInTotoStatementType(value._type) || !Array.isArray(value.subject)) return undefined;
  let changed = false;
  const subject = value.subject.map((entry: unknown) => {
    const digests = (entry as { digest?: unknown } | null)?.digest;
    if (typeof digests !== 'object' || digests === null) return entry;
    const to = Object.entries(digests as Record<string, unknown>)
      .map(([algorithm, hex]) => renames.get(`${algorithm}:${String(hex)}`))
      .find((digest) => digest !== undefined);
    if (to === undefined) return entry;
    changed = true;
    // Other algorithms' values named the old manifest too; only the new digest's is known.
    return { ...(entry as object), digest: { [algorithmOf(to)]: hexOf(to) } };
  });
  return changed ? { ...value, subject } : undefined;
}

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return undefined;
  }
}

const jsonBytes = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

/** The rewritten bytes of one layer, or undefined when it stays as it is. */
function rewriteLayer(layer: Descriptor, bytes: Uint8Array | undefined, renames: ReadonlyMap<string, string>): Uint8Array | undefined {
  const json = parseJson(bytes);
  if (layer.mediaType === ArtifactMediaType.inToto) {
    const statement = repointStatement(json, renames);
    return statement === undefined ? undefined : jsonBytes(statement);
  }
  if (layer.mediaType === ArtifactMediaType.dsse && !dsseIsSigned(json)) {
    const envelope = json as { payload?: unknown; payloadType?: unknown } | undefined;
    if (typeof envelope?.payload !== 'string' || envelope.payloadType !== ArtifactMediaType.inToto) return undefined;
    const statement = repointStatement(parseJson(Buffer.from(envelope.payload, 'base64')), renames);
    if (statement === undefined) return undefined;
    return jsonBytes({ ...envelope, payload: Buffer.from(jsonBytes(statement)).toString('base64') });
  }
  return undefined;
}

export function repointArtifact(input: RepointInput): Repointed {
  const parsed = JSON.parse(Buffer.from(input.manifest.bytes).toString('utf8')) as Record<string, unknown> & {
    config?: Descriptor;
    layers?: Descriptor[];
    annotations?: Record<string, string>;
  };
  const rewritten: Repointed['rewritten'] = [];
  const renamed = new Map<string, string>();
  const layers = (parsed.layers ?? []).map((layer) => {
    const renames = input.renames ?? new Map([[input.from.digest, input.to.digest]]);
    const bytes = rewriteLayer(layer, input.blobs.get(layer.digest), renames);
    if (bytes === undefined) return layer;
    const descriptor: Descriptor = { ...layer, digest: sha256Digest(bytes), size: bytes.byteLength };
    rewritten.push({ descriptor, bytes });
    renamed.set(layer.digest, descriptor.digest);
    return descriptor;
  });
  let config = parsed.config;
  if (config !== undefined && input.buildx && renamed.size > 0) {
    // BuildKit lists the attestation layers as the config's diff_ids (uncompressed JSON: digest = diff_id).
    const image = parseJson(input.blobs.get(config.digest)) as { rootfs?: { diff_ids?: unknown } } | undefined;
    const diffIds = image?.rootfs?.diff_ids;
    if (image !== undefined && Array.isArray(diffIds) && diffIds.some((d) => renamed.has(d as string))) {
      const bytes = jsonBytes({ ...image, rootfs: { ...image.rootfs, diff_ids: diffIds.map((d) => renamed.get(d as string) ?? d) } });
      config = { ...config, digest: sha256Digest(bytes), size: bytes.byteLength };
      rewritten.push({ descriptor: config, bytes });
    }
  }
  const subject: Descriptor = { mediaType: input.to.mediaType, digest: input.to.digest, size: input.to.size };
  const annotations = input.buildx
    ? { ...parsed.annotations, [BUILDX_REFERENCE_TYPE]: BUILDX_ATTESTATION, [BUILDX_REFERENCE_DIGEST]: input.to.digest }
    : parsed.annotations;
  const next: Record<string, unknown> = { ...parsed };
  if (config !== undefined) next.config = config;
  if (parsed.layers !== undefined) next.layers = layers;
  next.subject = subject;
  if (annotations !== undefined) next.annotations = annotations;
  const manifest = encodeJson(next, input.manifest.mediaType);
  const changed = new Set(rewritten.map((r) => r.descriptor.digest));
  const unchanged = [...(config === undefined ? [] : [config]), ...layers].filter((d) => !changed.has(d.digest));
  return { manifest, rewritten, unchanged };
}
