import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { mergeLayers, type MergeOptions, type MergeStats } from '../../../src/rootfs/index.ts';
import { buildTar, type TarSpecEntry } from '../../helpers/tar-builder.ts';

/** Merge layer specs (base first) in memory; counts how often each layer was opened. */
export async function runMerge(
  specs: TarSpecEntry[][],
  options: Omit<MergeOptions, 'lower'> & { lower?: TarSpecEntry[][] } = {},
): Promise<{ out: Buffer; stats: MergeStats; opens: number[]; tars: Buffer[]; lowerTars: Buffer[] }> {
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
  const { stream, stats } = mergeLayers(layers, { ...options, lower });
  const out = await buffer(stream);
  return { out, stats: await stats, opens, tars, lowerTars };
}
