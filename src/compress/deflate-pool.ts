import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Consecutive blocks of a pigz-style stream: each block is raw deflated on its own, primed with the
 * 32 KiB before it (`dictionary` for the first, the input itself for the others).
 */
export interface DeflateJob {
  /** Bytes to compress; its ArrayBuffer is transferred to a worker, so the caller must not reuse it. */
  readonly input: Uint8Array;
  /** Up to 32 KiB of the input before this job (empty for the stream's first block); transferred like `input`. */
  readonly dictionary: Uint8Array;
  readonly level: number;
  /**
   * The job's last block ends the deflate stream (BFINAL); every other block ends on a byte-aligned
   * sync flush. A final job with an input that is a multiple of `blockSize` ends with an empty final block.
   */
  readonly final: boolean;
  /**
   * Cuts `input` into blocks of this many bytes (a job that is not final holds whole blocks); absent,
   * the input is one block. Several blocks per job mean fewer hand-offs between threads, with the
   * same bytes as one job per block.
   */
  readonly blockSize?: number;
}

/** Runs deflate jobs off the main thread. Results may complete out of order; callers reorder. */
export interface DeflatePool {
  readonly size: number;
  deflate(job: DeflateJob): Promise<Uint8Array>;
  /** Terminates the workers; pending jobs reject. Safe to call more than once. */
  close(): Promise<void>;
}

export interface DeflatePoolOptions {
  /** Worker threads; default: available cores, at most 8. */
  workers?: number;
  /**
   * Script source run in each worker instead of the built-in one. Only for fault injection in
   * tests: a worker that throws or exits must fail the jobs it holds.
   */
  workerSource?: string;
}

/** One output buffer larger than deflate's worst case for `inputLength` bytes (see below why; the worker has a copy). */
export function outputChunkSize(inputLength: number): number {
  return Math.max(65536, inputLength + (inputLength >>> 9) + 1024);
}

export const defaultWorkerCount = (): number => Math.max(1, Math.min(availableParallelism(), 8));

/*
 * Inline source (eval) rather than a worker file: the same code then runs from the TypeScript
 * sources under type stripping and from the compiled dist/ without path juggling. It uses
 * getBuiltinModule, not require, because an eval worker is an ES module when the parent runs with
 * --input-type=module.
 *
 * The worker frees every buffer of a job before the next one (detaching an ArrayBuffer releases
 * its memory at once). Otherwise they wait for a GC, which in an isolate that allocates almost
 * no JS objects comes only after ~64 MiB of garbage: 64 MiB more RSS per worker, measured.
 * One output chunk of deflate's worst-case size means one allocation per block; a job's blocks
 * are copied into one exact-size buffer and moved to the main thread. It also keeps the bytes independent of
 * chunking: when zlib runs out of output space during a sync flush it emits an extra empty
 * stored block (zlib.h: "make sure that avail_out is greater than six").
 *
 * Young generation capped at 2 MiB: these isolates allocate little, and the cap took peak RSS of
 * a 417 MB compression from ~205 to ~163 MB with no loss of speed (measured). Old generation
 * capped at 8 MiB (their live data is a job's few objects): with more room V8 let each worker's
 * old generation fill with the wrappers of past jobs, so RSS crept up with the bytes compressed,
 * ~0.5 MiB/s, and a 10 GiB image peaked ~20% above a 1 GiB one (bench/README.md).
 */
const WORKER_SOURCE = `
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const zlib = process.getBuiltinModule('node:zlib');
const { Z_FINISH, Z_SYNC_FLUSH } = zlib.constants;
const WINDOW = 32 * 1024;
// outputChunkSize, above.
const outputChunkSize = (length) => Math.max(65536, length + (length >>> 9) + 1024);
// Message buffers belong to this job alone; deflate's output chunk is at least 64 KiB, so
// never a slice of Node's shared 8 KiB pool, which must not be detached.
const release = (view) => {
  if (view.buffer.byteLength > 0) view.buffer.transfer(0);
};
// Each block exactly as if it were a job of its own: same dictionary, flush and output chunk.
const deflateBlock = (input, dictionary, level, final) => {
  const options = { level, finishFlush: final ? Z_FINISH : Z_SYNC_FLUSH, chunkSize: outputChunkSize(input.byteLength) };
  if (dictionary.length > 0) options.dictionary = dictionary;
  return zlib.deflateRawSync(input, options);
};
const deflateJob = (job) => {
  const { input, final } = job;
  const blockSize = job.blockSize ?? 0;
  const pieces = [];
  let total = 0;
  let start = 0;
  for (;;) {
    const rest = input.length - start;
    const last = blockSize === 0 || (final ? rest < blockSize : rest <= blockSize);
    const end = blockSize === 0 ? input.length : start + Math.min(rest, blockSize);
    const dictionary = start === 0 ? job.dictionary : input.subarray(Math.max(0, start - WINDOW), start);
    const piece = deflateBlock(input.subarray(start, end), dictionary, job.level, final && last);
    pieces.push(piece);
    total += piece.length;
    if (last) break;
    start = end;
  }
  const output = new Uint8Array(total);
  let offset = 0;
  for (const piece of pieces) {
    output.set(piece, offset);
    offset += piece.length;
    if (piece.buffer.byteLength >= 65536) release(piece);
  }
  return output;
};
parentPort.on('message', (job) => {
  let output;
  try {
    output = deflateJob(job);
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String((error && error.message) || error) });
    return;
  } finally {
    release(job.input);
    release(job.dictionary);
  }
  parentPort.postMessage({ id: job.id, output }, output.byteLength > 0 ? [output.buffer] : []);
});
`;

