export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}

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
