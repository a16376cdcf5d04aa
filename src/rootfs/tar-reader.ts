/**
 * A streaming tar reader: headers are parsed (v7, ustar, star, GNU long names, PAX local headers,
 * PAX sparse files, base-256 numbers) and bodies are handed out as the input's own chunks, never
 * copied or buffered beyond one header. Written here rather than taken from tar-stream because the
 * merge needs raw PAX record bytes (binary xattrs), the PAX uid/gid/mtime/uname/gname overrides,
 * exact error messages, and a body it can either pass through or skip cheaply.
 *
 * It accepts what containerd applies (Go's archive/tar, then containerd's own type switch) and
 * refuses the rest; docs/tar-dialects.md lists the rules. Names, link names, user and group names
 * and PAX keys are byte strings (display-name.ts): one char per byte, so no name is re-encoded.
 */
import type { Readable } from 'node:stream';
import { contentError } from '../errors.ts';
import { chunksOf } from '../stream/chunks.ts';
import { displayName } from './display-name.ts';
import { checkFragments, decimal, expandSparse, isSparseKey, parseMap1x0, sparseRecords, type Fragment } from './tar-sparse.ts';

export type EntryKind = 'file' | 'link' | 'symlink' | 'char' | 'block' | 'dir' | 'fifo';

export interface TarHeader {
  /** The member name exactly as stored (after PAX / GNU long-name overrides), as a byte string. */
  name: string;
  /** The link target, as a byte string. */
  linkname: string;
  kind: EntryKind;
  /** mode & 0o7777 */
  mode: number;
  uid: number;
  gid: number;
  /** Byte strings. */
  uname: string;
  gname: string;
  /** Whole seconds; a precise value, if any, stays in the `mtime` PAX record. */
  mtime: number;
  /** Content size: for a PAX sparse file, its real (expanded) size. */
  size: number;
  devmajor: number;
  devminor: number;
  /** PAX records to carry to the output, in input order (byte-string keys); path/linkpath/size and GNU.sparse.* are left out. */
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
/** Largest PAX header or GNU long name: Go's (maxSpecialFileSize), so we refuse what it refuses. */
const MAX_META = 1024 * 1024;
/** Largest sparse map (format 1.0, in the data) we hold; Go sets none. */
const MAX_SPARSE_MAP = 8 * 1024 * 1024;
const ZERO_CODE = 48;

const KINDS: Record<string, EntryKind> = {
  '0': 'file',
  '\0': 'file',
  '1': 'link',
  '2': 'symlink',
  '3': 'char',
  '4': 'block',
  '5': 'dir',
  '6': 'fifo',
};

/** Types Go reads but containerd's applier refuses ("unhandled tar header type"). */
const REFUSED: Record<string, string> = {
  S: 'old GNU sparse file',
  '7': 'contiguous file',
  D: 'GNU directory dump',
  M: 'GNU multi-volume continuation',
  N: 'GNU old long name',
  V: 'GNU volume label',
};

/** Types that carry no data whatever their size field says (Go's isHeaderOnlyType). */
const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6']);

/** Records without which a PAX header describes no sparse file (tar-sparse.ts). */
const SPARSE_MARKERS = ['GNU.sparse.major', 'GNU.sparse.minor', 'GNU.sparse.map'];

/** PAX keys the reader applies to header fields instead of carrying them verbatim. */
const REGENERATED = new Set(['path', 'linkpath', 'size']);

export function createTarReader(stream: Readable, layerId: string): TarReader {
  const iterator = chunksOf(stream);
  let chunk: Buffer = Buffer.alloc(0);
  let offset = 0;
  let ended = false;
  let bytesRead = 0;
  let remaining = 0; // stored body bytes of the current member not yet consumed
  let padding = 0;
  let sparse: { fragments: Fragment[]; size: number } | undefined;
  let finished = false; // the input ended where Go's reader sees a clean end of archive
  let lastName = '(start of archive)';

  const fail = (what: string): never => {
    throw contentError(`layer ${layerId}: ${what} (after ${displayName(lastName)})`);
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

  /*
   * Synchronous fast paths for what the current chunk already holds: most headers, paddings and
   * small bodies. Every async call and await allocates promises, and with a PAX header per member
   * (GNU tar's pax format) the reader made several per member.
   */

  /** n bytes from the current chunk, or undefined when it holds fewer (nothing is consumed then). */
  function takeBuffered(n: number): Buffer | undefined {
    if (chunk.length - offset < n) return undefined;
    const out = chunk.subarray(offset, offset + n);
    offset += n;
    return out;
  }

  /** Exactly n bytes, or fewer only at the end of input. */
  async function read(n: number): Promise<Buffer> {
    const buffered = n > 0 ? takeBuffered(n) : undefined;
    if (buffered !== undefined) return buffered;
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
      if (!(await fill())) fail(`truncated tar: input ended inside ${displayName(lastName)}`);
      const take = Math.min(need, chunk.length - offset);
      offset += take;
      need -= take;
    }
  }

  /**
   * The padding after a member's data. Go reads it with tryReadFull and takes an input that ends
   * there, padding complete or not, as the end of the archive (umoci writes such layers).
   */
  async function readPadding(): Promise<void> {
    const want = padding;
    padding = 0;
    if (want === 0) return;
    const got = await read(want);
    if (got.length < want) finished = true;
  }

  /** readPadding, when the current chunk holds the padding; false (nothing consumed) otherwise. */
  function paddingBuffered(): boolean {
    if (padding > 0 && takeBuffered(padding) === undefined) return false;
    padding = 0;
    return true;
  }

  async function* storedBody(): AsyncGenerator<Buffer> {
    while (remaining > 0) {
      if (!(await fill())) fail(`truncated tar: input ended inside ${displayName(lastName)}`);
      const take = Math.min(remaining, chunk.length - offset);
      const out = chunk.subarray(offset, offset + take);
      offset += take;
      remaining -= take;
      yield out;
    }
    if (!paddingBuffered()) await readPadding();
  }

  function body(): AsyncGenerator<Buffer> {
    if (sparse === undefined) return storedBody();
    const { fragments, size } = sparse;
    sparse = undefined;
    return expandSparse(fragments, size, storedBody());
  }

  async function skip(): Promise<void> {
    sparse = undefined;
    if (skipBuffered()) return;
    await discard(remaining);
    remaining = 0;
    await readPadding();
  }

  /** skip, when the current chunk holds the rest of the member; false (nothing consumed) otherwise. */
  function skipBuffered(): boolean {
    if (chunk.length - offset < remaining + padding) return false;
    offset += remaining + padding;
    remaining = 0;
    padding = 0;
    return true;
  }

  async function readMeta(size: number, what: string): Promise<Buffer> {
    if (size > MAX_META) fail(`${what} of ${size} bytes is too large`);
    const data = takeBuffered(size) ?? (await read(size));
    if (data.length < size) fail(`truncated tar: input ended inside a ${what}`);
    padding = pad(size);
    if (!paddingBuffered()) await readPadding();
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

  /** A header block that is not a zero block, when the current chunk holds one; else undefined (nothing consumed). */
  function headerBuffered(): Buffer | undefined {
    if (finished || chunk.length - offset < BLOCK || isZero(chunk, offset)) return undefined;
    return takeBuffered(BLOCK);
  }

  /** A header block, or undefined at the end of the archive (Go's readHeader). */
  async function readHeaderBlock(): Promise<Buffer | undefined> {
    if (finished) return undefined;
    const block = await read(BLOCK);
    if (block.length === 0) return undefined; // end of input without end blocks: Go's io.EOF
    if (block.length < BLOCK) fail('truncated tar: input ended inside a header');
    if (!isZero(block)) return block;
    const second = await read(BLOCK);
    if (second.length === 0) return undefined; // one zero block, then the end
    if (second.length < BLOCK) fail('truncated tar: input ended inside the end-of-archive blocks');
    if (!isZero(second)) fail('a zero block followed by a non-zero block');
    await drain(); // whatever follows two zero blocks is ignored, but it is part of the blob
    return undefined;
  }

  /** Format 1.0: the sparse map at the start of the stored data. */
  async function readSparseMap(): Promise<Fragment[]> {
    const blocks: Buffer[] = [];
    for (;;) {
      const parsed = parseMap1x0(Buffer.concat(blocks), fail);
      if (typeof parsed !== 'number') return parsed;
      if (remaining < BLOCK) fail(`truncated sparse map in ${displayName(lastName)}`);
      if (blocks.length * BLOCK >= MAX_SPARSE_MAP) fail('sparse map is too large');
      const block = await read(BLOCK);
      if (block.length < BLOCK) fail(`truncated tar: input ended inside the sparse map of ${displayName(lastName)}`);
      remaining -= BLOCK;
      blocks.push(Buffer.from(block));
    }
  }

  async function next(): Promise<TarHeader | undefined> {
    if ((remaining > 0 || padding > 0) && !skipBuffered()) await skip();
    sparse = undefined;
    let pax: Map<string, Buffer> | undefined;
    let longName: string | undefined;
    let longLink: string | undefined;
    for (;;) {
      const block = headerBuffered() ?? (await readHeaderBlock());
      if (block === undefined) return undefined; // a dangling extended header is ignored, as in Go
      verifyChecksum(block, fail);
      const flag = String.fromCharCode(block[156] ?? 0);
      const size = readNumber(block, 124, 12, fail);
      // Go checks the header's own size before any PAX size replaces it, for every type with data.
      if (size < 0 && !HEADER_ONLY.has(flag)) fail('negative size in tar header');
      if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
        const data = await readMeta(size, flag === 'L' || flag === 'K' ? 'GNU long name' : 'PAX header');
        if (flag === 'x') pax = parsePax(data, fail);
        else if (flag === 'g') {
          // Go returns a global header as an entry of its own and containerd ignores it: its
          // records apply to nothing, and the extended headers read before it are dropped too.
          parsePax(data, fail);
          pax = undefined;
          longName = undefined;
          longLink = undefined;
        } else if (flag === 'L') longName = cString(data);
        else longLink = cString(data);
        continue;
      }
      const header = decodeHeader(block, flag, size, pax, longName, longLink, fail);
      lastName = header.name;
      if (KINDS[flag] === undefined) {
        const shown = /^[\x21-\x7e]$/.test(flag) ? flag : `\\x${flag.charCodeAt(0).toString(16).padStart(2, '0')}`;
        throw contentError(
          `layer ${layerId}: ${displayName(header.name)}: unsupported tar entry type '${shown}' (${REFUSED[flag] ?? 'unknown type'}), which containerd refuses too`,
        );
      }
      // Header-only types carry no data whatever their size field says (POSIX ustar; Go's archive/tar).
      if (header.kind !== 'file') header.size = 0;
      if (header.size < 0) fail(`negative size for ${displayName(header.name)}`);
      remaining = header.size;
      padding = pad(header.size);
      const described = pax === undefined || !SPARSE_MARKERS.some((key) => pax?.has(key)) ? undefined : sparseRecords(pax, fail);
      if (described !== undefined) {
        if (header.kind !== 'file') fail(`sparse records on a ${header.kind}`);
        if (described.name !== undefined) lastName = header.name = described.name;
        const fragments = described.fragments ?? (await readSparseMap());
        const size = described.realSize ?? header.size;
        checkFragments(fragments, size, remaining, fail);
        sparse = { fragments, size };
        header.size = size;
      }
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

function isZero(block: Buffer, offset = 0): boolean {
  for (let i = offset; i < offset + BLOCK; i++) if (block[i] !== 0) return false;
  return true;
}

/** Go's getFormat: the checksum (octal) matches the unsigned or the signed sum. */
function verifyChecksum(block: Buffer, fail: (what: string) => never): void {
  const stored = readOctal(block, 148, 8, fail);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  if (stored !== unsigned && stored !== signed) fail(`bad tar header checksum (stored ${stored}, computed ${unsigned})`);
}

/** Go's parseNumeric: base-256 (two's complement, negative allowed) when the high bit is set, else octal. */
function readNumber(block: Buffer, offset: number, length: number, fail: (what: string) => never): number {
  const first = block[offset] ?? 0;
  if ((first & 0x80) === 0) return readOctal(block, offset, length, fail);
  const negative = (first & 0x40) !== 0;
  const invert = negative ? 0xff : 0;
  let value = (first ^ invert) & 0x7f;
  for (let i = 1; i < length; i++) value = value * 256 + ((block[offset + i] ?? 0) ^ invert);
  if (!Number.isSafeInteger(value)) fail('number in tar header is too large');
  return negative ? -value - 1 : value;
}

/** Go's parseOctal: NULs and spaces trimmed at both ends, cut at the first NUL left, octal digits only. */
function readOctal(block: Buffer, offset: number, length: number, fail: (what: string) => never): number {
  let start = offset;
  let end = offset + length;
  while (start < end && (block[start] === 0x20 || block[start] === 0)) start++;
  while (end > start && (block[end - 1] === 0x20 || block[end - 1] === 0)) end--;
  let value = 0;
  for (let i = start; i < end; i++) {
    const byte = block[i] ?? 0;
    if (byte === 0) break;
    if (byte < ZERO_CODE || byte > ZERO_CODE + 7) fail('invalid octal number in tar header');
    value = value * 8 + (byte - ZERO_CODE);
  }
  if (!Number.isSafeInteger(value)) fail('number in tar header is too large');
  return value;
}

/** Whether a GNU atime/ctime field is empty (first byte NUL) or a number Go can parse. */
function gnuTimeParses(block: Buffer, offset: number): boolean {
  if (block[offset] === 0) return true;
  try {
    readNumber(block, offset, 12, (what) => {
      throw new Error(what);
    });
    return true;
  } catch {
    return false;
  }
}

function cString(data: Buffer): string {
  const end = data.indexOf(0);
  return data.toString('latin1', 0, end === -1 ? data.length : end);
}

function field(block: Buffer, offset: number, length: number): string {
  return cString(block.subarray(offset, offset + length));
}

/** Go's parsePAX and parsePAXRecord: strict records; format 0.0's sparse pairs joined into GNU.sparse.map. */
function parsePax(data: Buffer, fail: (what: string) => never): Map<string, Buffer> {
  const records = new Map<string, Buffer>();
  const sparseMap: string[] = [];
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    const digits = space === -1 ? '' : data.toString('latin1', offset, space);
    const length = /^[+-]?[0-9]+$/.test(digits) ? Number(digits) : NaN;
    if (!(length >= 5) || length <= space - offset + 1 || offset + length > data.length || data[offset + length - 1] !== 0x0a) {
      fail('malformed PAX record');
    }
    const record = data.subarray(space + 1, offset + length - 1);
    const equals = record.indexOf(0x3d);
    if (equals <= 0) fail('malformed PAX record');
    const key = record.toString('latin1', 0, equals);
    // Values are views of `data`, readMeta's private copy: no allocation per record.
    const value = record.subarray(equals + 1);
    const nul = key === 'path' || key === 'linkpath' || key === 'uname' || key === 'gname' ? value.includes(0) : key.includes('\0');
    if (nul) fail('malformed PAX record');
    offset += length;
    if (key === 'GNU.sparse.offset' || key === 'GNU.sparse.numbytes') {
      const expected = sparseMap.length % 2 === 0 ? 'GNU.sparse.offset' : 'GNU.sparse.numbytes';
      if (key !== expected || value.includes(0x2c)) fail('malformed PAX sparse records');
      sparseMap.push(value.toString('latin1'));
      continue;
    }
    records.set(key, value);
  }
  if (sparseMap.length > 0) records.set('GNU.sparse.map', Buffer.from(sparseMap.join(','), 'latin1'));
  return records;
}

/** Go's format guess: "ustar\0" is ustar (star when the trailer says so), "ustar  \0" GNU, anything else v7. */
function formatOf(block: Buffer): 'v7' | 'ustar' | 'star' | 'gnu' {
  // Byte compares, not strings: this runs for every header on the hot path.
  if (block[257] !== 0x75 || block[258] !== 0x73 || block[259] !== 0x74 || block[260] !== 0x61 || block[261] !== 0x72) return 'v7';
  if (block[262] === 0) return block[508] === 0x74 && block[509] === 0x61 && block[510] === 0x72 && block[511] === 0 ? 'star' : 'ustar';
  if (block[262] === 0x20 && block[263] === 0x20 && block[264] === 0) return 'gnu';
  return 'v7';
}

const PAX_TIME = /^[+-]?[0-9]+(\.[0-9]*)?$/;

function decodeHeader(
  block: Buffer,
  flag: string,
  rawSize: number,
  pax: Map<string, Buffer> | undefined,
  longName: string | undefined,
  longLink: string | undefined,
  fail: (what: string) => never,
): TarHeader {
  const format = formatOf(block);
  let name = field(block, 0, 100);
  // Only ustar and star have a prefix field; GNU keeps times there, v7 nothing.
  let prefix = format === 'ustar' ? field(block, 345, 155) : format === 'star' ? field(block, 345, 131) : '';
  if (format === 'gnu' && !(gnuTimeParses(block, 345) && gnuTimeParses(block, 357))) {
    // Go's fallback for tars written by Go before 1.8 (GNU magic with a ustar prefix): times
    // that are not numbers and an ASCII prefix field make it a prefix after all.
    const candidate = field(block, 345, 155);
    if (/^[\x00-\x7f]*$/.test(candidate)) prefix = candidate;
  }
  if (prefix !== '') name = `${prefix}/${name}`;
  const extended = format !== 'v7';
  const header: TarHeader = {
    name,
    linkname: field(block, 157, 100),
    kind: KINDS[flag] ?? 'file',
    mode: readNumber(block, 100, 8, fail) & 0o7777,
    uid: readNumber(block, 108, 8, fail),
    gid: readNumber(block, 116, 8, fail),
    uname: extended ? field(block, 265, 32) : '',
    gname: extended ? field(block, 297, 32) : '',
    mtime: readNumber(block, 136, 12, fail),
    size: rawSize,
    devmajor: extended ? readNumber(block, 329, 8, fail) : 0,
    devminor: extended ? readNumber(block, 337, 8, fail) : 0,
    pax: undefined,
  };
  const carried: [string, Buffer][] = [];
  for (const [key, value] of pax ?? []) {
    if (isSparseKey(key)) continue;
    // Go's mergePAX: an empty value keeps the header's own field.
    if (
      value.length === 0 &&
      (REGENERATED.has(key) || key === 'uid' || key === 'gid' || key === 'uname' || key === 'gname' || key === 'mtime')
    )
      continue;
    const text = (): string => value.toString('latin1');
    switch (key) {
      case 'path':
        header.name = text();
        break;
      case 'linkpath':
        header.linkname = text();
        break;
      case 'size':
        header.size = decimal(text(), 'PAX size record', fail);
        break;
      case 'uid':
        header.uid = decimal(text(), 'PAX uid record', fail);
        break;
      case 'gid':
        header.gid = decimal(text(), 'PAX gid record', fail);
        break;
      case 'uname':
        header.uname = text();
        break;
      case 'gname':
        header.gname = text();
        break;
      case 'mtime':
      case 'atime':
      case 'ctime': {
        if (value.length === 0) break;
        if (!PAX_TIME.test(text())) fail(`invalid PAX ${key} record ${displayName(text())}`);
        if (key === 'mtime') header.mtime = Math.floor(Number(text()));
        break;
      }
    }
    if (!REGENERATED.has(key)) carried.push([key, value]);
  }
  if (carried.length > 0) header.pax = carried;
  // GNU long names and link names win over PAX ones (Go's Reader.next).
  if (longName !== undefined && longName !== '') header.name = longName;
  if (longLink !== undefined && longLink !== '') header.linkname = longLink;
  if (flag === '\0' && header.name.endsWith('/')) header.kind = 'dir'; // old tars mark dirs by a slash
  return header;
}
