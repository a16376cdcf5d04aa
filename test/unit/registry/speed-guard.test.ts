import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { it } from 'node:test';
import { guardSpeed } from '../../../src/registry/speed-guard.ts';

/** A body that sends `chunk` bytes every `everyMs`, `count` times. */
function dripping(chunk: number, everyMs: number, count: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent === count) return void this.push(null);
      sent++;
      setTimeout(() => this.push(Buffer.alloc(chunk, 1)), everyMs);
    },
  });
}

const drain = async (stream: Readable): Promise<number> => {
  let bytes = 0;
  for await (const chunk of stream) bytes += (chunk as Buffer).length;
  return bytes;
};

it('a body below the limit for the whole window fails with ERR_TRANSFER_STALLED; one above it does not', async () => {
  const slow = guardSpeed(dripping(10, 50, 100), { bytesPerSecond: 1000, seconds: 0.4 });
  const started = performance.now();
  await assert.rejects(drain(slow), { code: 'ERR_TRANSFER_STALLED', message: 'transfer slower than 1000 bytes/s for 0.4 s' });
  const ms = performance.now() - started;
  assert.ok(ms >= 350 && ms < 2000, `stalled after ${Math.round(ms)} ms`);
  const fast = guardSpeed(dripping(1000, 50, 20), { bytesPerSecond: 1000, seconds: 0.4 });
  assert.equal(await drain(fast), 20_000);
});

it('time the reader spends not reading does not count against the network', async () => {
  const body = guardSpeed(Readable.from([Buffer.alloc(256 * 1024, 1), Buffer.alloc(256 * 1024, 2)]), {
    bytesPerSecond: 1000,
    seconds: 0.3,
  });
  // The reader is busy elsewhere for well over the window, with the body's buffer full.
  await sleep(200);
  const first = body.read(1) as Buffer | null;
  assert.ok(first !== null);
  await sleep(1000);
  assert.equal(body.destroyed, false, 'not stalled while the reader was behind');
  assert.equal(await drain(body), 512 * 1024 - 1);
});

it('off when bytesPerSecond is 0: the body itself is returned', () => {
  const body = Readable.from([]);
  assert.equal(guardSpeed(body, { bytesPerSecond: 0, seconds: 30 }), body);
  assert.equal(guardSpeed(body, undefined), body);
});
