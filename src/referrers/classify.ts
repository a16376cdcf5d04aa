import { Buffer } from 'node:buffer';
import {
  ArtifactMediaType,
  COSIGN_SIGNATURE_ANNOTATION,
  IN_TOTO_PREDICATE_ANNOTATION,
  isInTotoStatementType,
  isSbomMediaType,
  isSbomPredicate,
} from './artifact-types.ts';
import type { ArtifactOrigin, ReferrersMode, ReferrerReport } from './types.ts';

/**
 * What an attached artifact is, from its manifest and the small JSON layers it holds: pure, no
 * I/O. Anything signed for the source digest is a signature (it would not verify against the
 * flattened image); what describes the filesystem (SBOMs) or how the image was made
 * (attestations) stays true after a flatten and is carried (docs/referrers.md).
 */
export type ArtifactKind = 'signature' | 'signed-attestation' | 'sbom' | 'attestation' | 'unknown';

export interface Classification {
  kind: ArtifactKind;
  /** The referrers API's artifactType: the manifest's own, else its config's media type. */
  artifactType: string;
  /** For messages: `cosign signature`, `SPDX document`, `in-toto attestation (https://slsa.dev/provenance/v1)`. */
  what: string;
}

interface ManifestView {
  mediaType?: unknown;
  artifactType?: unknown;
  config?: { mediaType?: unknown };
  layers?: unknown;
}

interface LayerView {
  mediaType: string;
  digest: string;
  annotations: Record<string, string>;
}

const layersOf = (manifest: ManifestView): LayerView[] =>
  (Array.isArray(manifest.layers) ? manifest.layers : []).flatMap((layer: unknown) => {
    if (typeof layer !== 'object' || layer === null) return [];
    const { mediaType, digest, annotations } = layer as { mediaType?: unknown; digest?: unknown; annotations?: unknown };
    if (typeof mediaType !== 'string' || typeof digest !== 'string') return [];
    return [
      {
        mediaType,
        digest,
        annotations: typeof annotations === 'object' && annotations !== null ? (annotations as Record<string, string>) : {},
      },
    ];
  });

export function artifactTypeOf(manifest: ManifestView): string {
  if (typeof manifest.artifactType === 'string' && manifest.artifactType !== '') return manifest.artifactType;
  if (typeof manifest.config?.mediaType === 'string') return manifest.config.mediaType;
  return typeof manifest.mediaType === 'string' ? manifest.mediaType : 'unknown';
}

/** A DSSE envelope's signatures, when it has any that are not empty. */
export const dsseIsSigned = (envelope: unknown): boolean => {
  const signatures = (envelope as { signatures?: unknown } | null)?.signatures;
  return (
    Array.isArray(signatures) &&
    signatures.some((s) => typeof (s as { sig?: unknown })?.sig === 'string' && (s as { sig: string }).sig !== '')
  );
};

/** The predicate type of an in-toto statement (the layer's annotation, else the statement's own field). */
function predicateOf(layer: LayerView, json: unknown): string | undefined {
  const annotated = layer.annotations[IN_TOTO_PREDICATE_ANNOTATION];
  if (annotated !== undefined) return annotated;
  const statement = json as { _type?: unknown; predicateType?: unknown } | undefined;
  return isInTotoStatementType(statement?._type) && typeof statement?.predicateType === 'string' ? statement.predicateType : undefined;
}

