import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { mergeToEnd, type MergeOptions, type MergeStats } from '../../../src/rootfs/index.ts';
import { buildTar, type TarSpecEntry } from '../../helpers/tar-builder.ts';

/**
 * Merge layer specs (base first) in memory, running the merge again when a layer repeats a path
 * (rule 7), as the pipeline does; counts how often each layer was opened and how many runs it took.
 */
export async function runMerge(
  specs: TarSpecEntry[][],
  options: Omit<MergeOptions, 'lower'> & { lower?: TarSpecEntry[][] } = {},
): Promise<{ out: Buffer; stats: MergeStats; opens: number[]; tars: Buffer[]; lowerTars: Buffer[]; attempts: number }> {
  const tars = await Promise.all(specs.map((entries) => buildTar(entries)));
  const lowerTars = await Promise.all((options.lower ?? []).map((entries) => buildTar(entries)));
  const opens = tars.map(() => 0);
  const layers = tars.map((tar, i) => ({
    id: `sha256:layer${i}`,
    open: () => {
      opens[i] = (opens[i] ?? 0) + 1;
      return Readable.from([tar]);
    },
  }));
  const lower = lowerTars.map((tar, i) => ({ id: `sha256:kept${i}`, open: () => Readable.from([tar]) }));
  let attempts = 0;
  const { out, stats } = await mergeToEnd(layers, { ...options, lower }, async (run) => {
    attempts = run.attempt;
    const bytes = await buffer(run.stream);
    return { out: bytes, stats: await run.stats };
  });
  return { out, stats, opens, tars, lowerTars, attempts };
}
