/**
 * What the merge remembers about each member of the layer it is reading, packed into large byte
 * blocks rather than one object graph per member. A hard link later in the layer, or a second copy
 * of a path (rule 7), needs the attributes of a member already passed, so every member is kept
 * until the layer ends. As objects that cost ~1 KiB a member once PAX records came along (Docker
 * and Go write mtime/atime/ctime records for every entry: three Buffers, four arrays and a
 * pinned ArrayBuffer each); a 15,000-member layer held ~17 MB of heap until its end. Packed, a
 * member is a few tens of bytes of one shared block (plus its PAX records): numbers as varints,
 * as most are small non-negative integers, and only the rare other value as an 8-byte double. Pure.
 */
import type { Attributes } from './attributes.ts';
import type { EntryKind } from './tar-reader.ts';

/** What became of a member whose record is packed. The rarer states stay objects in the merge. */
export const MemberState = {
  /** A directory written under its own path. */
  WrittenDir: 1,
  /** A non-directory written under its own path. */
  WrittenFile: 2,
  /** A non-directory hidden by a newer layer; its bytes were skipped. */
  Skipped: 3,
  /**
   * A non-directory of a kept layer that stands in the final tree: not written, but merged links
   * to it are written as links to its path.
   */
  KeptFile: 4,
} as const;
export type MemberState = (typeof MemberState)[keyof typeof MemberState];

export interface PackedMember {
  state: MemberState;
  /** Position of the member in its layer (every header counts). */
  ordinal: number;
  attributes: Attributes;
}

export interface MemberTable {
  /** Packs a member; the handle is a non-negative integer, valid until the table is dropped. */
  put(state: MemberState, ordinal: number, attributes: Attributes): number;
  /** The member behind a handle, unpacked into fresh objects (no view into the table). */
  get(handle: number): PackedMember;
  /** Bytes of blocks allocated so far. */
  readonly bytes: number;
}

const BLOCK_BYTES = 64 * 1024;
const KINDS: readonly EntryKind[] = ['file', 'link', 'symlink', 'char', 'block', 'dir', 'fifo'];
const NUMBERS = 8; // ordinal, mode, uid, gid, mtime, size, devmajor, devminor
/** The most bytes a number takes: a varint of a safe integer (53 bits, 7 a byte), or a double. */
const NUMBER_BYTES = 8;
const VARINT_BYTES = 5; // a length or count, below 2^32

/** True when value is stored as a varint; anything else (negative, fractional, -0, huge) as a double. */
const isVarint = (value: number): boolean => Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0);

/**
 * PAX records repeat a few keys (Docker and GNU tar write mtime, atime and ctime for every member)
 * with decimal values ("1796034135.599822284"): a key is stored as its number in the table's
 * list of keys, and a value of digits and dots as two chars a byte: such a member packs in ~52
 * bytes instead of ~92 (the 10 GiB bench image's largest layer, 213,616 members, took 22 MB).
 */
const MAX_KEYS = 256;
const DOT = 10;
const PAD = 15;

const nibbleOf = (byte: number | undefined): number => (byte === undefined ? PAD : byte === 0x2e ? DOT : byte - 0x30);

/** True when every byte of value is a digit or a dot (and there is one). */
function isDecimal(value: Buffer): boolean {
  if (value.length === 0) return false;
  for (const byte of value) if (!((byte >= 0x30 && byte <= 0x39) || byte === 0x2e)) return false;
  return true;
}

