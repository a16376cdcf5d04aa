/**
 * Where the merge's layer bytes come from under a temp budget (docs/temp-budget.md).
 *
 * Layers are fetched newest first, the order the merge reads them, into spool files ahead of the
 * merge, but only while they fit in the budget beside the spools already on disk; a spool the merge
 * has read once may be deleted to make room for the next. A layer that does not fit when the merge
 * reaches it streams straight from the source into the merge, and any later read of a layer whose
 * spool is gone (or never was) fetches the blob again from the source: the second reads the merge
 * sometimes needs (reread.ts, duplicates.ts, symlink-parents.ts), the diff_id check of a layer the
 * merge stopped in, a kept layer's upload. Those re-fetches are counted.
 *
 * With an unlimited budget every layer is spooled at once and kept to the end of the run: nothing
 * is fetched twice.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import pLimit from 'p-limit';
import type { Descriptor } from '../image/types.ts';
import { createMeter } from '../stream/meter.ts';
import type { ImageSource } from '../transport/types.ts';
import { createGrowingFile, type GrowingFile } from './growing-file.ts';
import { spoolLayer } from './layer-spool.ts';
import type { TempBudget } from './temp-budget.ts';

export interface LayerStoreOptions {
  directory: string;
  concurrency: number;
  budget: TempBudget;
  /**
   * Spool layers ahead of the merge (default true). Off, every layer streams and the whole budget
   * is left to the merged layer: for a target that cannot take it while it is made, whose spool
   * spares a second merge.
   */
  ahead?: boolean;
  signal?: AbortSignal | undefined;
  onBytes?: (digest: string, bytes: number, total: number, done: boolean) => void;
}

export interface LayerStore {
  /** The layer's compressed bytes from the start, verified against its digest as they arrive. */
  open(descriptor: Descriptor): Readable;
  /**
   * Resolves when every layer was fetched to its end and verified (a spool complete, or a stream
   * read to its end); a layer no read finished is fetched once more. Awaited before any manifest.
   */
  settled(): Promise<void>;
  /**
   * The first failed spool download, after those in flight settled: a corrupt blob first shows
   * to the merge as a broken gzip or tar stream, and the download's verdict names the real cause.
   */
  failure(): Promise<unknown>;
  /** Deletes the spools and gives their room back: the image is done (or failed). */
  close(): Promise<void>;
}

interface Entry {
  readonly descriptor: Descriptor;
  /** Its spool, while one holds it (being written, or complete). */
  spool: GrowingFile | undefined;
  downloaded: boolean;
  /** Bytes of its spool on disk. */
  bytes: number;
  /** The merge asked for it: from then on it is never spooled if it was not already. */
  opened: boolean;
  /** The first read has ended, so the spool may go. */
  read: boolean;
  readers: number;
  /** A read (spool or stream) reached the end of the blob, which verifies its digest. */
  verified: boolean;
}

