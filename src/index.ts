/**
 * oci-flatten's library API. The CLI (src/cli) is a thin layer over these functions and imports
 * nothing else (test/unit/cli/imports.test.ts holds it to that).
 */
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
export type { ImageSource, ImageTarget } from './transport/types.ts';
export type { ProgressEvent, ProgressListener } from './pipeline/progress.ts';
export { FlattenError, type ErrorKind } from './errors.ts';
export { asFlattenError } from './io-errors.ts';
export {
  /** Defaults of flatten()'s options: compression, gzip and zstd levels, concurrency. */
  DEFAULTS as OPTION_DEFAULTS,
  /** The levels each compression takes, `[min, max]`. */
  LEVELS as COMPRESSION_LEVELS,
  /** The most layer downloads flatten() runs at once (`options.concurrency`). */
  MAX_CONCURRENCY,
  /** Defaults of `options.transport`: attempts of a request, timeout, low-speed rule. */
  TRANSPORT_DEFAULTS,
} from './options/flatten-options.ts';
export { redactSecrets } from './redact.ts';
export { escapeControls } from './display-text.ts';
export { describeDifference, differenceJson } from './diff/describe-difference.ts';
export { formatBytes } from './format-bytes.ts';
export { MediaType } from './image/media-types.ts';
export type { Descriptor, ImageIndex, ImageManifest, Platform, RawManifest, HistoryEntry } from './image/types.ts';
// Registry references, errors, credentials and a shared client.
export { parseReference, type Reference } from './reference/reference.ts';
export { RegistryError } from './registry/errors.ts';
export type { Credential } from './registry/credentials/credential.ts';
export type { CredentialFunction, CredentialProvider, Keychain } from './registry/credentials/provider.ts';
export type { HostOptions, RegistryClient } from './registry/client.ts';
export { createSharedClient } from './transport/open.ts';
export { parseLocation, type ImageLocation } from './transport/location.ts';
export type { FlattenSettings } from './flatten.ts';
