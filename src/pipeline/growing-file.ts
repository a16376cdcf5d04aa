import { EventEmitter } from 'node:events';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable, Writable } from 'node:stream';

/**
 * A file being written by one stream and read by others at the same time: the merge starts on a
 * layer while it is still downloading, and never reads past what is already on disk.
 */
export interface GrowingFile {
  readonly path: string;
  /** Settles when the writer has finished (resolves) or failed (rejects). */
  readonly done: Promise<void>;
  /** The writing end. */
  writer(): Writable;
  /**
   * A new reader from the start of the file; it ends when the writer has finished and it has read
   * everything. With `batch`, it waits until that many new bytes are on disk (or the writer has
   * finished) before each read: a follower that forwards the bytes (an upload) then moves them in
   * large steps instead of one small read per write.
   */
  reader(options?: { batch?: number }): Readable;
}

const CHUNK = 64 * 1024;

/*
 * Bytes the writer buffers while a write is in flight. They go to disk in one writev: a download
 * arrives in 64 KiB pieces, and one write call per piece cost the main thread more than the copy
 * (measured: 6,200 writes of 64 KiB, 0.3 s of CPU against 0.1 s in writes of 16 pieces).
 */
const WRITE_BATCH = 256 * 1024;

export function createGrowingFile(path: string): GrowingFile {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  let written = 0;
  let finished = false;
  let failure: Error | undefined;
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const done = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  done.catch(() => {});

  const changed = (): void => {
    events.emit('change');
  };
  const fail = (error: Error): void => {
    if (finished || failure !== undefined) return;
    failure = error;
    settle.reject(error);
    changed();
  };

  const writer = (): Writable => {
    let handle: FileHandle | undefined;
    const append = async (chunks: Buffer[], length: number): Promise<void> => {
      const file = handle as FileHandle;
      const { bytesWritten } = chunks.length === 1 ? await file.write(chunks[0] as Buffer) : await file.writev(chunks);
      // A short write (not seen on regular files) writes the rest rather than leave a hole.
      if (bytesWritten < length) await file.write(Buffer.concat(chunks, length).subarray(bytesWritten));
      written += length;
      changed();
    };
    return new Writable({
      highWaterMark: WRITE_BATCH,
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
        append([chunk], chunk.length).then(() => callback(), callback);
      },
      writev(pieces: { chunk: Buffer }[], callback) {
        const chunks = pieces.map((piece) => piece.chunk);
        let length = 0;
        for (const chunk of chunks) length += chunk.length;
        append(chunks, length).then(() => callback(), callback);
      },
      final(callback) {
        (handle as FileHandle).close().then(() => {
          handle = undefined;
          finished = true;
          settle.resolve();
          changed();
          callback();
        }, callback);
      },
      destroy(error, callback) {
        const close = handle?.close() ?? Promise.resolve();
        handle = undefined;
        close.finally(() => {
          if (!finished) fail(error ?? new Error(`writing ${path} stopped before its end`));
          callback(error);
        });
      },
    });
  };

  /** Resolves when at least `batch` more bytes than `position` are on disk, the writer finished, or it failed. */
  const more = (position: number, batch: number): Promise<void> =>
    new Promise((resolve) => {
      const check = (): void => {
        if (written >= position + batch || finished || failure !== undefined) {
          events.off('change', check);
          resolve();
        }
      };
      events.on('change', check);
      check();
    });

  const reader = (options: { batch?: number } = {}): Readable => {
    const batch = Math.max(1, options.batch ?? 1);
    let handle: FileHandle | undefined;
    let position = 0;
    return new Readable({
      highWaterMark: Math.max(CHUNK, batch),
      async read(size) {
        try {
          await more(position, batch);
          if (failure !== undefined) throw failure;
          if (position >= written && finished) {
            this.push(null);
            return;
          }
          handle ??= await open(path, 'r');
          const length = Math.min(Math.max(size, CHUNK, batch), written - position);
          const buffer = Buffer.allocUnsafe(length);
          const { bytesRead } = await handle.read(buffer, 0, length, position);
          position += bytesRead;
          this.push(bytesRead === length ? buffer : buffer.subarray(0, bytesRead));
        } catch (error) {
          this.destroy(error as Error);
        }
      },
      destroy(error, callback) {
        const close = handle?.close() ?? Promise.resolve();
        handle = undefined;
        close.finally(() => callback(error));
      },
    });
  };

  return { path, done, writer, reader };
}
