import type { Descriptor } from '../image/types.ts';

/** `--referrers`: auto carries unsigned SBOMs and attestations, all carries unknown types too, none drops everything. */
export type ReferrersMode = 'auto' | 'all' | 'none';
export const REFERRERS_MODES: readonly ReferrersMode[] = ['auto', 'all', 'none'];

/** How an attached artifact was found on the source. */
export type ArtifactOrigin =
  /** The referrers API, the `<alg>-<hex>` tag-schema index, or an OCI layout's index.json. */
  | { kind: 'referrer' }
  /** cosign's legacy tag `sha256-<hex>.sig|.att|.sbom`. */
  | { kind: 'cosign-tag'; tag: string }
  /** A buildx attestation manifest inside the source index. */
  | { kind: 'buildx' };

/** One artifact attached to a source manifest, as discovered. */
export interface FoundArtifact {
  descriptor: Descriptor;
  origin: ArtifactOrigin;
}

/** What happened to one artifact, as printed and in `--json`. */
export interface ReferrerReport {
  digest: string;
  artifactType: string;
  action: 'carried' | 'dropped' | 'added';
  reason: string;
  /** The manifest it is attached to in the result (carried and added), and the new artifact's digest when it changed. */
  subject?: string;
  written?: string;
}

/** A source manifest and what it became in the target. */
export interface FlattenedPair {
  from: Descriptor;
  /** Absent in a dry run, which decides and writes nothing. */
  to?: Descriptor;
}
