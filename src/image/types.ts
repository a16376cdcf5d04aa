/** The wire formats, exactly as image-spec and Docker schema2 define them. */

export interface Platform {
  architecture: string;
  os: string;
  variant?: string;
  'os.version'?: string;
  'os.features'?: string[];
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  urls?: string[];
  annotations?: Record<string, string>;
  platform?: Platform;
  artifactType?: string;
  data?: string;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  manifests: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  author?: string;
  comment?: string;
  empty_layer?: boolean;
}

/**
 * An image config as parseConfig (image/parse.ts) checked it: `rootfs.diff_ids` a list of digests,
 * `history` an array when present. The config itself is always round-tripped as raw JSON (unknown
 * and Docker-only fields survive), so this type is a view, not the whole thing.
 */
export interface ImageConfigView {
  rootfs: { diff_ids: string[]; [key: string]: unknown };
  history?: unknown[];
  [key: string]: unknown;
}

/** A manifest as fetched: the exact bytes (digests are over them), their type and digest. */
export interface RawManifest {
  bytes: Uint8Array;
  mediaType: string;
  digest: string;
}