export function createLayerStore(source: ImageSource, layers: readonly Descriptor[], options: LayerStoreOptions): LayerStore {
  const { budget, signal } = options;
  const limit = pLimit(options.concurrency);
  const entries = new Map<string, Entry>();
  for (const descriptor of [...layers].reverse()) {
    if (entries.has(descriptor.digest)) continue;
    entries.set(descriptor.digest, {
      descriptor,
      spool: undefined,
      downloaded: false,
      bytes: 0,
      opened: false,
      read: false,
      readers: 0,
      verified: false,
    });
  }
  /** Spools ever started, failed ones included (their verdict matters to `failure`). */
  const started: GrowingFile[] = [];
  let closed = false;

  const evictable = (entry: Entry): boolean => entry.spool !== undefined && entry.downloaded && entry.read && entry.readers === 0;

  const evict = (entry: Entry): void => {
    const spool = entry.spool as GrowingFile;
    entry.spool = undefined;
    budget.release(entry.descriptor.size);
    budget.shrank(entry.bytes);
    entry.bytes = 0;
    // At once, before its room is handed on: the bytes on disk never exceed the budget. No
    // descriptor holds the file (no reader, the download closed it), so unlinking frees it.
    rmSync(spool.path, { force: true });
  };

  const start = (entry: Entry): void => {
    const { descriptor } = entry;
    const spool = createGrowingFile(join(options.directory, descriptor.digest.replace(':', '-')));
    entry.spool = spool;
    started.push(spool);
    void limit(() =>
      spoolLayer(source, descriptor, spool, {
        signal,
        onBytes: (bytes, done) => {
          budget.grew(bytes - entry.bytes);
          entry.bytes = bytes;
          options.onBytes?.(descriptor.digest, bytes, descriptor.size, done);
        },
      }),
    );
    spool.done.then(
      () => {
        entry.downloaded = true;
        entry.verified = true;
        schedule();
      },
      () => undefined,
    );
  };

  /** Starts the next downloads, newest first, while they fit; a layer that does not stops the queue until room is made. */
  const schedule = (): void => {
    if (signal?.aborted === true || closed || options.ahead === false) return;
    for (const entry of entries.values()) {
      if (entry.spool !== undefined || entry.opened) continue;
      // Larger than the whole budget: it can only ever stream.
      if (entry.descriptor.size > budget.limit) continue;
      if (!budget.tryReserve(entry.descriptor.size)) return;
      start(entry);
    }
  };

  /** The blob fetched from the source into the reader; `first` reports download progress. */
  const fetch = (entry: Entry, first: boolean): Readable => {
    const { descriptor } = entry;
    const out = new PassThrough();
    // Its reader may be gone when the fetch fails (the run failed first): no unheard 'error'.
    out.on('error', () => undefined);
    const meter = createMeter((bytes) => {
      if (first) options.onBytes?.(descriptor.digest, bytes, descriptor.size, false);
    });
    source
      .getBlob(descriptor, signal)
      .then((blob) => pipeline(blob, meter, out))
      .then(
        () => {
          entry.verified = true;
          if (first) options.onBytes?.(descriptor.digest, descriptor.size, descriptor.size, true);
        },
        (error: unknown) => out.destroy(error as Error),
      );
    return out;
  };

  const follow = (entry: Entry, stream: Readable, first: boolean): Readable => {
    entry.readers++;
    stream.once('close', () => {
      entry.readers--;
      if (first) entry.read = true;
      schedule();
    });
    return stream;
  };

  // The merged layer's spool may take the room of spools the merge has read, as the queue may.
  const removeReclaimer = budget.addReclaimer(() => {
    const victim = [...entries.values()].find(evictable);
    if (victim === undefined) return false;
    evict(victim);
    return true;
  });
  schedule();

  return {
    open(descriptor) {
      const entry = entries.get(descriptor.digest);
      if (entry === undefined) throw new Error(`layer ${descriptor.digest} is not one of the image's`);
      const first = !entry.opened;
      entry.opened = true;
      if (entry.spool !== undefined) return follow(entry, entry.spool.reader(), first);
      if (!first) budget.refetches++;
      const stream = follow(entry, fetch(entry, first), first);
      // This layer will never be spooled now: the queue may move past it.
      schedule();
      return stream;
    },
    async settled() {
      await Promise.all(started.map((spool) => spool.done));
      for (const entry of entries.values()) {
        if (entry.verified) continue;
        signal?.throwIfAborted();
        entry.opened = true;
        budget.refetches++;
        const stream = fetch(entry, false);
        stream.resume();
        await finished(stream);
      }
    },
    async close() {
      removeReclaimer();
      closed = true;
      await Promise.allSettled(started.map((spool) => spool.done));
      for (const entry of entries.values()) if (entry.spool !== undefined) evict(entry);
    },
    async failure() {
      const results = await Promise.allSettled(started.map((spool) => spool.done));
      return results.find((result): result is PromiseRejectedResult => result.status === 'rejected')?.reason;
    },
  };
}
