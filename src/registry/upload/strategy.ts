import type { Readable } from 'node:stream';
import type { Descriptor } from '../../image/types.ts';
import type { Session, SessionOps } from './session.ts';
import type { UploadStats } from './stats.ts';

/** A blob whose digest and size are known, and how to read it (again, after a failure). */
export interface KnownBlob {
  descriptor: Descriptor;
  open: () => Readable | Promise<Readable>;
  stats: UploadStats;
  /** The host's chunk size (UploadSettings.chunkSize). */
  chunkSize: number;
}

/** One way of sending a blob's bytes into an open session and closing it; a refusal throws StrategyRefused. */
export type Strategy = (ops: SessionOps, session: Session, blob: KnownBlob) => Promise<void>;
