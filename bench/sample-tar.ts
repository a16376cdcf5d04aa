import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';

/**
 * A tar of real files from this machine (binaries, libraries, text), cut to `bytes`: the kind of
 * data image layers hold. Made once and reused when the file already has the size.
 */
export async function ensureSampleTar(file: string, bytes: number): Promise<void> {
  const existing = await stat(file).catch(() => undefined);
  if (existing?.size === bytes) return;
  const tar = spawn(
    'tar',
    [
      '-cf',
      '-',
      '--ignore-failed-read',
      '-C',
      '/',
      'usr/bin',
      'usr/share/doc',
      'usr/share/perl',
      'usr/lib/x86_64-linux-gnu',
      'usr/share/locale',
    ],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  let written = 0;
  const out = createWriteStream(file);
  await pipeline(
    tar.stdout,
    async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        if (written >= bytes) continue;
        const piece = chunk.subarray(0, bytes - written);
        written += piece.length;
        yield piece;
      }
    },
    out,
  );
  if (written < bytes) throw new Error(`only ${written} bytes of files found for the sample tar`);
}
