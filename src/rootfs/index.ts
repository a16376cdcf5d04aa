export { mergeLayers, type LayerInput, type MergeOptions, type MergeStats } from './merge.ts';
export { mergeToEnd, type MergeRun } from './merge-to-end.ts';
export { DuplicatePathsError, type DuplicateCopies, type DuplicateHints, type LayerDuplicates } from './duplicates.ts';
export { decompressLayer } from './decompress.ts';
