import type { Readable } from 'node:stream';
import { metered } from '../../stream/meter.ts';

export interface UploadStats {
  mounted: number;
  uploaded: number;
  /** Uploads restarted from a reopened source after a failure. */
  restarts: number;
  /** Uploads that fell back to another strategy because the registry refused the first. */
  fallbacks: number;
  /** Bytes sent in PUT/PATCH bodies (counted as read from the source). */
  bytesSent: number;
}

/** Counts bytes as they leave the source, without changing its flow. */
export function counted(source: Readable, stats: UploadStats): Readable {
  let previous = 0;
  return metered(source, (total) => {
    stats.bytesSent += total - previous;
    previous = total;
  });
}
