/**
 * A streaming tar reader: headers are parsed (ustar, GNU long names, PAX local and global,
 * base-256 numbers) and bodies are handed out as the input's own chunks, never copied or
 * buffered beyond one header. Written here rather than taken from tar-stream because the merge
 * needs raw PAX record bytes (binary xattrs), the PAX uid/gid/mtime/uname/gname overrides, exact
 * error messages, and a body it can either pass through or skip cheaply.
 */
import type { Readable } from 'node:stream';
import { contentError } from '../errors.ts';
import { chunksOf } from '../stream/chunks.ts';

export type EntryKind = 'file' | 'link' | 'symlink' | 'char' | 'block' | 'dir' | 'fifo';

export interface TarHeader {
  /** The member name exactly as stored (after PAX / GNU long-name overrides). */
  name: string;
  linkname: string;
  kind: EntryKind;
  /** mode & 0o7777 */
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  /** Whole seconds; a precise value, if any, stays in the `mtime` PAX record. */
  mtime: number;
  size: number;
  devmajor: number;
  devminor: number;
  /** PAX records to carry to the output, in input order; path/linkpath/size are left out. */
  pax: [string, Buffer][] | undefined;
}

export interface TarReader {
  /** The next member, or undefined at the end of the archive. The previous body must be consumed or skipped. */
  next(): Promise<TarHeader | undefined>;
  /** The current member's content as the input's own chunks (padding is consumed too). */
  body(): AsyncGenerator<Buffer>;
  /** Discard the current member's content. */
  skip(): Promise<void>;
  /** Bytes read from the stream so far. */
  readonly bytesRead: number;
}

const BLOCK = 512;
const MAX_META = 8 * 1024 * 1024;
const ZERO_CODE = 48;

const KINDS: Record<string, EntryKind> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '1': 'link',
  '2': 'symlink',
  '3': 'char',
  '4': 'block',
  '5': 'dir',
  '6': 'fifo',
};

/** PAX keys the reader applies to header fields instead of carrying them verbatim. */
const REGENERATED = new Set(['path', 'linkpath', 'size']);

