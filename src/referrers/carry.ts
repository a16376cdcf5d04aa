import { Buffer } from 'node:buffer';
import { Readable } from 'node:stream';
import { isIndexMediaType } from '../image/media-types.ts';
import type { Descriptor, RawManifest } from '../image/types.ts';
import type { ProgressListener } from '../pipeline/progress.ts';
import type { ImageSource, ImageTarget, ReferrerIndexing } from '../transport/types.ts';
import {
  ArtifactMediaType,
  BUILDX_ATTESTATION,
  BUILDX_REFERENCE_DIGEST,
  BUILDX_REFERENCE_TYPE,
  COSIGN_SIGNATURE_ANNOTATION,
  EMPTY_DESCRIPTOR,
} from './artifact-types.ts';
import { classifyArtifact, decide } from './classify.ts';
import { provenanceArtifact, type ProvenanceInput } from './provenance.ts';
import { repointArtifact } from './repoint.ts';
import { cosignSignatureTag, simpleSigningPayload, withSignature } from './cosign-signature.ts';
import type { SigningKey } from './signing-key.ts';
import type { FlattenedPair, FoundArtifact, ReferrerReport, ReferrersMode } from './types.ts';

/**
 * After the flattened image is tagged: find what is attached to each source manifest, decide
 * per artifact (src/referrers/classify.ts), write the carried ones re-pointed and our provenance
 * as referrers of the new manifests. Nothing here fails the run: the image is complete, and an
 * artifact that cannot be read or written is a warning and a `dropped` entry (docs/referrers.md).
 */
export interface CarryJob {
  source: ImageSource;
  /** Absent in a dry run: every decision is made and reported, nothing is written. */
  target: ImageTarget | undefined;
  /** The source's root manifest: an index holds buildx attestation manifests. */
  sourceRoot: RawManifest;
  pairs: readonly FlattenedPair[];
  mode: ReferrersMode;
  /** `--provenance`: what the statement says besides the subject and the source digest. */
  provenance?: Omit<ProvenanceInput, 'subject' | 'source'>;
  /** `--sign-key`: sign each flattened manifest as cosign does, naming the target repository. */
  sign?: { key: SigningKey; dockerReference: string };
  progress: ProgressListener;
  signal?: AbortSignal;
}

/** In-toto statements, DSSE envelopes and a buildx manifest's config are read whole up to this size. */
const MAX_SMALL_BLOB = 4 * 1024 * 1024;

/** The descriptor of a stored manifest. */
export const descriptorOf = (manifest: RawManifest): Descriptor => ({
  mediaType: manifest.mediaType,
  digest: manifest.digest,
  size: manifest.bytes.byteLength,
});
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The buildx attestation manifests of `sourceRoot` that describe `digest`. */
export function buildxAttestations(sourceRoot: RawManifest, digest: string): FoundArtifact[] {
  if (!isIndexMediaType(sourceRoot.mediaType)) return [];
  const index = JSON.parse(Buffer.from(sourceRoot.bytes).toString('utf8')) as { manifests?: Descriptor[] };
  return (index.manifests ?? [])
    .filter((d) => d.annotations?.[BUILDX_REFERENCE_TYPE] === BUILDX_ATTESTATION && d.annotations[BUILDX_REFERENCE_DIGEST] === digest)
    .map((d) => ({ descriptor: { mediaType: d.mediaType, digest: d.digest, size: d.size }, origin: { kind: 'buildx' } }));
}

export async function carryReferrers(job: CarryJob): Promise<ReferrerReport[]> {
  const { target, signal } = job;
  const reports: ReferrerReport[] = [];
  const report = (entry: ReferrerReport): void => {
    reports.push(entry);
    job.progress({ type: 'note', message: `referrer ${entry.digest} (${entry.artifactType}): ${entry.action}: ${entry.reason}` });
  };
  const warn = (text: string): void => job.progress({ type: 'warning', message: text });
  const put = async (manifest: RawManifest, subject: Descriptor): Promise<ReferrerIndexing> => {
    if (target?.putReferrer === undefined) throw new Error(`${target?.description ?? 'the target'} cannot hold referrers`);
    return target.putReferrer(manifest, subject, signal);
  };

  try {
    for (const pair of job.pairs) await carryPair(job, pair, report, warn, put);
  } catch (error) {
    // After the tag nothing fails the run: an interrupt (or a bug) ends this phase with the image complete.
    warn(
      signal?.aborted === true
        ? 'interrupted after the image was tagged: the remaining referrers were not written'
        : `referrers were not all carried: ${message(error)}; the image itself is complete`,
    );
  }
  return reports;
}

