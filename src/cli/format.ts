// Sizes are written as the library's own messages write them.
export { formatBytes } from '../index.ts';

export const formatSeconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;

export const shortDigest = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);

/** `1 layer`, `3 layers`. */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