export function createTarReader(stream: Readable, layerId: string): TarReader {
  const iterator = chunksOf(stream);
  let chunk: Buffer = Buffer.alloc(0);
  let offset = 0;
  let ended = false;
  let bytesRead = 0;
  let remaining = 0; // body bytes of the current member not yet consumed
  let padding = 0;
  let lastName = '(start of archive)';
  let globalPax: Map<string, Buffer> = new Map();

  const fail = (what: string): never => {
    throw contentError(`layer ${layerId}: ${what} (after ${JSON.stringify(lastName)})`);
  };

  async function fill(): Promise<boolean> {
    while (offset >= chunk.length) {
      if (ended) return false;
      const step = await iterator.next();
      if (step.done === true) {
        ended = true;
        return false;
      }
      chunk = Buffer.isBuffer(step.value) ? step.value : Buffer.from(step.value);
      offset = 0;
      bytesRead += chunk.length;
    }
    return true;
  }

  /** Exactly n bytes, or fewer only at the end of input. */
  async function read(n: number): Promise<Buffer> {
    if (!(await fill())) return Buffer.alloc(0);
    if (chunk.length - offset >= n) {
      const out = chunk.subarray(offset, offset + n);
      offset += n;
      return out;
    }
    const parts: Buffer[] = [];
    let need = n;
    while (need > 0 && (await fill())) {
      const take = Math.min(need, chunk.length - offset);
      parts.push(chunk.subarray(offset, offset + take));
      offset += take;
      need -= take;
    }
    return Buffer.concat(parts);
  }

  async function discard(n: number): Promise<void> {
    let need = n;
    while (need > 0) {
      if (!(await fill())) fail('truncated tar: input ended inside an entry');
      const take = Math.min(need, chunk.length - offset);
      offset += take;
      need -= take;
    }
  }

  async function* body(): AsyncGenerator<Buffer> {
    while (remaining > 0) {
      if (!(await fill())) fail(`truncated tar: input ended inside ${JSON.stringify(lastName)}`);
      const take = Math.min(remaining, chunk.length - offset);
      const out = chunk.subarray(offset, offset + take);
      offset += take;
      remaining -= take;
      yield out;
    }
    await discard(padding);
    padding = 0;
  }

  async function skip(): Promise<void> {
    await discard(remaining + padding);
    remaining = 0;
    padding = 0;
  }

  async function readMeta(size: number, what: string): Promise<Buffer> {
    if (size > MAX_META) fail(`${what} of ${size} bytes is too large`);
    const data = await read(size);
    if (data.length < size) fail(`truncated tar: input ended inside a ${what}`);
    await discard(pad(size));
    // A private copy of exactly this size, not Buffer.from: small copies share Node's pooled
    // slabs (64 KiB on Node 24), and the PAX values the merge keeps for every member of a layer
    // (its `seen` map) then pinned a slab each: ~60 MB per layer on the benchmark (heap snapshot).
    const copy = Buffer.allocUnsafeSlow(size);
    data.copy(copy);
    return copy;
  }

  /** Read the rest of the input so a digest-verifying source sees every byte. */
  async function drain(): Promise<void> {
    offset = chunk.length;
    while (await fill()) offset = chunk.length;
  }

  async function next(): Promise<TarHeader | undefined> {
    if (remaining > 0 || padding > 0) await skip();
    let pax: Map<string, Buffer> | undefined;
    let longName: string | undefined;
    let longLink: string | undefined;
    for (;;) {
      const block = await read(BLOCK);
      if (block.length === 0) {
        if (pax !== undefined || longName !== undefined || longLink !== undefined) fail('truncated tar: input ended after an extended header');
        return undefined; // end of input without end blocks: accepted, as GNU tar does
      }
      if (block.length < BLOCK) fail('truncated tar: input ended inside a header');
      if (isZero(block)) {
        await drain();
        return undefined;
      }
      verifyChecksum(block, fail);
      const flag = String.fromCharCode(block[156] ?? 0);
      const size = readNumber(block, 124, 12, fail);
      if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
        const data = await readMeta(size, flag === 'L' || flag === 'K' ? 'GNU long name' : 'PAX header');
        if (flag === 'x') pax = parsePax(data, fail);
        else if (flag === 'g') globalPax = new Map([...globalPax, ...parsePax(data, fail)]);
        else if (flag === 'L') longName = cString(data);
        else longLink = cString(data);
        continue;
      }
      const records = globalPax.size === 0 ? pax : new Map([...globalPax, ...(pax ?? [])]);
      const header = decodeHeader(block, flag, size, records, longName, longLink, fail);
      lastName = header.name;
      // Header-only types carry no data whatever their size field says (POSIX ustar; Go's archive/tar).
      if (header.kind !== 'file') header.size = 0;
      remaining = header.size;
      padding = pad(header.size);
      return header;
    }
  }

  return {
    next,
    body,
    skip,
    get bytesRead() {
      return bytesRead;
    },
  };
}

function pad(size: number): number {
  const rest = size % BLOCK;
  return rest === 0 ? 0 : BLOCK - rest;
}

function isZero(block: Buffer): boolean {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0) return false;
  return true;
}

function verifyChecksum(block: Buffer, fail: (what: string) => never): void {
  const stored = readNumber(block, 148, 8, fail);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  if (stored !== unsigned && stored !== signed) fail(`bad tar header checksum (stored ${stored}, computed ${unsigned})`);
}

function readNumber(block: Buffer, offset: number, length: number, fail: (what: string) => never): number {
  const first = block[offset] ?? 0;
  if ((first & 0x80) !== 0) {
    if (first === 0xff) fail('negative base-256 number in tar header');
    let value = first & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + (block[offset + i] ?? 0);
    if (!Number.isSafeInteger(value)) fail('number in tar header is too large');
    return value;
  }
  let value = 0;
  let i = offset;
  const end = offset + length;
  while (i < end && (block[i] === 0x20 || block[i] === 0)) i++;
  for (; i < end; i++) {
    const byte = block[i] ?? 0;
    if (byte === 0 || byte === 0x20) break;
    if (byte < ZERO_CODE || byte > ZERO_CODE + 7) fail('invalid octal number in tar header');
    value = value * 8 + (byte - ZERO_CODE);
  }
  return value;
}

