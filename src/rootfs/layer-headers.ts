/**
 * A headers-only read of one layer: every member's header in tar order with its ordinal (every
 * header counts, as the merge counts them), bodies skipped. What the merge's extra passes share
 * (duplicates.ts, symlink-parents.ts). The stream is read to its end, or destroyed on an error.
 */
import { createTarReader, type TarHeader } from './tar-reader.ts';
import type { LayerInput } from './types.ts';

export async function forEachHeader(
  input: LayerInput,
  signal: AbortSignal | undefined,
  visit: (header: TarHeader, ordinal: number) => void,
): Promise<void> {
  const stream = await input.open();
  const reader = createTarReader(stream, input.id);
  try {
    let ordinal = -1;
    for (let header = await reader.next(); header !== undefined; header = await reader.next()) {
      ordinal++;
      if ((ordinal & 1023) === 0) signal?.throwIfAborted();
      await reader.skip();
      visit(header, ordinal);
    }
  } finally {
    stream.destroy();
  }
}
