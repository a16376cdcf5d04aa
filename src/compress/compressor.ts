import { Duplex, PassThrough, pipeline } from 'node:stream';
import { constants, createZstdCompress } from 'node:zlib';
import type { Compression } from '../image/family.ts';
import { createRechunker } from '../stream/rechunk.ts';
import type { DeflatePool } from './deflate-pool.ts';
import { createParallelGzip, DEFAULT_BLOCK_SIZE, DEFAULT_GZIP_LEVEL } from './parallel-gzip.ts';

export { DEFAULT_BLOCK_SIZE, DEFAULT_GZIP_LEVEL };

/** zstd's own default; measured faster than gzip level 6 on two cores (see bench/compress.ts). */
const DEFAULT_ZSTD_LEVEL = 3;

/** zstd's largest block: feeding whole blocks keeps its output independent of input chunking. */
const ZSTD_FEED = 128 * 1024;

export interface CompressorOptions {
  format: Compression;
  /** gzip 1–9 (default 6); zstd 1–22 (default 3); ignored for none. */
  level?: number;
  /** gzip only: bytes per parallel block; changes the output bytes. */
  blockSize?: number;
  /** gzip only: worker threads (default: cores, at most 8); never changes the output bytes. */
  workers?: number;
  /** gzip only: a shared worker pool, left open when the stream ends. */
  pool?: DeflatePool;
}

/**
 * The layer compressor for a format: a stream stage from tar bytes to blob bytes. Given the same
 * input bytes and options the output bytes are the same, however the input is chunked, so layer
 * digests are reproducible.
 */
export function createCompressor(options: CompressorOptions): Duplex {
  switch (options.format) {
    case 'gzip':
      return createParallelGzip({
        level: options.level ?? DEFAULT_GZIP_LEVEL,
        ...(options.blockSize === undefined ? {} : { blockSize: options.blockSize }),
        ...(options.workers === undefined ? {} : { workers: options.workers }),
        ...(options.pool === undefined ? {} : { pool: options.pool }),
      });
    case 'zstd': {
      const level = options.level ?? DEFAULT_ZSTD_LEVEL;
      if (!Number.isInteger(level) || level < 1 || level > 22) throw new RangeError(`zstd level must be 1-22, got ${level}`);
      // Node's zstd stream compresses each write as it comes, and its output changed with the
      // write sizes (measured, with 1000-byte writes), so the input is fed in fixed blocks.
      const zstd = createZstdCompress({
        // Output in 128 KiB pieces rather than zlib's 16 KiB: an eighth of the writes, hashes and
        // stream hops downstream (the bytes are the same; measured ~0.2 s of a 10 s zstd run).
        chunkSize: ZSTD_FEED,
        params: {
          [constants.ZSTD_c_compressionLevel]: level,
          // As the zstd CLI does: lets any reader verify the frame, for 4 bytes.
          [constants.ZSTD_c_checksumFlag]: 1,
        },
      });
      const feed = createRechunker(ZSTD_FEED);
      // pipeline tears both down when either fails; the Duplex surfaces the error to the caller.
      pipeline(feed, zstd, () => {});
      return Duplex.from({ writable: feed, readable: zstd });
    }
    case 'none':
      return new PassThrough();
  }
}

/**
 * What decides the compressed bytes, for the history entry of the merged layer: with the source
 * digest it tells a repeated run whether an existing result is the one it would write.
 */
export function describeCompression(options: Pick<CompressorOptions, 'format' | 'level' | 'blockSize'>): string {
  switch (options.format) {
    case 'gzip':
      return `gzip level ${options.level ?? DEFAULT_GZIP_LEVEL}, ${(options.blockSize ?? DEFAULT_BLOCK_SIZE) / 1024} KiB blocks`;
    case 'zstd':
      return `zstd level ${options.level ?? DEFAULT_ZSTD_LEVEL}`;
    case 'none':
      return 'uncompressed';
  }
}
