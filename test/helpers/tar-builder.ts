/**
 * Builds layer tars in memory from a compact spec, for unit tests and fixture images.
 *
 * The encoder here is written independently of src/rootfs on purpose: tests that feed tars built
 * by the code under test into the code under test would prove little. It writes POSIX ustar
 * headers and adds a PAX extended header whenever a value does not fit (long names, big ids,
 * sizes, sub-second mtimes, xattrs, non-ASCII names).
 */

/** Attributes every entry may set. Defaults: mode by type, uid/gid 0, mtime 1700000000. */
export interface TarSpecAttributes {
  /** Permission bits incl. setuid/setgid/sticky (e.g. 0o4755). */
  mode?: number;
  uid?: number;
  gid?: number;
  uname?: string;
  gname?: string;
  /** Seconds since the epoch; a fraction is written as a PAX `mtime` record. */
  mtime?: number;
  /** xattr name -> value, written as `SCHILY.xattr.<name>` PAX records. */
  xattrs?: Record<string, string | Uint8Array>;
  /** Extra PAX records written verbatim. */
  pax?: Record<string, string>;
}

/**
 * One tar member. `path` is written exactly as given (so tests can use `./a`, `/a`, `a/`);
 * `whiteout` and `opaque` name the thing they delete and the builder writes the marker file.
 */
export type TarSpecEntry =
  | ({ type: 'file'; path: string; content?: string | Uint8Array } & TarSpecAttributes)
  | ({ type: 'dir'; path: string } & TarSpecAttributes)
  | ({ type: 'symlink'; path: string; target: string } & TarSpecAttributes)
  | ({ type: 'hardlink'; path: string; target: string } & TarSpecAttributes)
  | ({ type: 'char' | 'block'; path: string; devmajor: number; devminor: number } & TarSpecAttributes)
  | ({ type: 'fifo'; path: string } & TarSpecAttributes)
  /** `.wh.<basename>` next to `path`: deletes `path` from lower layers. */
  | { type: 'whiteout'; path: string }
  /** `<path>/.wh..wh..opq`: hides every lower child of directory `path` (use '' for the root). */
  | { type: 'opaque'; path: string }
  /** Bytes appended verbatim (hostile-input tests). */
  | { type: 'raw'; bytes: Uint8Array };

const BLOCK = 512;
const DEFAULT_MTIME = 1_700_000_000;

const TYPEFLAGS = {
  file: '0',
  hardlink: '1',
  symlink: '2',
  char: '3',
  block: '4',
  dir: '5',
  fifo: '6',
} as const;

const DEFAULT_MODES = { file: 0o644, dir: 0o755, symlink: 0o777, hardlink: 0o644, char: 0o666, block: 0o660, fifo: 0o644 };

/** Build a complete tar (with the two zero end blocks). */
export async function buildTar(entries: TarSpecEntry[]): Promise<Buffer> {
  return buildTarSync(entries);
}

/** Same as buildTar, synchronously (property-test generators build thousands of tars). */
export function buildTarSync(entries: TarSpecEntry[], options: { end?: boolean } = {}): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) parts.push(...encodeSpecEntry(entry));
  if (options.end !== false) parts.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(parts);
}

function encodeSpecEntry(entry: TarSpecEntry): Buffer[] {
  switch (entry.type) {
    case 'raw':
      return [Buffer.from(entry.bytes)];
    case 'whiteout': {
      const slash = entry.path.lastIndexOf('/');
      const name = slash === -1 ? `.wh.${entry.path}` : `${entry.path.slice(0, slash)}/.wh.${entry.path.slice(slash + 1)}`;
      return encodeMember({ name, typeflag: '0', mode: 0o644, uid: 0, gid: 0, mtime: DEFAULT_MTIME, body: Buffer.alloc(0) });
    }
    case 'opaque': {
      const dir = entry.path.replace(/\/+$/, '');
      const name = dir === '' ? '.wh..wh..opq' : `${dir}/.wh..wh..opq`;
      return encodeMember({ name, typeflag: '0', mode: 0o644, uid: 0, gid: 0, mtime: DEFAULT_MTIME, body: Buffer.alloc(0) });
    }
    default: {
      const body =
        entry.type === 'file'
          ? typeof entry.content === 'string'
            ? Buffer.from(entry.content)
            : Buffer.from(entry.content ?? [])
          : Buffer.alloc(0);
      const records: [string, Buffer][] = [];
      for (const [key, value] of Object.entries(entry.pax ?? {})) records.push([key, Buffer.from(value)]);
      for (const [key, value] of Object.entries(entry.xattrs ?? {})) {
        records.push([`SCHILY.xattr.${key}`, typeof value === 'string' ? Buffer.from(value) : Buffer.from(value)]);
      }
      return encodeMember({
        name: entry.type === 'dir' && !entry.path.endsWith('/') && entry.path !== '' ? `${entry.path}/` : entry.path,
        typeflag: TYPEFLAGS[entry.type],
        mode: entry.mode ?? DEFAULT_MODES[entry.type],
        uid: entry.uid ?? 0,
        gid: entry.gid ?? 0,
        uname: entry.uname,
        gname: entry.gname,
        mtime: entry.mtime ?? DEFAULT_MTIME,
        linkname: entry.type === 'symlink' || entry.type === 'hardlink' ? entry.target : undefined,
        devmajor: entry.type === 'char' || entry.type === 'block' ? entry.devmajor : undefined,
        devminor: entry.type === 'char' || entry.type === 'block' ? entry.devminor : undefined,
        body,
        records,
      });
    }
  }
}