/** A DSSE envelope's payload decoded, when it is an in-toto statement. */
export function dssePayload(envelope: unknown): unknown {
  const { payload, payloadType } = (envelope ?? {}) as { payload?: unknown; payloadType?: unknown };
  if (typeof payload !== 'string' || payloadType !== ArtifactMediaType.inToto) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Classify one artifact. `layerJson` holds the parsed in-toto and DSSE layers (by digest) the
 * caller could read; a layer missing from it is judged by its descriptor alone.
 */
export function classifyArtifact(manifest: ManifestView, origin: ArtifactOrigin, layerJson: ReadonlyMap<string, unknown>): Classification {
  const artifactType = artifactTypeOf(manifest);
  const layers = layersOf(manifest);
  const result = (kind: ArtifactKind, what: string): Classification => ({ kind, artifactType, what });
  const types = [artifactType, ...layers.map((l) => l.mediaType)];

  if (types.includes(ArtifactMediaType.notarySignature)) return result('signature', 'Notary v2 signature');
  if (types.some((t) => t.startsWith(ArtifactMediaType.sigstoreBundlePrefix))) return result('signed-attestation', 'sigstore bundle');
  const dsse = layers.filter((l) => l.mediaType === ArtifactMediaType.dsse);
  if (dsse.length > 0) {
    const signed = dsse.some((l) => (l.annotations[COSIGN_SIGNATURE_ANNOTATION] ?? '') !== '' || dsseIsSigned(layerJson.get(l.digest)));
    // cosign's `.att` tag holds only signed envelopes, even when the envelope could not be read.
    if (signed || (origin.kind === 'cosign-tag' && origin.tag.endsWith('.att'))) {
      return result('signed-attestation', 'signed DSSE attestation (cosign attest)');
    }
    const predicates = dsse.map((l) => predicateOf(l, dssePayload(layerJson.get(l.digest)))).filter((p) => p !== undefined);
    return predicates.some(isSbomPredicate)
      ? result('sbom', `unsigned in-toto SBOM statement (${predicates.join(', ')})`)
      : result('attestation', `unsigned DSSE attestation (${predicates.join(', ') || 'unknown predicate'})`);
  }
  if (
    artifactType === ArtifactMediaType.cosignSignatureArtifact ||
    layers.some((l) => l.mediaType === ArtifactMediaType.cosignSimpleSigning || l.annotations[COSIGN_SIGNATURE_ANNOTATION] !== undefined) ||
    (origin.kind === 'cosign-tag' && origin.tag.endsWith('.sig'))
  ) {
    return result('signature', 'cosign signature');
  }
  const inToto = layers.filter((l) => l.mediaType === ArtifactMediaType.inToto);
  if (inToto.length > 0) {
    const predicates = inToto.map((l) => predicateOf(l, layerJson.get(l.digest)) ?? 'unknown predicate');
    const label = origin.kind === 'buildx' ? 'buildx attestation manifest' : 'in-toto attestation';
    if (origin.kind !== 'buildx' && predicates.every(isSbomPredicate))
      return result('sbom', `in-toto SBOM statement (${predicates.join(', ')})`);
    return result('attestation', `${label} (${predicates.join(', ')})`);
  }
  if (isSbomMediaType(artifactType) || layers.some((l) => isSbomMediaType(l.mediaType))) {
    const spdx = types.some((t) => /spdx/i.test(t));
    return result('sbom', spdx ? 'SPDX document' : 'CycloneDX document');
  }
  return result('unknown', `artifact of type ${artifactType}`);
}

/** The hint every dropped signature carries: the flattened image is a new digest to sign. */
export const SIGN_HINT = 'sign the result: cosign sign, notation sign, or options.signKey';

/** What a run does with a classified artifact under `--referrers`. */
export function decide(classification: Classification, mode: ReferrersMode): Pick<ReferrerReport, 'action' | 'reason'> {
  const { kind, what } = classification;
  if (mode === 'none') return { action: 'dropped', reason: `${what}: options.referrers none` };
  switch (kind) {
    case 'signature':
    case 'signed-attestation':
      return { action: 'dropped', reason: `${what} over the source digest would not verify against the flattened image; ${SIGN_HINT}` };
    case 'sbom':
      return { action: 'carried', reason: `${what}: the flattened filesystem is the source's, so it stays true; re-pointed` };
    case 'attestation':
      return { action: 'carried', reason: `${what}: unsigned; re-pointed to the flattened image` };
    case 'unknown':
      return mode === 'all'
        ? { action: 'carried', reason: `${what}: re-pointed (options.referrers all)` }
        : { action: 'dropped', reason: `${what} is not a known SBOM or attestation; options.referrers all carries it` };
  }
}
