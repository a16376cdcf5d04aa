/**
 * containerd refuses to pull an image whose layer, uncompressed, does not hash to the config's
 * `rootfs.diff_ids[i]` ("wrong diff id calculated on extraction"); docs/design.md section 1 asks the
 * same of us. The merge may read a layer more than once (merge-to-end.ts, reread.ts) or stop part
 * way (duplicates.ts): a read that does not reach the end proves nothing, and the first one that
 * does decides. A layer no read reached the end of is read once more by `checkRemaining`.
 */
import { createHash } from 'node:crypto';
import { pipeline, type Readable, Transform } from 'node:stream';
import { finished } from 'node:stream/promises';
import { contentError, type FlattenError } from '../errors.ts';
import type { Descriptor } from '../image/types.ts';

export interface DiffIdCheck {
  /**
   * Wraps layer `index`'s uncompressed stream. Until a read has decided, the bytes are hashed on
   * the way; a read that reaches the end of a layer whose hash differs fails with the mismatch.
   */
  watch(index: number, uncompressed: Readable): Readable;
  /** Reads to the end every layer no read has decided yet (`open` gives its uncompressed stream). */
  checkRemaining(open: (index: number) => Readable | Promise<Readable>, signal?: AbortSignal): Promise<void>;
  /** The first mismatch found, if any: the error a run reports, whatever else failed after it. */
  readonly failure: FlattenError | undefined;
}

/** `label` names the image in messages; `diffIds[i]` is what layer `layers[i]` must hash to. */
export function createDiffIdCheck(label: string, layers: readonly Descriptor[], diffIds: readonly string[]): DiffIdCheck {
  if (diffIds.length !== layers.length) {
    throw contentError(`${label}: config lists ${diffIds.length} diff_ids but the manifest has ${layers.length} layers`);
  }
  /** Per layer: undefined until a read reached its end, then 'match' or the mismatch. */
  const verdicts = new Array<'match' | FlattenError | undefined>(layers.length);
  let failure: FlattenError | undefined;

  const decide = (index: number, computed: string): FlattenError | undefined => {
    const earlier = verdicts[index];
    if (earlier !== undefined) return earlier === 'match' ? undefined : earlier;
    const expected = diffIds[index] as string;
    if (computed === expected) {
      verdicts[index] = 'match';
      return undefined;
    }
    const layer = layers[index] as Descriptor;
    const mismatch = contentError(
      `${label}: layer ${index} (${layer.digest}) uncompressed has diff_id ${computed}, but the config's rootfs.diff_ids[${index}] is ${expected}` +
        ' (containerd refuses such an image: "wrong diff id calculated on extraction")',
    );
    verdicts[index] = mismatch;
    failure ??= mismatch;
    return mismatch;
  };

  const watch = (index: number, uncompressed: Readable): Readable => {
    const verdict = verdicts[index];
    if (verdict === 'match') return uncompressed;
    if (verdict !== undefined) {
      uncompressed.destroy(verdict);
      return uncompressed;
    }
    const hash = createHash('sha256');
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        callback(null, chunk);
      },
      flush(callback) {
        callback(decide(index, `sha256:${hash.digest('hex')}`) ?? null);
      },
    });
    // pipeline, not pipe: an error of the layer stream reaches its reader, and a reader that
    // stops early (destroying `hashing`) stops the layer stream too.
    pipeline(uncompressed, hashing, () => undefined);
    return hashing;
  };

  return {
    watch,
    async checkRemaining(open, signal) {
      for (let index = 0; index < layers.length; index++) {
        if (verdicts[index] !== undefined) continue;
        signal?.throwIfAborted();
        const stream = watch(index, await open(index));
        stream.resume();
        await finished(stream);
      }
      if (failure !== undefined) throw failure;
    },
    get failure() {
      return failure;
    },
  };
}
