import { encodeJson } from './digest.ts';
import type { ManifestFamily } from './media-types.ts';
import { familyTypes } from './family.ts';
import type { Descriptor, ImageIndex, ImageManifest, RawManifest } from './types.ts';

export interface BuildManifestInput {
  family: ManifestFamily;
  source: ImageManifest;
  config: Descriptor;
  layers: Descriptor[];
  /** Extra annotations (OCI only: Docker schema2 manifests have no annotations field). */
  annotations?: Readonly<Record<string, string>>;
}

/** The flattened image manifest: the source's fields, with new config and layers. */
export function buildManifest(input: BuildManifestInput): RawManifest {
  const types = familyTypes(input.family);
  const manifest: ImageManifest = { schemaVersion: 2, mediaType: types.manifest, config: input.config, layers: input.layers };
  if (input.source.artifactType !== undefined && input.family === 'oci') manifest.artifactType = input.source.artifactType;
  if (input.source.subject !== undefined && input.family === 'oci') manifest.subject = input.source.subject;
  const annotations = { ...input.source.annotations, ...input.annotations };
  if (Object.keys(annotations).length > 0 && input.family === 'oci') manifest.annotations = annotations;
  return encodeJson(manifest, types.manifest);
}

export interface BuildIndexInput {
  family: ManifestFamily;
  source: ImageIndex;
  /** The new children, in the source's order, each carrying the source descriptor's platform and annotations. */
  manifests: Descriptor[];
  annotations?: Readonly<Record<string, string>>;
}

export function buildIndex(input: BuildIndexInput): RawManifest {
  const types = familyTypes(input.family);
  const index: ImageIndex = { schemaVersion: 2, mediaType: types.index, manifests: input.manifests };
  const annotations = { ...input.source.annotations, ...input.annotations };
  if (Object.keys(annotations).length > 0 && input.family === 'oci') index.annotations = annotations;
  return encodeJson(index, types.index);
}
