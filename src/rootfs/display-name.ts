/**
 * Member names inside the merge are byte strings: each char code is one byte of the name as the
 * tar stored it (decoded as latin1), so names that are not UTF-8 survive byte for byte
 * (docs/containerd-parity.md). This turns such a name into text for a message: quoted, valid
 * UTF-8 shown as text, and every other byte, control characters included, escaped as \xNN so a
 * name can never forge a line of output. Pure.
 */

/** The bytes of a byte string. */
function bytesOf(name: string): Buffer {
  return Buffer.from(name, 'latin1');
}

/** A byte string holding the UTF-8 encoding of ordinary text (for names that come from code or users). */
export function byteStringOf(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** The name, quoted, for a message. */
export function displayName(name: string): string {
  const bytes = bytesOf(name);
  let out = '"';
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    const length = utf8Length(bytes, i);
    if (length > 1) {
      out += bytes.toString('utf8', i, i + length);
      i += length;
      continue;
    }
    if (byte >= 0x20 && byte < 0x7f && byte !== 0x22 && byte !== 0x5c) out += String.fromCharCode(byte);
    else if (byte === 0x22) out += '\\"';
    else if (byte === 0x5c) out += '\\\\';
    else out += `\\x${byte.toString(16).padStart(2, '0')}`;
    i++;
  }
  return `${out}"`;
}

/** Length of the well-formed, printable UTF-8 multi-byte sequence at i, or 1. */
function utf8Length(bytes: Buffer, i: number): number {
  const first = bytes[i] as number;
  let length: number;
  let min: number;
  if (first >= 0xc2 && first <= 0xdf) [length, min] = [2, 0x80];
  else if (first >= 0xe0 && first <= 0xef) [length, min] = [3, 0x800];
  else if (first >= 0xf0 && first <= 0xf4) [length, min] = [4, 0x10000];
  else return 1;
  if (i + length > bytes.length) return 1;
  let code = first & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const next = bytes[i + k] as number;
    if ((next & 0xc0) !== 0x80) return 1;
    code = (code << 6) | (next & 0x3f);
  }
  if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return 1;
  // C1 controls, line and paragraph separators, bidi overrides: escaped like ASCII controls.
  if (code < 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
    return 1;
  return length;
}
