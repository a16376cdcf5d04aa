import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Bounds the memory held by dead stream buffers. A Buffer still in flight when a scavenge runs is
 * promoted to the old generation, where only a full GC frees its bytes, and V8 starts one only
 * after external memory has grown by 64 MiB.
 *
 * The governor checks every `intervalMs` and, once the process is above a soft ceiling of
 * resident memory, runs a full GC when ArrayBuffers hold more than `limitBytes`: the defaults are
 * the measured balance of peak memory and zstd speed (bench/README.md, Findings). A process-wide
 * policy, so the command installs it, not the library. Returns a stop function; a no-op when V8
 * will not expose gc(). `collector` replaces V8's full GC (tests time the quiet rule with it).
 */
export function startMemoryGovernor(
  limitBytes = 16 * 2 ** 20,
  ceilingBytes = 64 * 2 ** 20,
  intervalMs = 100,
  collector: (() => void) | undefined = fullGc(),
): () => void {
  if (collector === undefined) return () => undefined;
  const collect = collector;
  // A full GC costs more as the heap grows with the paths: after each one, wait ten times its
  // length, so the governor never takes more than ~10% of the thread.
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
