export { mergeLayers, type LayerInput, type MergeOptions, type MergeStats } from './merge.ts';
export { decompressLayer } from './decompress.ts';
