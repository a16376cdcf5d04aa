/**
 * `node lock-holder.ts DIR READY RELEASE`: takes the OCI layout lock of DIR the way a flatten
 * does (src/transport/layout-lock.ts), writes READY, and holds the lock, refreshing it, until the
 * file RELEASE appears. Run in a PID namespace of its own to play a flatten in another pod.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { withLayoutLock } from '../../src/transport/layout-lock.ts';

const [dir, ready, release] = process.argv.slice(2) as [string, string, string];
await withLayoutLock(dir, 'lock holder', async () => {
  writeFileSync(ready, `${process.pid}\n`);
  while (!existsSync(release)) await sleep(50);
});
