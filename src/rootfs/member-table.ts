/**
 * What the merge remembers about each member of the layer it is reading, packed into large byte
 * blocks rather than one object graph per member. A hard link later in the layer, or a second copy
 * of a path (rule 7), needs the attributes of a member already passed, so every member is kept
 * until the layer ends. As objects that cost ~1 KiB a member once PAX records came along (Docker
 * and Go write mtime/atime/ctime records for every entry: three Buffers, four arrays and a
 * pinned ArrayBuffer each); a 15,000-member layer held ~17 MB of heap until its end. Packed, a
 * member is ~200 bytes of one shared block and a small integer in the layer's map. Pure.
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

export function createMemberTable(): MemberTable {
  const blocks: Buffer[] = [];
  let current: Buffer | undefined;
  let used = 0;
  let bytes = 0;

  const reserve = (length: number): { block: Buffer; index: number; offset: number } => {
    if (current === undefined || used + length > current.length) {
      current = Buffer.allocUnsafeSlow(Math.max(BLOCK_BYTES, length));
      blocks.push(current);
      bytes += current.length;
      used = 0;
    }
    const offset = used;
    used += length;
    return { block: current, index: blocks.length - 1, offset };
  };

  return {
    put(state, ordinal, attributes) {
      // Byte strings (display-name.ts): one char is one byte, stored as latin1.
      const uname = attributes.uname.length;
      const gname = attributes.gname.length;
      const target = attributes.symlinkTarget.length;
      const pax = attributes.pax ?? [];
      let length = 4 + 8 * NUMBERS + 4 * 3 + uname + gname + target + 4;
      for (const [key, value] of pax) length += 8 + key.length + value.length;
      const { block, index, offset } = reserve(length);
      let at = offset;
      block[at++] = state;
      block[at++] = KINDS.indexOf(attributes.kind);
      at += 2;
      for (const value of [
        ordinal,
        attributes.mode,
        attributes.uid,
        attributes.gid,
        attributes.mtime,
        attributes.size,
        attributes.devmajor,
        attributes.devminor,
      ]) {
        at = block.writeDoubleLE(value, at);
      }
      const text = (value: string, byteLength: number): void => {
        at = block.writeUInt32LE(byteLength, at);
        at += block.write(value, at, byteLength, 'latin1');
      };
      text(attributes.uname, uname);
      text(attributes.gname, gname);
      text(attributes.symlinkTarget, target);
      at = block.writeUInt32LE(attributes.pax === undefined ? 0xffffffff : pax.length, at);
      for (const [key, value] of pax) {
        text(key, key.length);
        at = block.writeUInt32LE(value.length, at);
        at += value.copy(block, at);
      }
      // Blocks are 64 KiB, so the offset fits 16 bits; a member larger than a block has its own.
      return index * BLOCK_BYTES + offset;
    },
    get(handle) {
      const block = blocks[Math.floor(handle / BLOCK_BYTES)];
      if (block === undefined) throw new RangeError(`no member ${handle} in this table`);
      let at = handle % BLOCK_BYTES;
      const state = block[at] as MemberState;
      const kind = KINDS[block[at + 1] as number] as EntryKind;
      at += 4;
      const numbers: number[] = [];
      for (let i = 0; i < NUMBERS; i++, at += 8) numbers.push(block.readDoubleLE(at));
      const text = (): string => {
        const length = block.readUInt32LE(at);
        at += 4;
        const value = block.toString('latin1', at, at + length);
        at += length;
        return value;
      };
      const uname = text();
      const gname = text();
      const symlinkTarget = text();
      const count = block.readUInt32LE(at);
      at += 4;
      let pax: [string, Buffer][] | undefined;
      if (count !== 0xffffffff) {
        pax = [];
        for (let i = 0; i < count; i++) {
          const key = text();
          const length = block.readUInt32LE(at);
          at += 4;
          pax.push([key, Buffer.from(block.subarray(at, at + length))]);
          at += length;
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
