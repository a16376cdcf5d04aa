/**
 * GNU tar's PAX sparse members (formats 0.0, 0.1 and 1.0), read as the regular files they
 * describe, the way Go's archive/tar (containerd's reader) expands them: the member's stored data
 * is the list of data fragments, the holes between them are zeros, and the file's real size and
 * name come from GNU.sparse.* records. The old GNU sparse type 'S' is not handled here: containerd
 * refuses it, and so does tar-reader.ts. Pure, apart from streaming a body.
 */
import { displayName } from './display-name.ts';

/** One data fragment of a sparse file: `length` stored bytes that belong at `offset`. */
export interface Fragment {
  offset: number;
  length: number;
}

export interface SparseRecords {
  /** Format 1.0 keeps its map at the start of the member's data (parseMap1x0). */
  mapInData: boolean;
  /** The fragments of formats 0.0 and 0.1; undefined for 1.0 until its map is read. */
  fragments: Fragment[] | undefined;
  /** GNU.sparse.size / GNU.sparse.realsize, or undefined to keep the member's size. */
  realSize: number | undefined;
  /** GNU.sparse.name, a byte string, when present and not empty. */
  name: string | undefined;
}

/** Records of a PAX header that describe sparse data; never carried to the output. */
export const isSparseKey = (key: string): boolean => key.startsWith('GNU.sparse.');

/**
 * The sparse description in a member's PAX records (byte-string keys, raw values), or undefined
 * when the member is not a (known) PAX sparse file. Throws through `fail` on a malformed one.
 * Format 0.0's repeated offset/numbytes records were joined into GNU.sparse.map by the PAX parser.
 */
export function sparseRecords(records: Map<string, Buffer>, fail: (what: string) => never): SparseRecords | undefined {
  const text = (key: string): string => records.get(key)?.toString('latin1') ?? '';
  const major = text('GNU.sparse.major');
  const minor = text('GNU.sparse.minor');
  let mapInData: boolean;
  if (major === '0' && (minor === '0' || minor === '1')) mapInData = false;
  else if (major === '1' && minor === '0') mapInData = true;
  else if (major !== '' || minor !== '')
    return undefined; // an unknown version: a plain file, as in Go
  else if (text('GNU.sparse.map') !== '')
    mapInData = false; // 0.0 and 0.1 wrote no version records
  else return undefined;
  const name = text('GNU.sparse.name');
  const size = text('GNU.sparse.size') || text('GNU.sparse.realsize');
  return {
    mapInData,
    fragments: mapInData ? undefined : parseMap0x1(text('GNU.sparse.numblocks'), text('GNU.sparse.map'), fail),
    realSize: size === '' ? undefined : decimal(size, 'sparse size', fail),
    name: name === '' ? undefined : name,
  };
}

/** GNU.sparse.numblocks and the comma-separated GNU.sparse.map (offset,length,offset,length...). */
function parseMap0x1(count: string, map: string, fail: (what: string) => never): Fragment[] {
  const entries = decimal(count, 'GNU.sparse.numblocks', fail);
  const numbers = map === '' ? [] : map.split(',');
  if (entries < 0 || numbers.length !== 2 * entries) fail('malformed PAX sparse map');
  const fragments: Fragment[] = [];
  for (let i = 0; i < numbers.length; i += 2) {
    fragments.push({
      offset: decimal(numbers[i] as string, 'sparse offset', fail),
      length: decimal(numbers[i + 1] as string, 'sparse length', fail),
    });
  }
  return fragments;
}

/**
 * Format 1.0's map, stored as decimal lines (count, then offset and length per fragment) padded
 * to whole 512-byte blocks at the start of the data. Given the blocks read so far, returns the
 * fragments, or the number of newlines still missing (read another block and call again).
 */
export function parseMap1x0(blocks: Buffer, fail: (what: string) => never): Fragment[] | number {
  let newlines = 0;
  for (let at = blocks.indexOf(0x0a); at !== -1; at = blocks.indexOf(0x0a, at + 1)) newlines++;
  if (newlines < 1) return 1;
  const tokens = blocks.toString('latin1').split('\n');
  const entries = decimal(tokens[0] as string, 'sparse map size', fail);
  if (entries < 0) fail('malformed sparse map');
  if (newlines < 1 + 2 * entries) return 1 + 2 * entries - newlines;
  const fragments: Fragment[] = [];
  for (let i = 0; i < entries; i++) {
    fragments.push({
      offset: decimal(tokens[1 + 2 * i] as string, 'sparse offset', fail),
      length: decimal(tokens[2 + 2 * i] as string, 'sparse length', fail),
    });
  }
  return fragments;
}

/**
 * The checks Go makes before reading (validateSparseEntries) and while reading (errMissData,
 * errUnrefData): fragments in order, not overlapping, inside the file, and exactly as many data
 * bytes stored as the fragments hold.
 */
export function checkFragments(fragments: Fragment[], realSize: number, stored: number, fail: (what: string) => never): void {
  let end = 0;
  let total = 0;
  for (const { offset, length } of fragments) {
    if (offset < 0 || length < 0 || offset + length > realSize || offset < end) fail('invalid sparse map');
    end = offset + length;
    total += length;
  }
  if (total !== stored) fail(`sparse file stores ${stored} data bytes but its map names ${total}`);
}

const ZEROS = Buffer.alloc(64 * 1024);

/** The logical content: `data` (the stored fragments, in order) placed at their offsets, zeros between. */
export async function* expandSparse(fragments: Fragment[], realSize: number, data: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const source = data[Symbol.asyncIterator]();
  let pending: Buffer = Buffer.alloc(0);
  let position = 0;
  function* zeros(until: number): Generator<Buffer> {
    while (position < until) {
      const take = Math.min(until - position, ZEROS.length);
      position += take;
      // Fresh views of one shared zero buffer: consumers only read or copy the chunks.
      yield ZEROS.subarray(0, take);
    }
  }
  for (const { offset, length } of fragments) {
    yield* zeros(offset);
    let need = length;
    while (need > 0) {
      if (pending.length === 0) {
        const step = await source.next();
        if (step.done === true) return; // the reader has already failed on a short body
        pending = step.value;
        continue;
      }
      const take = Math.min(need, pending.length);
      yield pending.subarray(0, take);
      pending = pending.subarray(take);
      need -= take;
      position += take;
    }
  }
  // Drain the reader's body so it consumes the padding after the data.
  for (let step = await source.next(); step.done !== true; step = await source.next());
  yield* zeros(realSize);
}

/** Go's strconv.ParseInt(text, 10, 64), within JavaScript's safe integers. */
export function decimal(text: string, what: string, fail: (what: string) => never): number {
  if (!/^[+-]?[0-9]+$/.test(text)) fail(`invalid ${what} ${displayName(text)}`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) fail(`${what} ${text} is too large`);
  return value;
}
