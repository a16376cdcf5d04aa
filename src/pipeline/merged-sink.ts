/**
 * Where one merge run's compressed bytes go under a finite temp budget (docs/temp-budget.md): to
 * the streamed upload that follows the merge, if there is one, and to a spool file while it fits
 * in the budget. A spool that outgrows the budget is deleted on the spot and the run goes on for
 * the digest alone; if the layer must be sent again after that, the merge runs again (the same
 * bytes: the merge and the compressors are deterministic).
 */
import { open, rm, type FileHandle } from 'node:fs/promises';
import { PassThrough, type Readable, Writable } from 'node:stream';
import type { TempBudget } from './temp-budget.ts';

export interface MergedSink {
  /** The spool file. */
  readonly path: string;
  readonly sink: Writable;
  /** The bytes as they are made, for the streamed upload (absent without `follow`). */
  readonly follower: Readable | undefined;
  /** Stops feeding the follower (its upload ended or gave up); the run goes on without it. */
  detach(): void;
  /** After the run finished: whether the spool holds the whole layer. */
  readonly spooled: boolean;
  /** Removes the spool (if any) and gives its room back. */
  discard(): Promise<void>;
}

export function createMergedSink(path: string, budget: TempBudget, follow: boolean): MergedSink {
  let handle: FileHandle | undefined;
  /** The spool was given up (it outgrew the budget) or removed. */
  let droppedSpool = false;
  let reserved = 0;
  let finished = false;
  let follower: PassThrough | undefined = follow ? new PassThrough({ highWaterMark: 1024 * 1024 }) : undefined;
  let wake: (() => void) | undefined;
  // A run that fails before the upload reads (or after it stopped) must not throw an unheard
  // 'error': the upload learns of the failure from the run's verdict (streamBlob's `final`).
  follower?.on('error', () => undefined);

  const dropSpool = async (): Promise<void> => {
    droppedSpool = true;
    const closing = handle?.close();
    handle = undefined;
    await closing?.catch(() => undefined);
    await rm(path, { force: true });
    budget.release(reserved);
    budget.shrank(reserved);
    reserved = 0;
  };

  const detach = (): void => {
    const stopped = follower;
    follower = undefined;
    stopped?.destroy();
    wake?.();
  };

  const feed = (chunk: Buffer): Promise<void> | undefined => {
    if (follower === undefined || follower.destroyed) return undefined;
    if (follower.write(chunk)) return undefined;
    return new Promise((resolve) => {
      const target = follower as PassThrough;
      const done = (): void => {
        target.off('drain', done);
        target.off('close', done);
        wake = undefined;
        resolve();
      };
      wake = done;
      target.on('drain', done);
      target.on('close', done);
    });
  };

  const sink = new Writable({
    highWaterMark: 1024 * 1024,
    construct(callback) {
      open(path, 'w').then(
        (h) => {
          handle = h;
          callback();
        },
        (error: Error) => callback(error),
      );
    },
    write(chunk: Buffer, _encoding, callback) {
      const spool = async (): Promise<void> => {
        if (droppedSpool) return;
        // With an upload following, the spool is only a spare (for a failed upload): it takes
        // the room nobody uses and never the room of source layers the merge has yet to read.
        if (!budget.tryReserve(chunk.length, !follow)) {
          await dropSpool();
          return;
        }
        reserved += chunk.length;
        await (handle as FileHandle).write(chunk);
        budget.grew(chunk.length);
      };
      Promise.all([spool(), feed(chunk)]).then(() => callback(), callback);
    },
    final(callback) {
      const closing = handle?.close() ?? Promise.resolve();
      handle = undefined;
      closing.then(() => {
        finished = true;
        follower?.end();
        callback();
      }, callback);
    },
    destroy(error, callback) {
      // Destroyed after its end too (autoDestroy): the follower keeps what the upload has not read yet.
      if (finished) {
        callback(error);
        return;
      }
      follower?.destroy(error ?? undefined);
      dropSpool().finally(() => callback(error));
    },
  });

  return {
    path,
    sink,
    follower,
    detach,
    get spooled() {
      return finished && !droppedSpool;
    },
    async discard() {
      if (!droppedSpool) await dropSpool();
    },
  };
}
