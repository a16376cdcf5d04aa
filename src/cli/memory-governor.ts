import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Bounds the memory held by dead stream buffers. A flatten streams gigabytes through short-lived
 * Buffers whose bytes live outside the JS heap. A Buffer still in flight when a scavenge runs is
 * promoted to the old generation, and from there only a full GC frees its bytes; V8 starts one
 * only after external memory has grown by 64 MiB. On the 1 GiB benchmark those dead buffers
 * alone were up to ~60 MiB of the peak (malloc histogram: a full GC every 500 ms took the live
 * ArrayBuffer bytes from 25-60 MiB to under 5 MiB; minor GCs freed nothing).
 *
 * The governor checks every `intervalMs` and, once the process is above a soft ceiling of
 * resident memory, runs a full GC when ArrayBuffers hold more than `limitBytes`. With the
 * merge's small heap (~13 MB live on the 1 GiB benchmark) each costs a few ms of the main thread.
 * Measured on that benchmark with bin/flatten's other settings (2-3 runs each, one session):
 * - 16 MiB / 128 MiB / 200 ms (the first settings): gzip ~148 MiB.
 * - 16 MiB / 64 MiB / 100 ms (these): gzip ~143 MiB; zstd ~0.70x of gzip's wall time.
 * - 8 MiB / 64 MiB / 100 ms: gzip ~139 MiB, but a zstd run, bound by the main thread, lost ~0.8 s
 *   (0.74x of gzip, over the 0.7x target).
 * - 16 MiB / 64 MiB / 200 ms: gzip ~150 MiB.
 * The ceiling matters: the eight downloads at the start made their garbage while the process
 * was still under 128 MiB, where nothing collected it. A small image (~83 MiB) seldom holds
 * 16 MiB of buffers, so it rarely pays. A process-wide policy, so the command installs it, not
 * the library. Returns a stop function; a no-op when V8 will not expose gc(). `collector`
 * replaces V8's full GC (tests time the quiet rule with it).
 */
export function startMemoryGovernor(
  limitBytes = 16 * 2 ** 20,
  ceilingBytes = 64 * 2 ** 20,
  intervalMs = 100,
  collector: (() => void) | undefined = fullGc(),
): () => void {
  if (collector === undefined) return () => undefined;
  const collect = collector;
  // A full GC costs more as the heap grows with the paths (500,000 of them: ~40 ms): after each
  // one, wait ten times its length, so the governor never takes more than ~10% of the thread.
  let quietUntil = 0;
  const timer = setInterval(() => {
    const started = performance.now();
    if (started < quietUntil) return;
    const usage = process.memoryUsage();
    if (usage.rss <= ceilingBytes || usage.arrayBuffers <= limitBytes) return;
    collect();
    const ended = performance.now();
    quietUntil = ended + 10 * (ended - started);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** V8's full GC, exposed at run time; undefined when V8 will not expose it. */
function fullGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc !== 'function') return undefined;
    return () => (gc as (options: { type: 'major' }) => void)({ type: 'major' });
  } catch {
    return undefined;
  }
}