interface Pending {
  readonly id: number;
  readonly resolve: (output: Uint8Array) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  /** Jobs sent to this worker, oldest first; a worker answers in the order it received. */
  readonly pending: Pending[];
}

interface Reply {
  id: number;
  output?: Uint8Array;
  error?: string;
}

/**
 * A fixed set of worker threads, each fed jobs round-robin by least load. Workers hold a ref on
 * the event loop only while they have work, so an abandoned pool never keeps the process alive,
 * and a busy one does (an unref'd worker would let the process exit mid-stream).
 */
export function createDeflatePool(options: DeflatePoolOptions = {}): DeflatePool {
  const size = options.workers ?? defaultWorkerCount();
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`deflate workers must be a positive integer, got ${size}`);
  const source = options.workerSource ?? WORKER_SOURCE;
  let nextId = 0;
  let closed: Error | undefined;

  const failSlot = (slot: Slot, error: Error): void => {
    for (const pending of slot.pending.splice(0)) pending.reject(error);
    slot.worker.unref();
  };

  const slots: Slot[] = Array.from({ length: size }, () => {
    const worker = new Worker(source, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 8 } });
    worker.unref();
    const slot: Slot = { worker, pending: [] };
    worker.on('message', (reply: Reply) => {
      const head = slot.pending[0];
      if (head === undefined || head.id !== reply.id) {
        failSlot(slot, new Error(`deflate worker answered job ${reply.id} out of order`));
        return;
      }
      slot.pending.shift();
      if (slot.pending.length === 0) worker.unref();
      if (reply.error !== undefined) head.reject(new Error(`deflate worker failed: ${reply.error}`));
      else if (reply.output === undefined) head.reject(new Error('deflate worker returned no output'));
      else head.resolve(reply.output);
    });
    worker.on('error', (error) => failSlot(slot, new Error(`deflate worker crashed: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => {
      failSlot(slot, closed ?? new Error(`deflate worker exited with code ${code}`));
    });
    return slot;
  });

  return {
    size,
    deflate(job) {
      if (closed !== undefined) return Promise.reject(closed);
      let slot = slots[0]!;
      for (const candidate of slots) if (candidate.pending.length < slot.pending.length) slot = candidate;
      const id = nextId++;
      let pending!: Pending;
      const promise = new Promise<Uint8Array>((resolve, reject) => (pending = { id, resolve, reject }));
      const transfer = [transferable(job.input), transferable(job.dictionary)].filter(
        (buffer, index, all): buffer is ArrayBuffer => buffer !== undefined && all.indexOf(buffer) === index,
      );
      try {
        const message = {
          id,
          input: job.input,
          dictionary: job.dictionary,
          level: job.level,
          final: job.final,
          blockSize: job.blockSize,
        };
        slot.worker.postMessage(message, transfer);
      } catch (error) {
        return Promise.reject(new Error(`deflate job could not be sent to a worker: ${(error as Error).message}`, { cause: error }));
      }
      slot.pending.push(pending);
      slot.worker.ref();
      return promise;
    },
    async close() {
      if (closed !== undefined) return;
      closed = new Error('deflate pool closed');
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/**
 * Moving the block's memory avoids a copy, but only when the view owns its whole buffer: a
 * Buffer carved from Node's shared pool must be copied instead, or the pool would be detached.
 */
function transferable(view: Uint8Array): ArrayBuffer | undefined {
  const { buffer } = view;
  if (view.byteLength === 0) return undefined;
  if (!(buffer instanceof ArrayBuffer)) return undefined;
  return view.byteOffset === 0 && view.byteLength === buffer.byteLength ? buffer : undefined;
}
