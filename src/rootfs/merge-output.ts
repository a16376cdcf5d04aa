/**
 * The merged layer's output: headers and small pieces are batched into chunks of about 64 KiB
 * (one push per chunk instead of one per 512-byte header), file bodies pass through unbatched.
 * Directories that must come early (early-directories.ts) are written ahead of the first member
 * below them, and not again when their own member comes. Pure: it only builds buffers.
 */
import type { Attributes } from './attributes.ts';
import type { EarlyDirectories } from './early-directories.ts';
import { forEachAncestor } from './paths.ts';
import { encodeHeader, type OutputHeader } from './tar-writer.ts';
import type { MergeStats } from './types.ts';

export const BATCH_BYTES = 64 * 1024;

export interface MergeOutput {
  /** Queues a small piece; true when the batch is full and should be taken. */
  queue(piece: Buffer): boolean;
  /** Queues a member's header (and any early directory above it); true when the batch is full. */
  writeHeader(header: OutputHeader): boolean;
  /** Hard links to an inode already written, as plain headers after it. */
  writeLinks(names: string[], target: string, attributes: Attributes): void;
  /** Counts body bytes that pass through without the batch. */
  passThrough(bytes: number): void;
  readonly full: boolean;
  readonly empty: boolean;
  /** The batch as one buffer; the batch starts again empty. */
  take(): Buffer;
}

export function createMergeOutput(stats: MergeStats, early: EarlyDirectories | undefined): MergeOutput {
  let batch: Buffer[] = [];
  let batchBytes = 0;
  const writtenEarly = new Set<string>();
  const queue = (piece: Buffer): boolean => {
    batch.push(piece);
    batchBytes += piece.length;
    stats.bytesOut += piece.length;
    return batchBytes >= BATCH_BYTES;
  };
  const writeEarlyParents = (path: string): void => {
    forEachAncestor(path, (ancestor) => {
      const header = early?.get(ancestor);
      if (header === undefined || writtenEarly.has(ancestor)) return;
      writtenEarly.add(ancestor);
      stats.entriesOut++;
      queue(encodeHeader(header));
    });
  };
  const writeHeader = (header: OutputHeader): boolean => {
    if (early !== undefined && early.size > 0) {
      writeEarlyParents(header.path);
      if (header.kind === 'dir' && writtenEarly.has(header.path)) return batchBytes >= BATCH_BYTES;
    }
    stats.entriesOut++;
    return queue(encodeHeader(header));
  };
  return {
    queue,
    writeHeader,
    writeLinks(names, target, attributes) {
      for (const name of names) writeHeader({ ...attributes, kind: 'link', size: 0, path: name, linkname: target });
    },
    passThrough(bytes) {
      stats.bytesOut += bytes;
    },
    get full() {
      return batchBytes >= BATCH_BYTES;
    },
    get empty() {
      return batch.length === 0;
    },
    take() {
      const out = batch.length === 1 ? (batch[0] as Buffer) : Buffer.concat(batch, batchBytes);
      batch = [];
      batchBytes = 0;
      return out;
    },
  };
}