export function createMemberTable(): MemberTable {
  const blocks: Buffer[] = [];
  /** PAX keys by number, and numbers by key. */
  const keys: string[] = [];
  const keyNumbers = new Map<string, number>();
  const keyNumber = (key: string): number | undefined => {
    const known = keyNumbers.get(key);
    if (known !== undefined || keys.length === MAX_KEYS) return known;
    keyNumbers.set(key, keys.length);
    return keys.push(key) - 1;
  };
  let current: Buffer | undefined;
  let used = 0;
  let bytes = 0;

  /** Room for at most `length` bytes; the caller gives back what it did not use. */
  const reserve = (length: number): { block: Buffer; index: number; offset: number } => {
    if (current === undefined || used + length > current.length) {
      current = Buffer.allocUnsafeSlow(Math.max(BLOCK_BYTES, length));
      blocks.push(current);
      bytes += current.length;
      used = 0;
    }
    return { block: current, index: blocks.length - 1, offset: used };
  };

  return {
    put(state, ordinal, attributes) {
      const numbers = [
        ordinal,
        attributes.mode,
        attributes.uid,
        attributes.gid,
        attributes.mtime,
        attributes.size,
        attributes.devmajor,
        attributes.devminor,
      ];
      // Byte strings (display-name.ts): one char is one byte, stored as latin1.
      const texts = [attributes.uname, attributes.gname, attributes.symlinkTarget];
      const pax = attributes.pax ?? [];
      let length = 2 + NUMBERS * NUMBER_BYTES + VARINT_BYTES;
      for (const text of texts) length += VARINT_BYTES + text.length;
      for (const [key, value] of pax) length += 2 * VARINT_BYTES + key.length + value.length;
      const { block, index, offset } = reserve(length);
      let at = offset;
      const varint = (value: number): void => {
        let rest = value;
        while (rest >= 0x80) {
          block[at++] = (rest % 0x80) | 0x80;
          rest = Math.floor(rest / 0x80);
        }
        block[at++] = rest;
      };
      block[at++] = state | (KINDS.indexOf(attributes.kind) << 3);
      let doubles = 0;
      numbers.forEach((value, i) => {
        if (!isVarint(value)) doubles |= 1 << i;
      });
      block[at++] = doubles;
      numbers.forEach((value, i) => {
        if ((doubles & (1 << i)) !== 0) at = block.writeDoubleLE(value, at);
        else varint(value);
      });
      for (const text of texts) {
        varint(text.length);
        at += block.write(text, at, text.length, 'latin1');
      }
      // 0: no PAX records at all, which is not the same as an empty list.
      varint(attributes.pax === undefined ? 0 : pax.length + 1);
      for (const [key, value] of pax) {
        // A key: its number * 2 + 1, or its length * 2 and its bytes.
        const number = keyNumber(key);
        if (number !== undefined) varint(number * 2 + 1);
        else {
          varint(key.length * 2);
          at += block.write(key, at, key.length, 'latin1');
        }
        // A value: its length * 2 + 1 and its chars two a byte (digits and dots), or its length * 2 and its bytes.
        if (isDecimal(value)) {
          varint(value.length * 2 + 1);
          for (let i = 0; i < value.length; i += 2) block[at++] = (nibbleOf(value[i]) << 4) | nibbleOf(value[i + 1]);
        } else {
          varint(value.length * 2);
          at += value.copy(block, at);
        }
      }
      used = at;
      // Blocks are 64 KiB, so the offset fits 16 bits; a member larger than a block has its own.
      return index * BLOCK_BYTES + offset;
    },
    get(handle) {
      const block = blocks[Math.floor(handle / BLOCK_BYTES)];
      if (block === undefined) throw new RangeError(`no member ${handle} in this table`);
      let at = handle % BLOCK_BYTES;
      const varint = (): number => {
        let value = 0;
        let scale = 1;
        for (;;) {
          const byte = block[at++] as number;
          value += (byte & 0x7f) * scale;
          if (byte < 0x80) return value;
          scale *= 0x80;
        }
      };
      const text = (): string => {
        const length = varint();
        const value = block.toString('latin1', at, at + length);
        at += length;
        return value;
      };
      const head = block[at++] as number;
      const state = (head & 7) as MemberState;
      const kind = KINDS[head >>> 3] as EntryKind;
      const doubles = block[at++] as number;
      const numbers: number[] = [];
      for (let i = 0; i < NUMBERS; i++) {
        if ((doubles & (1 << i)) === 0) numbers.push(varint());
        else {
          numbers.push(block.readDoubleLE(at));
          at += 8;
        }
      }
      const uname = text();
      const gname = text();
      const symlinkTarget = text();
      const count = varint();
      let pax: [string, Buffer][] | undefined;
      if (count !== 0) {
        pax = [];
        for (let i = 1; i < count; i++) {
          const keyTag = varint();
          let key: string;
          if (keyTag % 2 === 1) key = keys[(keyTag - 1) / 2] as string;
          else {
            key = block.toString('latin1', at, at + keyTag / 2);
            at += keyTag / 2;
          }
          const valueTag = varint();
          const length = Math.floor(valueTag / 2);
          if (valueTag % 2 === 1) {
            const value = Buffer.allocUnsafe(length);
            for (let i = 0; i < length; i++) {
              const nibble = i % 2 === 0 ? (block[at + i / 2] as number) >>> 4 : (block[at + (i - 1) / 2] as number) & 15;
              value[i] = nibble === DOT ? 0x2e : 0x30 + nibble;
            }
            at += Math.ceil(length / 2);
            pax.push([key, value]);
          } else {
            pax.push([key, Buffer.from(block.subarray(at, at + length))]);
            at += length;
          }
        }
      }
      const [ordinal, mode, uid, gid, mtime, size, devmajor, devminor] = numbers as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      return { state, ordinal, attributes: { kind, mode, uid, gid, uname, gname, mtime, size, devmajor, devminor, pax, symlinkTarget } };
    },
    get bytes() {
      return bytes;
    },
  };
}
