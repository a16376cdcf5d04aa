/**
 * Names kept as bytes in fixed pages, each behind one 32-bit reference: the names of the path
 * tree (path-tree.ts). A name is a varint header (its byte length, shifted, and whether its chars
 * take two bytes) then its chars: one byte each for byte strings (display-name.ts), two for a
 * name with a char above 0xff. Pages are never copied as the arena grows, so memory is the names
 * plus the unused end of the last page. Pure.
 */

export interface NameArena {
  /** Stores the chars path[start, end); returns the name's reference. */
  add(path: string, start: number, end: number): number;
  /** True when the name behind ref is path[start, end). */
  equals(ref: number, path: string, start: number, end: number): boolean;
  /** Folds the name's char codes, first to last, into acc. */
  fold(ref: number, acc: number, step: (acc: number, code: number) => number): number;
  text(ref: number): string;
  /** Bytes of pages allocated. */
  readonly bytes: number;
}

const OFFSET_BITS = 18;
/** A page; a name larger than a page gets a page of its own. */
const PAGE_BYTES = 1 << OFFSET_BITS;
/** References are page << OFFSET_BITS | offset, below 2^32: 16,384 pages, 4 GiB of names. */
const MAX_PAGES = 2 ** (32 - OFFSET_BITS);
const WIDE = 1;

export function createNameArena(): NameArena {
  const pages: Uint8Array[] = [];
  let page: Uint8Array = new Uint8Array(0);
  let used = 0;
  let bytes = 0;

  // Where locate() found the last name: its page, the offset of its chars, and its header
  // (length << 1 | WIDE). Closure variables rather than a returned object: equals() is hot.
  let data: Uint8Array = page;
  let at = 0;
  let header = 0;
  const locate = (ref: number): void => {
    const found = pages[ref >>> OFFSET_BITS];
    if (found === undefined) throw new RangeError(`no name ${ref} in this arena`);
    data = found;
    at = ref & (PAGE_BYTES - 1);
    header = 0;
    for (let scale = 1; ; scale *= 0x80) {
      const byte = data[at++] as number;
      header += (byte & 0x7f) * scale;
      if (byte < 0x80) return;
    }
  };

  return {
    add(path, start, end) {
      let wide = false;
      for (let i = start; i < end && !wide; i++) wide = path.charCodeAt(i) > 0xff;
      const length = (end - start) * (wide ? 2 : 1);
      const stored = length * 2 + (wide ? WIDE : 0);
      const size = length + 5;
      if (used + size > page.length) {
        if (pages.length === MAX_PAGES) throw new RangeError('more than 4 GiB of path names');
        page = new Uint8Array(Math.max(PAGE_BYTES, size));
        pages.push(page);
        bytes += page.length;
        used = 0;
      }
      const ref = (pages.length - 1) * PAGE_BYTES + used;
      let next = used;
      for (let rest = stored; ; rest = Math.floor(rest / 0x80)) {
        if (rest < 0x80) {
          page[next++] = rest;
          break;
        }
        page[next++] = (rest % 0x80) | 0x80;
      }
      for (let i = start; i < end; i++) {
        const code = path.charCodeAt(i);
        page[next++] = code & 0xff;
        if (wide) page[next++] = code >>> 8;
      }
      used = next;
      return ref;
    },
    equals(ref, path, start, end) {
      locate(ref);
      const count = end - start;
      if ((header & WIDE) === 0) {
        if (header >>> 1 !== count) return false;
        for (let i = 0; i < count; i++) if (data[at + i] !== path.charCodeAt(start + i)) return false;
        return true;
      }
      if (header >>> 1 !== count * 2) return false;
      for (let i = 0; i < count; i++) {
        if (((data[at + 2 * i] as number) | ((data[at + 2 * i + 1] as number) << 8)) !== path.charCodeAt(start + i)) return false;
      }
      return true;
    },
    fold(ref, acc, step) {
      locate(ref);
      const length = header >>> 1;
      let value = acc;
      if ((header & WIDE) === 0) for (let i = 0; i < length; i++) value = step(value, data[at + i] as number);
      else for (let i = 0; i < length; i += 2) value = step(value, (data[at + i] as number) | ((data[at + i + 1] as number) << 8));
      return value;
    },
    text(ref) {
      locate(ref);
      const chars = Buffer.from(data.buffer, data.byteOffset + at, header >>> 1);
      return (header & WIDE) === 0 ? chars.toString('latin1') : chars.toString('utf16le');
    },
    get bytes() {
      return bytes;
    },
  };
}
