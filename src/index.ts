/** oci-flatten's library API. The CLI (src/cli) is a thin layer over these functions. */
export { flatten, type FlattenOptions, type FlattenResult, type PlatformSummary } from './flatten.ts';
export { inspect, type InspectOptions, type InspectReport, type InspectedImage } from './inspect.ts';
export { diff, type DiffOptions, type DiffReport, type DiffSide } from './diff.ts';
export type { Change, Difference } from './diff/compare-trees.ts';
export { imageFilesystem, type ImageLayers, type OpenBlob } from './diff/image-filesystem.ts';
export {
  mergeLayers,
  mergeToEnd,
  decompressLayer,
  DuplicatePathsError,
  type LayerInput,
  type MergeOptions,
  type MergeStats,
} from './rootfs/index.ts';
export { createCompressor, type CompressorOptions } from './compress/compressor.ts';
export { createDigestStream, type DigestResult, type DigestStream } from './stream/digest.ts';
export { openSource, openTarget, type TransportOptions } from './transport/open.ts';
export { writeDirectoryLayer, type DirectoryLayer, type DirectoryLayerOptions } from './build/directory-layer.ts';
export { writeImage, imageIndex, type ImageParts, type BuiltLayerFile } from './build/write-image.ts';
export type { ImageSource, ImageTarget, ReferrerIndexing } from './transport/types.ts';
export type { FoundArtifact, ReferrerReport, ReferrersMode } from './referrers/types.ts';
export type { ProgressEvent, ProgressListener } from './pipeline/progress.ts';
export { FlattenError, EXIT_CODES, type ErrorKind } from './errors.ts';
export { MediaType } from './image/media-types.ts';
export type { Descriptor, ImageIndex, ImageManifest, Platform, RawManifest, HistoryEntry } from './image/types.ts';
