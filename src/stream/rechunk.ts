import { Transform } from 'node:stream';

/**
 * Re-cuts a byte stream into chunks of exactly `size` bytes (the last may be shorter). Stages
 * whose output depends on how their input was chunked (zstd's streaming API) then see the same
 * calls for the same bytes, however the network or the tar writer happened to chunk them.
 */
export function createRechunker(size: number): Transform {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  let pending = Buffer.allocUnsafeSlow(size);
  let filled = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      let offset = 0;
      while (offset < chunk.length) {
        if (filled === 0 && chunk.length - offset >= size) {
          // A whole chunk from the input in one copy (not two): copied, as a producer may reuse its buffer.
          this.push(Buffer.from(chunk.subarray(offset, offset + size)));
          offset += size;
          continue;
        }
        const count = Math.min(size - filled, chunk.length - offset);
        chunk.copy(pending, filled, offset, offset + count);
        filled += count;
        offset += count;
        if (filled === size) {
          this.push(pending);
          pending = Buffer.allocUnsafeSlow(size);
          filled = 0;
        }
      }
      callback();
    },
    flush(callback) {
      callback(null, filled > 0 ? pending.subarray(0, filled) : null);
    },
  });
}