/** One flattened manifest: its source's artifacts carried or dropped, then what the run adds to it. */
async function carryPair(
  job: CarryJob,
  pair: FlattenedPair,
  report: (entry: ReferrerReport) => void,
  warn: (text: string) => void,
  put: (manifest: RawManifest, subject: Descriptor) => Promise<ReferrerIndexing>,
): Promise<void> {
  const { source, target, signal } = job;
  const to = pair.to;
  if (job.mode !== 'none') {
    let found: FoundArtifact[] = buildxAttestations(job.sourceRoot, pair.from.digest);
    try {
      const listing = {
        onProblem: (problem: string) => warn(`${problem}; what it holds is not carried`),
        ...(signal === undefined ? {} : { signal }),
      };
      for (const artifact of (await source.referrers?.(pair.from, listing)) ?? []) {
        if (!found.some((f) => f.descriptor.digest === artifact.descriptor.digest)) found = [...found, artifact];
      }
    } catch (error) {
      signal?.throwIfAborted();
      warn(`the referrers of ${source.description}@${pair.from.digest} could not be listed (${message(error)}); none carried`);
    }
    for (const artifact of found) {
      const entry = await carryOne(job, artifact, pair, put).catch((error: unknown): ReferrerReport => {
        signal?.throwIfAborted();
        warn(`referrer ${artifact.descriptor.digest} was not carried: ${message(error)}; the image itself is complete`);
        return {
          digest: artifact.descriptor.digest,
          artifactType: artifact.descriptor.artifactType ?? 'unknown',
          action: 'dropped',
          reason: `not written: ${message(error)}`,
        };
      });
      report(entry);
    }
  }
  if (target === undefined || to === undefined) return;
  if (job.provenance !== undefined) {
    const { manifest, statement } = provenanceArtifact({ ...job.provenance, subject: to, source: pair.from });
    try {
      await target.putBlob(EMPTY_DESCRIPTOR, () => Readable.from([Buffer.from('{}')]), signal === undefined ? {} : { signal });
      await target.putBlob(
        statement.descriptor,
        () => Readable.from([Buffer.from(statement.bytes)]),
        signal === undefined ? {} : { signal },
      );
      const via = await put(manifest, to);
      report({
        digest: manifest.digest,
        artifactType: ArtifactMediaType.inToto,
        action: 'added',
        reason: `SLSA provenance v1 statement: ${to.digest} was flattened from ${pair.from.digest} (${indexingWords[via]})`,
        subject: to.digest,
      });
    } catch (error) {
      signal?.throwIfAborted();
      warn(`the provenance of ${to.digest} was not written: ${message(error)}; the image itself is complete`);
      report({
        digest: manifest.digest,
        artifactType: ArtifactMediaType.inToto,
        action: 'dropped',
        reason: `not written: ${message(error)}`,
      });
    }
  }
  if (job.sign !== undefined) {
    const sign = job.sign;
    report(
      await signManifest(target, to, sign, signal).catch((error: unknown): ReferrerReport => {
        signal?.throwIfAborted();
        warn(`the signature of ${to.digest} was not written: ${message(error)}; the image itself is complete`);
        return {
          digest: to.digest,
          artifactType: ArtifactMediaType.cosignSimpleSigning,
          action: 'dropped',
          reason: `not written: ${message(error)}`,
        };
      }),
    );
  }
}

/** cosign's key-based signature of `subject` under its `.sig` tag, added to what is there (src/referrers/cosign-signature.ts). */
async function signManifest(
  target: ImageTarget,
  subject: Descriptor,
  sign: NonNullable<CarryJob['sign']>,
  signal: AbortSignal | undefined,
): Promise<ReferrerReport> {
  if (target.readTagged === undefined || target.putTagged === undefined)
    throw new Error(`${target.description} cannot hold cosign signatures`);
  const tag = cosignSignatureTag(subject.digest);
  const payload = simpleSigningPayload(sign.dockerReference, subject.digest);
  const current = await target.readTagged(tag, signal);
  const next = withSignature(current, { payload, signature: sign.key.sign(payload) }, (layer) =>
    sign.key.verify(payload, layer.annotations?.[COSIGN_SIGNATURE_ANNOTATION] ?? ''),
  );
  const entry = { artifactType: ArtifactMediaType.cosignSimpleSigning, action: 'added' as const, subject: subject.digest };
  if (next === undefined) {
    return {
      ...entry,
      digest: current?.digest ?? '',
      reason: `cosign signature by ${sign.key.file}: already under tag ${tag}; nothing written`,
    };
  }
  for (const { descriptor, bytes } of next.blobs) {
    await target.putBlob(descriptor, () => Readable.from([Buffer.from(bytes)]), signal === undefined ? {} : { signal });
  }
  await target.putTagged(next.manifest, tag, signal);
  return {
    ...entry,
    digest: next.manifest.digest,
    reason: `cosign signature by ${sign.key.file} under tag ${tag} (cosign verify checks it with the public key)`,
  };
}

