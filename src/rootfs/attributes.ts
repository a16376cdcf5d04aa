/**
 * The attributes of one tar member that the merge carries to the output (docs/design.md rule 5), kept
 * apart from its name so one inode's attributes can be written under several names. Pure.
 */
import type { TarHeader } from './tar-reader.ts';
import type { OutputHeader } from './tar-writer.ts';

/** Attributes of one inode, as its first written name carries them and its links repeat them. */
export type Attributes = Omit<OutputHeader, 'path' | 'linkname'> & { symlinkTarget: string };

export function attributesOf(header: TarHeader): Attributes {
  return {
    kind: header.kind,
    mode: header.mode,
    uid: header.uid,
    gid: header.gid,
    uname: header.uname,
    gname: header.gname,
    mtime: header.mtime,
    size: header.size,
    devmajor: header.devmajor,
    devminor: header.devminor,
    pax: header.pax,
    symlinkTarget: header.kind === 'symlink' ? header.linkname : '',
  };
}

export function toOutput(header: TarHeader, path: string, linkname: string): OutputHeader {
  return { ...attributesOf(header), path, linkname, size: header.kind === 'file' ? header.size : 0 };
}

/** True when writing `b` instead of `a` would produce the same member bytes (names aside). */
export function sameAttributes(a: OutputHeader, b: OutputHeader): boolean {
  if (
    a.kind !== b.kind ||
    a.mode !== b.mode ||
    a.uid !== b.uid ||
    a.gid !== b.gid ||
    a.uname !== b.uname ||
    a.gname !== b.gname ||
    a.mtime !== b.mtime ||
    a.size !== b.size ||
    a.linkname !== b.linkname ||
    a.devmajor !== b.devmajor ||
    a.devminor !== b.devminor
  ) {
    return false;
  }
  const left = a.pax ?? [];
  const right = b.pax ?? [];
  return (
    left.length === right.length && left.every(([key, value], i) => key === right[i]?.[0] && value.equals(right[i]?.[1] ?? Buffer.alloc(0)))
  );
}
