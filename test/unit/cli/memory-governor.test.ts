import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { it } from 'node:test';
import { startMemoryGovernor } from '../../../src/cli/memory-governor.ts';

const arrayBufferMiB = (): number => process.memoryUsage().arrayBuffers / 2 ** 20;

/** 32 MiB of Buffers that live long enough to reach the old generation, then die there. */
async function oldGarbage(): Promise<void> {
  let held: Buffer[] = Array.from({ length: 32 }, () => Buffer.alloc(2 ** 20, 1));
  // Survive a few scavenges: churn the young generation while holding them.
  for (let round = 0; round < 20; round++) {
    Array.from({ length: 20_000 }, (_, i) => ({ i }));
    await sleep(1);
  }
  assert.ok(held.length === 32);
  held = [];
}

it('without a governor, dead old-generation buffers stay until V8 decides on a full GC; with one they go within its interval', async () => {
  await oldGarbage();
  await sleep(300);
  const untouched = arrayBufferMiB();
  assert.ok(untouched >= 30, `control: ${untouched.toFixed(1)} MiB still held with no governor (the test needs them to stay)`);

  const stop = startMemoryGovernor(8 * 2 ** 20, 0, 50);
  try {
    await sleep(300);
    assert.ok(arrayBufferMiB() < 8, `with the governor ${arrayBufferMiB().toFixed(1)} MiB are held`);
  } finally {
    stop();
  }
});

it('below its resident-memory ceiling the governor never collects', async () => {
  const stop = startMemoryGovernor(1, Number.MAX_SAFE_INTEGER, 20);
  try {
    await oldGarbage();
    await sleep(200);
    assert.ok(arrayBufferMiB() >= 30, `${arrayBufferMiB().toFixed(1)} MiB held: nothing collected under the ceiling`);
  } finally {
    stop();
  }
});

it('after a slow collection the governor stays quiet for ten times its length', async () => {
  let calls = 0;
  // A collection that takes 40 ms on the governor's clock, without busying this thread: a busy
  // wait on a loaded machine measured longer, and the quiet it earned outlasted the test.
  let skew = 0;
  const clock = (): number => performance.now() + skew;
  const slowCollection = (): void => {
    calls++;
    skew += 40;
  };
  // Every check passes the thresholds: only the quiet rule can hold a collection back.
  const stop = startMemoryGovernor(-1, 0, 10, slowCollection, clock);
  try {
    await sleep(250);
    assert.equal(calls, 1, `${calls} collections in 250 ms: one, then ~400 ms of quiet (every 10 ms without the rule)`);
    await sleep(1150);
    assert.ok(calls >= 2, `${calls} collections after 1400 ms: the governor collects again once the quiet is over`);
  } finally {
    stop();
  }
});
