import { type Readable, Transform, pipeline } from 'node:stream';

/** A pass-through stage that reports the running byte count after each chunk. */
export function createMeter(onBytes: (total: number) => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      onBytes(total);
      callback(null, chunk);
    },
  });
}

/** `source` through a meter; pipeline, not pipe, so an error in the source reaches the reader. */
export function metered(source: Readable, onBytes: (total: number) => void): Readable {
  const meter = createMeter(onBytes);
  pipeline(source, meter, () => {});
  return meter;
}
