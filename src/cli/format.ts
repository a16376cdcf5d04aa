// Sizes are written as the library's own messages write them.
import { formatBytes } from '../index.ts';

export { formatBytes };

export const formatSeconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;

export const shortDigest = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);

/** `1 layer`, `3 layers`. */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The run's last progress line: its peak temp disk against the budget, and what that cost in re-fetches. */
export function tempDiskLine(event: { bytes: number; budget: number | null; refetches: number }): string {
  const budget = event.budget === null ? 'no budget' : `budget ${formatBytes(event.budget)}`;
  const refetches = event.refetches === 0 ? '' : `, ${event.refetches} layer re-fetch${event.refetches === 1 ? '' : 'es'}`;
  return `temp disk: ${formatBytes(event.bytes)} at most (${budget}${refetches}), removed at exit`;
}