function cString(data: Buffer): string {
  const end = data.indexOf(0);
  return data.subarray(0, end === -1 ? data.length : end).toString('utf8');
}

function field(block: Buffer, offset: number, length: number): string {
  return cString(block.subarray(offset, offset + length));
}

function parsePax(data: Buffer, fail: (what: string) => never): Map<string, Buffer> {
  const records = new Map<string, Buffer>();
  let offset = 0;
  while (offset < data.length) {
    if (data[offset] === 0) break; // some writers pad the record area with NULs
    const space = data.indexOf(0x20, offset);
    const length = space === -1 ? NaN : Number(data.subarray(offset, space).toString('latin1'));
    if (!Number.isInteger(length) || length <= space - offset + 1 || offset + length > data.length || data[offset + length - 1] !== 0x0a) {
      fail('malformed PAX record');
    }
    const record = data.subarray(space + 1, offset + length - 1);
    const equals = record.indexOf(0x3d);
    if (equals <= 0) fail('malformed PAX record');
    // Values are views of `data`, readMeta's private copy: no allocation per record.
    records.set(record.subarray(0, equals).toString('utf8'), record.subarray(equals + 1));
    offset += length;
  }
  return records;
}

function decodeHeader(
  block: Buffer,
  flag: string,
  rawSize: number,
  pax: Map<string, Buffer> | undefined,
  longName: string | undefined,
  longLink: string | undefined,
  fail: (what: string) => never,
): TarHeader {
  const magic = block.toString('latin1', 257, 263);
  let name = field(block, 0, 100);
  if (magic === 'ustar\0') {
    const prefix = field(block, 345, 155);
    if (prefix !== '') name = `${prefix}/${name}`;
  }
  let kind = KINDS[flag];
  if (kind === undefined) fail(`unsupported tar entry type ${JSON.stringify(flag)} for ${JSON.stringify(longName ?? name)}`);
  if (kind === 'file' && flag !== '0' && name.endsWith('/')) kind = 'dir'; // old tars mark dirs by a slash
  const header: TarHeader = {
    name: longName ?? name,
    linkname: longLink ?? field(block, 157, 100),
    kind: kind as EntryKind,
    mode: readNumber(block, 100, 8, fail) & 0o7777,
    uid: readNumber(block, 108, 8, fail),
    gid: readNumber(block, 116, 8, fail),
    uname: field(block, 265, 32),
    gname: field(block, 297, 32),
    mtime: readNumber(block, 136, 12, fail),
    size: rawSize,
    devmajor: readNumber(block, 329, 8, fail),
    devminor: readNumber(block, 337, 8, fail),
    pax: undefined,
  };
  if (pax === undefined) return header;
  const carried: [string, Buffer][] = [];
  for (const [key, value] of pax) {
    const text = (): string => value.toString('utf8');
    const integer = (): number => {
      const parsed = Number(text());
      if (!Number.isSafeInteger(parsed) || parsed < 0) fail(`invalid PAX ${key} record ${JSON.stringify(text())}`);
      return parsed;
    };
    switch (key) {
      case 'path':
        header.name = text();
        break;
      case 'linkpath':
        header.linkname = text();
        break;
      case 'size':
        header.size = integer();
        break;
      case 'uid':
        header.uid = integer();
        break;
      case 'gid':
        header.gid = integer();
        break;
      case 'uname':
        header.uname = text();
        break;
      case 'gname':
        header.gname = text();
        break;
      case 'mtime': {
        const seconds = Number(text());
        if (!Number.isFinite(seconds)) fail(`invalid PAX mtime record ${JSON.stringify(text())}`);
        header.mtime = Math.floor(seconds);
        break;
      }
    }
    if (!REGENERATED.has(key)) carried.push([key, value]);
  }
  if (carried.length > 0) header.pax = carried;
  return header;
}
