import { open, readFile, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FlattenError } from '../errors.ts';
import { describeOwner, parseIdentity, provablyGone, thisProcess } from '../process-identity.ts';

/** The lock file's name inside a layout; image tools ignore files they do not know. */
export const LOCK_NAME = '.oci-flatten.lock';

/** How often the holder touches the lock: the proof that it is alive, whatever host or PID namespace it runs in. */
const REFRESH_MS = 2000;
/** A lock whose modification time has not moved for this long (on the waiter's clock) is a dead holder's. */
export const STALE_MS = 10_000;
const WAIT_MS = 120_000;
/** A waiter says who holds the lock once it has waited this long (most waits are milliseconds). */
const SAY_AFTER_MS = 1000;

export interface LayoutLockOptions {
  signal?: AbortSignal | undefined;
  /** One line when the wait becomes noticeable: who holds the lock. */
  onWait?: ((message: string) => void) | undefined;
}

/**
 * Runs `work` holding the layout's lock: an exclusively created file naming this process
 * (src/process-identity.ts), whose modification time the holder refreshes every REFRESH_MS.
 * Two flattens writing tags into one layout (parallel CI jobs, an Indexed Job on a shared volume)
 * otherwise both read index.json, each adds its tag, and the later rename drops the other's:
 * 12 concurrent runs kept 7 to 10 of their 12 tags (measured before this lock).
 *
 * A lock is taken over only when its holder is provably gone (same host, boot and PID namespace,
 * and its PID no longer exists) or has stopped refreshing it for STALE_MS. Age alone, or a PID
 * missing from this PID namespace, proves nothing: two pods on one volume see different PIDs,
 * and a live holder may simply be slow (issue 13, item 9). Staleness is judged by watching the
 * modification time change on this process's clock, so clock skew between hosts does not matter.
 */
export async function withLayoutLock<T>(dir: string, what: string, work: () => Promise<T>, options: LayoutLockOptions = {}): Promise<T> {
  const { signal } = options;
  const path = join(dir, LOCK_NAME);
  const started = Date.now();
  let observed: { mtimeMs: number; ino: number; since: number } | undefined;
  let said = false;
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${JSON.stringify(thisProcess())}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new FlattenError('io', `${what}: cannot lock ${dir}: ${(error as Error).message}`, { cause: error });
    }
    const info = await stat(path).catch(() => undefined);
    if (info === undefined) continue; // released between our open and stat
    const owner = parseIdentity(await readFile(path, 'utf8').catch(() => ''));
    const now = Date.now();
    if (observed === undefined || observed.mtimeMs !== info.mtimeMs || observed.ino !== info.ino)
      observed = { mtimeMs: info.mtimeMs, ino: info.ino, since: now };
    if ((owner !== undefined && provablyGone(owner)) || now - observed.since > STALE_MS) {
      // Removed only if it is still the very lock judged dead, not a newer holder's.
      const again = await stat(path).catch(() => undefined);
      if (again !== undefined && again.ino === info.ino && again.mtimeMs === info.mtimeMs) await rm(path, { force: true });
      observed = undefined;
      continue;
    }
    const holder = owner === undefined ? `an unknown process (${path})` : describeOwner(owner);
    if (!said && now - started > SAY_AFTER_MS) {
      said = true;
      options.onWait?.(`${what}: waiting for the lock on ${dir}, held by ${holder}`);
    }
    if (now - started > WAIT_MS) {
      throw new FlattenError(
        'io',
        `${what}: ${dir} has been locked for ${Math.round((now - started) / 1000)} s by ${holder}, which is still refreshing the lock (${path})`,
      );
    }
    await sleep(
      Math.min(200, 10 * 2 ** Math.min(attempt, 5)) + Math.random() * 20,
      undefined,
      signal === undefined ? undefined : { signal },
    );
  }
  const refresh = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch(() => undefined);
  }, REFRESH_MS);
  try {
    return await work();
  } finally {
    clearInterval(refresh);
    await rm(path, { force: true });
  }
}