const indexingWords: Record<ReferrerIndexing, string> = {
  api: 'indexed by the referrers API',
  'tag-schema': 'listed in the tag-schema index',
  layout: "listed in the layout's index.json",
};

async function carryOne(
  job: CarryJob,
  artifact: FoundArtifact,
  pair: FlattenedPair,
  put: (manifest: RawManifest, subject: Descriptor) => Promise<ReferrerIndexing>,
): Promise<ReferrerReport> {
  const { source, target, signal } = job;
  const raw = await source.getManifest(artifact.descriptor, signal);
  if (isIndexMediaType(raw.mediaType)) {
    return {
      digest: raw.digest,
      artifactType: artifact.descriptor.artifactType ?? raw.mediaType,
      action: 'dropped',
      reason: 'an artifact index (its manifests would need re-pointing one by one); not carried',
    };
  }
  const parsed = JSON.parse(Buffer.from(raw.bytes).toString('utf8')) as { config?: Descriptor; layers?: Descriptor[] };
  const buildx = artifact.origin.kind === 'buildx';
  const small = [
    ...(parsed.layers ?? []).filter((l) => l.mediaType === ArtifactMediaType.inToto || l.mediaType === ArtifactMediaType.dsse),
    ...(buildx && parsed.config !== undefined ? [parsed.config] : []),
  ].filter((d) => d.size <= MAX_SMALL_BLOB);
  const blobs = new Map<string, Uint8Array>();
  const layerJson = new Map<string, unknown>();
  for (const descriptor of small) {
    const bytes = await source.getBlobBytes(descriptor, signal);
    blobs.set(descriptor.digest, bytes);
    try {
      layerJson.set(descriptor.digest, JSON.parse(Buffer.from(bytes).toString('utf8')));
    } catch {
      // judged by its descriptor alone
    }
  }
  const classification = classifyArtifact(parsed, artifact.origin, layerJson);
  const decision = decide(classification, job.mode);
  const entry: ReferrerReport = { digest: raw.digest, artifactType: classification.artifactType, ...decision };
  if (decision.action !== 'carried') return entry;
  if (target === undefined || pair.to === undefined) return { ...entry, reason: `${entry.reason} (dry run: nothing written)` };

  // Before any blob is stored: an archive target has nowhere to list it.
  if (target.putReferrer === undefined) throw new Error(`${target.description} cannot hold referrers`);
  const renames = new Map(job.pairs.flatMap((p) => (p.to === undefined ? [] : [[p.from.digest, p.to.digest] as const])));
  const repointed = repointArtifact({ manifest: raw, from: pair.from, to: pair.to, blobs, buildx, renames });
  const options = signal === undefined ? {} : { signal };
  for (const descriptor of repointed.unchanged) {
    await target.putBlob(descriptor, () => openBlob(source, descriptor, signal), { mountFrom: source, ...options });
  }
  for (const { descriptor, bytes } of repointed.rewritten) {
    await target.putBlob(descriptor, () => Readable.from([Buffer.from(bytes)]), options);
  }
  const via = await put(repointed.manifest, pair.to);
  return {
    ...entry,
    reason: `${entry.reason} (${indexingWords[via]})`,
    subject: pair.to.digest,
    written: repointed.manifest.digest,
  };
}

/** A blob from the source; the empty config `{}` from its descriptor's data when the source does not store it. */
async function openBlob(source: ImageSource, descriptor: Descriptor, signal: AbortSignal | undefined): Promise<Readable> {
  if (descriptor.digest === EMPTY_DESCRIPTOR.digest) return Readable.from([Buffer.from('{}')]);
  return source.getBlob(descriptor, signal);
}
