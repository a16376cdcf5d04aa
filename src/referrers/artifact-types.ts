/**
 * Media types and annotations of what tools attach to an image (docs/referrers.md): OCI 1.1
 * referrers, cosign (signatures, attestations, SBOMs), Notary v2, buildx attestation manifests.
 */
export const ArtifactMediaType = {
  empty: 'application/vnd.oci.empty.v1+json',
  inToto: 'application/vnd.in-toto+json',
  dsse: 'application/vnd.dsse.envelope.v1+json',
  cosignSimpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
  cosignSignatureArtifact: 'application/vnd.dev.cosign.artifact.sig.v1+json',
  sigstoreBundlePrefix: 'application/vnd.dev.sigstore.bundle',
  notarySignature: 'application/vnd.cncf.notary.signature',
  spdxJson: 'application/spdx+json',
  spdxText: 'text/spdx',
  cyclonedxJson: 'application/vnd.cyclonedx+json',
  cyclonedxXml: 'application/vnd.cyclonedx+xml',
  cyclonedx: 'application/vnd.cyclonedx',
} as const;

/** The `{}` blob image-spec defines for an artifact without a config. */
export const EMPTY_DESCRIPTOR = Object.freeze({
  mediaType: ArtifactMediaType.empty,
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2,
  data: 'e30=',
});

export const COSIGN_SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
export const IN_TOTO_PREDICATE_ANNOTATION = 'in-toto.io/predicate-type';
export const BUILDX_REFERENCE_TYPE = 'vnd.docker.reference.type';
export const BUILDX_REFERENCE_DIGEST = 'vnd.docker.reference.digest';
export const BUILDX_ATTESTATION = 'attestation-manifest';

/** Statement types of in-toto v0.1 and v1 (both still written by current tools). */
export const isInTotoStatementType = (type: unknown): boolean =>
  typeof type === 'string' && type.startsWith('https://in-toto.io/Statement/');

export const isSbomMediaType = (mediaType: string | undefined): boolean =>
  mediaType !== undefined && (/spdx/i.test(mediaType) || /cyclonedx/i.test(mediaType));

export const isSbomPredicate = (predicateType: string | undefined): boolean =>
  predicateType !== undefined && (/spdx/i.test(predicateType) || /cyclonedx/i.test(predicateType));
