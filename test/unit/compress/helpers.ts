import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Readable, Writable, type Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Runs `data`, cut into `chunkSize` pieces, through a compressor and collects the output. */
export async function compress(transform: Duplex, data: Buffer, chunkSize = 65_536): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < data.length; offset += chunkSize) chunks.push(data.subarray(offset, offset + chunkSize));
  const out: Buffer[] = [];
  await pipeline(
    Readable.from(chunks),
    transform,
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        out.push(chunk);
        callback();
      },
    }),
  );
  return Buffer.concat(out);
}

/** Decompresses with an external tool (`gzip -dc`, `pigz -dc`, `zstd -dc`), failing on any complaint. */
export function decompressWith(command: string, data: Buffer): Buffer {
  const result = spawnSync(command, ['-dc'], { input: data, maxBuffer: 1 << 30 });
  if (result.error !== undefined) throw result.error;
  if (result.status !== 0 || result.stderr.length > 0) {
    throw new Error(`${command} -dc failed (${result.status}): ${result.stderr.toString()}`);
  }
  return result.stdout;
}

/** Text-like data that compresses the way tar files of text and binaries do: repeats at distance. */
export function compressibleData(size: number, seed = 1): Buffer {
  const words = ['lib', 'usr', 'share', 'locale', 'ELF', '\0\0\0\0', 'config', 'json', '/', '\n', 'x86_64'];
  const out = Buffer.alloc(size);
  let state = seed;
  let offset = 0;
  while (offset < size) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    const word = words[state % words.length]!;
    offset += out.write(word, offset);
    if (state % 97 === 0 && offset < size) out[offset++] = state & 0xff;
  }
  return out;
}

export const randomData = (size: number): Buffer => randomBytes(size);
