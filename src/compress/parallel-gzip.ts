import { Transform } from 'node:stream';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { createDeflatePool, defaultWorkerCount, outputChunkSize, type DeflatePool } from './deflate-pool.ts';

/** deflate looks back at most 32 KiB, so that much of the previous block primes the next one. */
const WINDOW = 32 * 1024;

/*
 * Level 6: the fastest level whose output stays within 3% of `gzip -9`; 128 KiB blocks: as fast as
 * any size, without starving the workers on short inputs (measurements in bench/README.md, Findings).
 */
export const DEFAULT_GZIP_LEVEL = 6;
export const DEFAULT_BLOCK_SIZE = 128 * 1024;

/*
 * Worker jobs of up to four blocks and 512 KiB. Each hand-off costs both threads a message and a
 * wake-up, whatever its size; four blocks per job quarter them (bench/README.md, Findings), and
 * the byte cap keeps large blocks from multiplying the memory in flight. Not part of the output's
 * identity: a worker deflates each block of a job exactly as a job of its own.
 */
const blocksPerJob = (blockSize: number): number => Math.max(1, Math.min(4, Math.floor((512 * 1024) / blockSize)));

export interface ParallelGzipOptions {
  /** zlib level 1–9. */
  level?: number;
  /** Bytes of input per independently compressed block, 32 KiB – 64 MiB. Part of the output's identity. */
  blockSize?: number;
  /** Worker threads for a pool the stream owns (default: cores, at most 8); ignored when `pool` is given. */
  workers?: number;
  /** Worker jobs (of up to four blocks) compressed or waiting to be emitted at once; bounds memory. Default: 2 per worker. */
  maxInFlight?: number;
  /** A pool shared by several streams; the stream does not close it. */
  pool?: DeflatePool;
}

/**
 * gzip (RFC 1952) header. MTIME 0 and OS 255 (unknown) keep the bytes the same on every machine;
 * XFL follows zlib's convention for the level.
 */
export function gzipHeader(level: number): Buffer {
  const xfl = level >= 9 ? 2 : level <= 1 ? 4 : 0;
  return Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 0xff]);
}

/** gzip trailer: CRC-32 and ISIZE, the input length modulo 2^32, both little-endian. */
export function gzipTrailer(crc: number, size: number): Buffer {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`gzip input size must be a non-negative safe integer, got ${size}`);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size % 2 ** 32, 4);
  return trailer;
}

/**
 * gzip on several cores, the pigz way: the input is cut into fixed blocks, each block is raw
 * deflated on a worker primed with the previous 32 KiB as dictionary and ended by a sync flush
 * (byte-aligned, not final), the last one with BFINAL. The blocks concatenate into one deflate
 * stream inside one gzip member, so any gunzip reads it. The bytes depend only on the input, the
 * level and the block size — never on timing or worker count. At most `maxInFlight` jobs are
 * in memory besides the readable buffer, and a slow consumer stops the input.
 */
export function createParallelGzip(options: ParallelGzipOptions = {}): Transform {
  const level = options.level ?? DEFAULT_GZIP_LEVEL;
  const blockSize = options.blockSize ?? DEFAULT_BLOCK_SIZE;
  if (!Number.isInteger(level) || level < 1 || level > 9) throw new RangeError(`gzip level must be 1-9, got ${level}`);
  if (!Number.isInteger(blockSize) || blockSize < WINDOW || blockSize > 64 * 1024 * 1024) {
    throw new RangeError(`gzip block size must be an integer from 32 KiB to 64 MiB, got ${blockSize}`);
  }
  const ownsPool = options.pool === undefined;
  let pool: DeflatePool | undefined = options.pool;
  const workers = options.pool?.size ?? options.workers ?? defaultWorkerCount();
  const getPool = (): DeflatePool => (pool ??= createDeflatePool({ workers }));
  // Two per worker: one compressing, one queued, so a worker never waits for the main thread.
  const maxInFlight = options.maxInFlight ?? 2 * workers;
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1) throw new RangeError(`maxInFlight must be a positive integer, got ${maxInFlight}`);

  // The blocks of the next job, filled in place.
  const jobSize = blockSize * blocksPerJob(blockSize);
  let blocks = Buffer.allocUnsafeSlow(jobSize);
  let filled = 0;
  let dictionary: Uint8Array = new Uint8Array(0);
  let crc = 0;
  let total = 0;
  let started = false;
  let inFlight = 0;
  let roomWaiter: (() => void) | undefined;
  // Emission order: each block's push is chained after the previous block's.
  let emitted: Promise<void> = Promise.resolve();

  const closePool = (): void => {
    if (ownsPool && pool !== undefined) pool.close().catch(() => {});
  };

  const start = (stream: Transform): void => {
    if (started) return;
    started = true;
    stream.push(gzipHeader(level));
  };

  const dispatch = (stream: Transform, input: Uint8Array, final: boolean): void => {
    const job = getPool().deflate({ input, dictionary, level, final, blockSize });
    job.catch(() => {});
    inFlight++;
    emitted = emitted
      .then(() => job)
      .then((output) => {
        if (!stream.destroyed) stream.push(output);
        inFlight--;
        wake();
      });
    emitted.catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  };

  const wake = (): void => {
    const waiter = roomWaiter;
    roomWaiter = undefined;
    waiter?.();
  };

  /*
   * Transform's own backpressure only looks at pushes made inside _transform, and ours arrive
   * later from the workers; so a new block also waits for the reader to take the output.
   */
  const room = (stream: Transform): Promise<void> | undefined =>
    inFlight < maxInFlight && stream.readableLength < stream.readableHighWaterMark
      ? undefined
      : new Promise<void>((resolve) => (roomWaiter = resolve));

  const consume = async (stream: Transform, chunk: Buffer): Promise<void> => {
    start(stream);
    crc = crc32(chunk, crc);
    total += chunk.length;
    let offset = 0;
    while (offset < chunk.length) {
      const count = Math.min(jobSize - filled, chunk.length - offset);
      chunk.copy(blocks, filled, offset, offset + count);
      filled += count;
      offset += count;
      if (filled === jobSize) {
        for (let wait = room(stream); wait !== undefined; wait = room(stream)) {
          await wait;
          if (stream.destroyed) return;
        }
        const full = blocks;
        // Copy the tail before the job's memory moves to a worker: it primes the next job's first block.
        const tail = new Uint8Array(full.subarray(jobSize - WINDOW));
        blocks = Buffer.allocUnsafeSlow(jobSize);
        filled = 0;
        dispatch(stream, full, false);
        dictionary = tail;
      }
    }
  };

  return new Transform({
    read(size) {
      Transform.prototype._read.call(this, size);
      wake();
    },
    transform(chunk: Buffer, _encoding, callback) {
      consume(this, chunk).then(() => callback(), callback);
    },
    flush(callback) {
      start(this);
      if (pool === undefined && dictionary.length === 0 && filled < blockSize) {
        // The whole input fits one block: deflate it here rather than start workers for it
        // (small layers, config-sized blobs). Same call and options as a worker: same bytes.
        const output = deflateRawSync(blocks.subarray(0, filled), {
          level,
          finishFlush: constants.Z_FINISH,
          chunkSize: outputChunkSize(filled),
        });
        callback(null, Buffer.concat([output, gzipTrailer(crc, total)]));
        return;
      }
      dispatch(this, blocks.subarray(0, filled), true);
      emitted.then(
        () => {
          closePool();
          callback(null, gzipTrailer(crc, total));
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
    destroy(error, callback) {
      closePool();
      wake();
      callback(error);
    },
  });
}
