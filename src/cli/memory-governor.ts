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
 * resident memory, runs a full GC when ArrayBuffers hold more than `limitBytes`. Each costs
 * ~10 ms of the main thread, and V8 follows with some incremental collections of its own. On
 * the 1 GiB benchmark (with MALLOC_ARENA_MAX set by bin/flatten) peak RSS fell from ~220 to
 * ~180 MiB with gzip and to ~150 MiB with zstd; every 100 ms cost zstd ~0.5 s of its 10 s, every
 * 200 ms ~0.2 s for the same memory, and a 24 MiB limit let gzip keep ~15 MiB more (measured,
 * 2-3 runs each). Below the ceiling it never collects, so small images pay nothing. A process-wide policy, so the command installs it, not the library. Returns a stop
 * function; a no-op when V8 will not expose gc().
 */
export function startMemoryGovernor(limitBytes = 16 * 2 ** 20, ceilingBytes = 128 * 2 ** 20, intervalMs = 200): () => void {
  let gc: ((options?: { type?: 'major' | 'minor' }) => void) | undefined;
  try {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as typeof gc;
  } catch {
    gc = undefined;
  }
  if (typeof gc !== 'function') return () => undefined;
  const collect = gc;
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    if (usage.rss > ceilingBytes && usage.arrayBuffers > limitBytes) collect({ type: 'major' });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
