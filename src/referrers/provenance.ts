import { encodeJson, sha256Digest } from '../image/digest.ts';
import { MediaType } from '../image/media-types.ts';
import type { Descriptor, RawManifest } from '../image/types.ts';
import { VERSION } from '../version.ts';
import { ArtifactMediaType, EMPTY_DESCRIPTOR, IN_TOTO_PREDICATE_ANNOTATION } from './artifact-types.ts';

/**
 * `--provenance`: an in-toto Statement v1 with a SLSA provenance v1 predicate saying this
 * manifest was made by flattening that one, pushed as a referrer of it. Pure and deterministic:
 * no clock, no host name, no run id; the only time in it is `--created`/SOURCE_DATE_EPOCH
 * when one is given (docs/referrers.md).
 */

export const BUILDER_ID = 'pkg:npm/oci-flatten';
export const BUILD_TYPE = 'pkg:npm/oci-flatten#flatten-v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';

export interface ProvenanceInput {
  /** The flattened manifest and the name it was written under (without tag or digest). */
  subject: Descriptor;
  subjectName: string;
  /** The source manifest it was made from, and where it was read. */
  source: Descriptor;
  sourceName: string;
  /** The options that shape the result (only those given; key order is fixed by the caller). */
  parameters: Record<string, unknown>;
  /** `--created` or SOURCE_DATE_EPOCH as RFC 3339; without it the statement holds no time. */
  created?: string;
}

const digestSet = (digest: string): Record<string, string> => ({
  [digest.slice(0, digest.indexOf(':'))]: digest.slice(digest.indexOf(':') + 1),
});

export function provenanceStatement(input: ProvenanceInput): Record<string, unknown> {
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ name: input.subjectName, digest: digestSet(input.subject.digest) }],
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters: input.parameters,
        resolvedDependencies: [{ uri: input.sourceName, digest: digestSet(input.source.digest), mediaType: input.source.mediaType }],
      },
      runDetails: {
        builder: { id: BUILDER_ID, version: { 'oci-flatten': VERSION } },
        metadata: input.created === undefined ? {} : { startedOn: input.created, finishedOn: input.created },
      },
    },
  };
}

/** The statement as an OCI 1.1 artifact (empty config, one in-toto layer) whose subject is the flattened manifest. */
export function provenanceArtifact(input: ProvenanceInput): {
  manifest: RawManifest;
  statement: { descriptor: Descriptor; bytes: Uint8Array };
} {
  const bytes = new TextEncoder().encode(JSON.stringify(provenanceStatement(input)));
  const layer: Descriptor = {
    mediaType: ArtifactMediaType.inToto,
    digest: sha256Digest(bytes),
    size: bytes.byteLength,
    annotations: { [IN_TOTO_PREDICATE_ANNOTATION]: SLSA_PROVENANCE_V1 },
  };
  const manifest = encodeJson(
    {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      artifactType: ArtifactMediaType.inToto,
      config: EMPTY_DESCRIPTOR,
      layers: [layer],
      subject: { mediaType: input.subject.mediaType, digest: input.subject.digest, size: input.subject.size },
      annotations: { [IN_TOTO_PREDICATE_ANNOTATION]: SLSA_PROVENANCE_V1 },
    },
    MediaType.ociManifest,
  );
  return { manifest, statement: { descriptor: layer, bytes } };
}