/** A member as raw header fields; exported for tests that need exact control (huge sizes). */
export interface RawMember {
  name: string;
  typeflag: string;
  mode: number;
  uid: number;
  gid: number;
  uname?: string | undefined;
  gname?: string | undefined;
  mtime: number;
  linkname?: string | undefined;
  devmajor?: number | undefined;
  devminor?: number | undefined;
  /** Content; omitted when `size` is given (header-only encoding for huge files). */
  body?: Buffer;
  size?: number;
  records?: [string, Buffer][];
}

/** Header block(s) plus padded body for one member. */
export function encodeMember(member: RawMember): Buffer[] {
  const size = member.size ?? member.body?.length ?? 0;
  const pax: [string, Buffer][] = [];
  const fits = (value: number, digits: number): boolean => Number.isInteger(value) && value >= 0 && value < 8 ** digits;
  const nameBytes = Buffer.from(member.name);
  let ustarName = member.name;
  let prefix = '';
  if (nameBytes.length > 100 || !isAscii(member.name)) {
    const split = splitUstarName(member.name);
    if (split === undefined || !isAscii(member.name)) {
      pax.push(['path', nameBytes]);
      ustarName = asciiTruncate(member.name, 100);
    } else {
      [prefix, ustarName] = split;
    }
  }
  let linkname = member.linkname ?? '';
  if (Buffer.byteLength(linkname) > 100 || !isAscii(linkname)) {
    pax.push(['linkpath', Buffer.from(linkname)]);
    linkname = asciiTruncate(linkname, 100);
  }
  if (!fits(size, 11)) pax.push(['size', Buffer.from(String(size))]);
  if (!fits(member.uid, 7)) pax.push(['uid', Buffer.from(String(member.uid))]);
  if (!fits(member.gid, 7)) pax.push(['gid', Buffer.from(String(member.gid))]);
  if (!Number.isInteger(member.mtime) || !fits(member.mtime, 11)) pax.push(['mtime', Buffer.from(String(member.mtime))]);
  if (member.uname !== undefined && Buffer.byteLength(member.uname) > 32) pax.push(['uname', Buffer.from(member.uname)]);
  if (member.gname !== undefined && Buffer.byteLength(member.gname) > 32) pax.push(['gname', Buffer.from(member.gname)]);
  pax.push(...(member.records ?? []));

  const out: Buffer[] = [];
  if (pax.length > 0) {
    const body = Buffer.concat(pax.map(([key, value]) => paxRecord(key, value)));
    out.push(ustarHeader({ name: 'PaxHeader', typeflag: 'x', mode: 0o644, uid: 0, gid: 0, mtime: 0, size: body.length }), ...padded(body));
  }
  out.push(
    ustarHeader({
      name: ustarName,
      prefix,
      typeflag: member.typeflag,
      mode: member.mode,
      uid: fits(member.uid, 7) ? member.uid : 0,
      gid: fits(member.gid, 7) ? member.gid : 0,
      uname: member.uname !== undefined && Buffer.byteLength(member.uname) <= 32 ? member.uname : undefined,
      gname: member.gname !== undefined && Buffer.byteLength(member.gname) <= 32 ? member.gname : undefined,
      mtime: fits(Math.floor(member.mtime), 11) ? Math.floor(member.mtime) : 0,
      size: fits(size, 11) ? size : 0,
      linkname,
      devmajor: member.devmajor,
      devminor: member.devminor,
    }),
  );
  if (member.body !== undefined) out.push(...padded(member.body));
  return out;
}

function isAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

function asciiTruncate(text: string, max: number): string {
  return text.replace(/[^\x20-\x7e]/g, '_').slice(0, max);
}

function splitUstarName(name: string): [string, string] | undefined {
  for (let i = name.length - 1; i > 0; i--) {
    if (name[i] !== '/') continue;
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (rest.length > 0 && rest.length <= 100 && prefix.length <= 155) return [prefix, rest];
    if (rest.length > 100) return undefined;
  }
  return undefined;
}

function paxRecord(key: string, value: Buffer): Buffer {
  const tail = Buffer.concat([Buffer.from(` ${key}=`), value, Buffer.from('\n')]);
  let length = tail.length + 1;
  while (String(length).length + tail.length !== length) length = String(length).length + tail.length;
  return Buffer.concat([Buffer.from(String(length)), tail]);
}

function padded(body: Buffer): Buffer[] {
  const rest = body.length % BLOCK;
  return rest === 0 ? [body] : [body, Buffer.alloc(BLOCK - rest)];
}

/** One ustar header block's fields: a member's, with its size settled and the name maybe split. */
type UstarFields = Omit<RawMember, 'body' | 'size' | 'records'> & { prefix?: string; size: number };

function ustarHeader(fields: UstarFields): Buffer {
  const block = Buffer.alloc(BLOCK);
  const put = (offset: number, length: number, text: string): void => {
    block.write(text, offset, Math.min(length, Buffer.byteLength(text)), 'utf8');
  };
  const octal = (offset: number, length: number, value: number): void => {
    put(offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
  };
  put(0, 100, fields.name);
  octal(100, 8, fields.mode & 0o7777);
  octal(108, 8, fields.uid);
  octal(116, 8, fields.gid);
  octal(124, 12, fields.size);
  octal(136, 12, fields.mtime);
  block.fill(0x20, 148, 156);
  put(156, 1, fields.typeflag);
  put(157, 100, fields.linkname ?? '');
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  put(265, 32, fields.uname ?? '');
  put(297, 32, fields.gname ?? '');
  octal(329, 8, fields.devmajor ?? 0);
  octal(337, 8, fields.devminor ?? 0);
  put(345, 155, fields.prefix ?? '');
  let sum = 0;
  for (const byte of block) sum += byte;
  put(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}
