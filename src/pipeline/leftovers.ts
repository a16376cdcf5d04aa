import { dirname } from 'node:path';
import { formatBytes } from '../format-bytes.ts';
import { stagingPrefix } from '../transport/archive-file.ts';
import type { ImageLocation } from '../transport/location.ts';
import { removeDeadRunsDirs } from './owned-dirs.ts';
import { openSessions } from './upload-journal.ts';
import { TEMP_PREFIX } from './temp-dir.ts';

export interface Leftovers {
  /** One line saying how much was removed, or undefined when there was nothing. */
  line: string | undefined;
  /** Upload sessions the dead runs had open (their journals, src/pipeline/upload-journal.ts). */
  sessions: { registry: string; location: string }[];
}

/**
 * What runs killed with -9 left where this run writes: temp dirs in --tmp-dir and staging
 * directories next to an archive target. Removes what is provably theirs (src/pipeline/owned-dirs.ts)
 * and says how much, with the upload sessions those runs left open.
 */
export async function removeLeftovers(tempParent: string, target: ImageLocation | undefined): Promise<Leftovers> {
  const sessions: Leftovers['sessions'] = [];
  const places = [{ parent: tempParent, prefix: TEMP_PREFIX }];
  if (target !== undefined && target.kind !== 'registry' && target.kind !== 'oci') {
    places.push({ parent: dirname(target.local.path), prefix: stagingPrefix(target.local.path) });
  }
  let directories = 0;
  let bytes = 0;
  const where: string[] = [];
  for (const { parent, prefix } of places) {
    const sweep = await removeDeadRunsDirs(parent, prefix, Date.now(), async (path) => {
      sessions.push(...(await openSessions(path)));
    });
    if (sweep.directories === 0) continue;
    directories += sweep.directories;
    bytes += sweep.bytes;
    where.push(parent);
  }
  if (directories === 0) return { line: undefined, sessions };
  const line = `removed ${formatBytes(bytes)} left by ${directories} interrupted run${directories === 1 ? '' : 's'} in ${where.join(' and ')}`;
  return { line, sessions };
}
