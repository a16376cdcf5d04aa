import { dirname } from 'node:path';
import { formatBytes } from '../cli/format.ts';
import { stagingPrefix } from '../transport/archive-file.ts';
import { isLocalName, parseLocalName } from '../transport/local.ts';
import { removeDeadRunsDirs } from './owned-dirs.ts';
import { TEMP_PREFIX } from './temp-dir.ts';

/**
 * What runs killed with -9 left where this run writes: temp dirs in --tmp-dir and staging
 * directories next to an archive target. Removes what is provably theirs (src/pipeline/owned-dirs.ts)
 * and returns one line saying how much, or undefined when there was nothing.
 */
export async function removeLeftovers(tempParent: string, target: string): Promise<string | undefined> {
  const places = [{ parent: tempParent, prefix: TEMP_PREFIX }];
  if (isLocalName(target)) {
    const { transport, path } = parseLocalName(target);
    if (transport !== 'oci') places.push({ parent: dirname(path), prefix: stagingPrefix(path) });
  }
  let directories = 0;
  let bytes = 0;
  const where: string[] = [];
  for (const { parent, prefix } of places) {
    const sweep = await removeDeadRunsDirs(parent, prefix);
    if (sweep.directories === 0) continue;
    directories += sweep.directories;
    bytes += sweep.bytes;
    where.push(parent);
  }
  if (directories === 0) return undefined;
  return `removed ${formatBytes(bytes)} left by ${directories} interrupted run${directories === 1 ? '' : 's'} in ${where.join(' and ')}`;
}
