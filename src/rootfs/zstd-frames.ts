/**
 * Cuts a zstd stream at its frame boundaries and drops skippable frames, so node:zlib's zstd
 * decoder sees every frame. Node 24's decoder stops at the end of the first frame within one
 * write and drops the rest of that write, and yields nothing for a stream that starts with a
 * skippable frame (the zstd tests in test/unit/rootfs/decompress.test.ts fail without this
 * stage); Go's zstd decoder (containerd's) reads
 * concatenated frames as one stream and skips skippable frames (magic 0x184D2A50..5F, a 32-bit
 * little-endian size, then that many bytes). Only frame and block headers are parsed, byte by
 * byte; block contents are passed on as slices of the input chunks, never copied.
 */
import { Transform, type TransformCallback } from 'node:stream';

const ZSTD_MAGIC = 0xfd2fb528;
const SKIPPABLE_MIN = 0x184d2a50;
const SKIPPABLE_MAX = 0x184d2a5f;

/** True when a 32-bit little-endian frame magic is a skippable frame's. */
export const isSkippableMagic = (magic: number): boolean => magic >= SKIPPABLE_MIN && magic <= SKIPPABLE_MAX;

type State =
  | 'magic' // collecting a frame's 4 magic bytes
  | 'descriptor' // the frame header descriptor byte
  | 'header' // the rest of the frame header (window, dictionary id, content size): passed on
  | 'block' // collecting a 3-byte block header
  | 'body' // block contents: passed on
  | 'checksum' // the frame's 4-byte checksum: passed on
  | 'skipSize' // collecting a skippable frame's 4-byte size
  | 'skip'; // a skippable frame's payload: dropped

export function zstdFrames(): Transform {
  let state: State = 'magic';
  let field = 0; // the little-endian value being collected
  let collected = 0; // bytes of it so far
  let count = 0; // bytes left in a 'header', 'body', 'checksum' or 'skip' run
  let lastBlock = false;
  let checksum = false;

  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      let i = 0;
      let start = 0; // first byte of the run to pass on from this chunk
      const cut = (end: number): void => {
        if (end > start) this.push(chunk.subarray(start, end));
        start = end;
      };
      const collect = (bytes: number): boolean => {
        field += (chunk[i++] as number) * 2 ** (8 * collected);
        collected++;
        return collected === bytes;
      };
      const frameEnd = (): void => {
        cut(i); // a frame ends a write, so the decoder sees the next frame's start in a new one
        state = 'magic';
      };
      try {
        while (i < chunk.length) {
          switch (state) {
            case 'magic':
              // Held back until known: a skippable frame's magic is not passed on.
              cut(i);
              if (!collect(4)) {
                start = i;
                break;
              }
              start = i;
              if (field === ZSTD_MAGIC) {
                this.push(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
                state = 'descriptor';
              } else if (isSkippableMagic(field)) state = 'skipSize';
              else throw new Error(`not a zstd frame (magic 0x${field.toString(16).padStart(8, '0')})`);
              field = collected = 0;
              break;
            case 'descriptor': {
              const descriptor = chunk[i++] as number;
              if ((descriptor & 0x08) !== 0) throw new Error('reserved bit set in a zstd frame header');
              const single = (descriptor & 0x20) !== 0;
              checksum = (descriptor & 0x04) !== 0;
              count = (single ? 0 : 1) + ([0, 1, 2, 4][descriptor & 3] as number) + ([single ? 1 : 0, 2, 4, 8][descriptor >> 6] as number);
              state = count === 0 ? 'block' : 'header';
              break;
            }
            case 'header':
            case 'body':
            case 'checksum': {
              const take = Math.min(count, chunk.length - i);
              i += take;
              count -= take;
              if (count > 0) break;
              if (state === 'header') state = 'block';
              else if (state === 'body') {
                if (!lastBlock) state = 'block';
                else if (checksum) {
                  state = 'checksum';
                  count = 4;
                } else frameEnd();
              } else frameEnd();
              break;
            }
            case 'block': {
              if (!collect(3)) break;
              lastBlock = (field & 1) !== 0;
              const type = (field >> 1) & 3;
              if (type === 3) throw new Error('reserved zstd block type');
              count = type === 1 ? 1 : field >>> 3; // an RLE block stores one byte
              field = collected = 0;
              state = 'body';
              if (count === 0) {
                // An empty block: handled as a finished body.
                if (!lastBlock) state = 'block';
                else if (checksum) {
                  state = 'checksum';
                  count = 4;
                } else frameEnd();
              }
              break;
            }
            case 'skipSize':
              if (!collect(4)) {
                start = i;
                break;
              }
              count = field;
              field = collected = 0;
              state = 'skip';
              start = i;
              if (count === 0) frameEnd();
              break;
            case 'skip': {
              const take = Math.min(count, chunk.length - i);
              i += take;
              count -= take;
              start = i;
              if (count === 0) frameEnd();
              break;
            }
          }
        }
        if (state !== 'skip' && state !== 'skipSize' && state !== 'magic') cut(i);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      callback(state === 'magic' && collected === 0 ? null : new Error('zstd stream ends inside a frame'));
    },
  });
}
