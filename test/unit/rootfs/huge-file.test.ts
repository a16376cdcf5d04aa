/**
 * A file over 8 GiB passes through the merge (design rule 5: "Write PAX where USTAR cannot hold a
 * value"). The 11 octal digits of a ustar size stop at 8 GiB - 1, so a size of 8 GiB + 1 only
 * survives as a PAX `size` record (or a base-256 size field). The layer is generated lazily: one
 * header, the same zero-filled 1 MiB buffer yielded again and again, a last marker byte, padding.
 * Nothing of that size is ever held in memory or on disk; the output is checked as it streams by
 * a minimal tar parser written here, independent of src/rootfs.
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { mergeLayers } from '../../../src/rootfs/index.ts';
import { buildTarSync, encodeMember } from '../../helpers/tar-builder.ts';

const MiB = 1024 * 1024;
const HUGE = 8 * 1024 ** 3 + 1;
const ZEROS = Buffer.alloc(MiB);
const LAST_BYTE = 0x5a; // 'Z': the last data byte, so a shifted body shows up
const AFTER = 'the entry after the huge file is intact\n';

/** The older layer: `data/`, `data/huge` (8 GiB + 1 bytes), `data/after`. Never materialised. */
async function* olderLayer(): AsyncGenerator<Buffer> {
  yield buildTarSync([{ type: 'dir', path: 'data/' }], { end: false });
  for (const header of encodeMember({ name: 'data/huge', typeflag: '0', mode: 0o640, uid: 7, gid: 8, mtime: 1_700_000_000, size: HUGE })) {
    yield header;
  }
  let left = HUGE - 1;
  while (left > 0) {
    const piece = Math.min(left, MiB);
    yield piece === MiB ? ZEROS : ZEROS.subarray(0, piece);
    left -= piece;
  }
  const tail = Buffer.alloc(1 + ((512 - (HUGE % 512)) % 512)); // the last byte, then padding to the block
  tail[0] = LAST_BYTE;
  yield tail;
  yield buildTarSync([{ type: 'file', path: 'data/after', content: AFTER }]);
}

interface SeenMember {
  name: string;
  typeflag: string;
  /** What the ustar size field says (octal, or base-256). */
  ustarSize: number;
  /** The PAX `size` record, if any. */
  paxSize: number | undefined;
  size: number;
  /** Body bytes counted as they went by. */
  bodyBytes: number;
  /** True when every body byte but the last was zero (only tracked for the huge file). */
  zeros: boolean;
  lastByte: number | undefined;
  /** First bytes of the body (small files only). */
  head: string;
}

const octalOrBase256 = (field: Buffer): number => {
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let value = (field[0] ?? 0) & 0x7f;
    for (let i = 1; i < field.length; i++) value = value * 256 + (field[i] ?? 0);
    return value;
  }
  const text = field.toString('latin1').replace(/\0.*$/s, '').trim();
  return text === '' ? 0 : Number.parseInt(text, 8);
};

const cString = (field: Buffer): string => field.toString('utf8').replace(/\0.*$/s, '');

/**
 * A minimal streaming ustar + PAX parser: headers are assembled from the chunks, bodies are only
 * counted (and checked for zeros), so an 8 GiB member costs no memory.
 */
async function parseStream(stream: AsyncIterable<Buffer>): Promise<{ members: SeenMember[]; total: number; endBlocks: number }> {
  const members: SeenMember[] = [];
  let total = 0;
  let pending = Buffer.alloc(0); // header bytes being assembled
  let bodyLeft = 0;
  let padLeft = 0;
  let current: SeenMember | undefined;
  let paxBody: Buffer[] | undefined; // collecting a PAX header's records
  let pax = new Map<string, string>();
  let endBlocks = 0;

  const startMember = (block: Buffer): void => {
    if (block.every((b) => b === 0)) {
      endBlocks += 1;
      return;
    }
    assert.equal(endBlocks, 0, 'a member after an end-of-archive block');
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    assert.equal(sum, octalOrBase256(block.subarray(148, 156)), 'header checksum');
    const typeflag = String.fromCharCode(block[156] ?? 0);
    const ustarSize = octalOrBase256(block.subarray(124, 136));
    const prefix = cString(block.subarray(345, 500));
    const ustarName = cString(block.subarray(0, 100));
    if (typeflag === 'x') {
      paxBody = [];
      bodyLeft = ustarSize;
      padLeft = (512 - (ustarSize % 512)) % 512;
      return;
    }
    const paxSizeText = pax.get('size');
    const paxSize = paxSizeText === undefined ? undefined : Number(paxSizeText);
    const size = paxSize ?? ustarSize;
    current = {
      name: pax.get('path') ?? (prefix === '' ? ustarName : `${prefix}/${ustarName}`),
      typeflag,
      ustarSize,
      paxSize,
      size,
      bodyBytes: 0,
      zeros: true,
      lastByte: undefined,
      head: '',
    };
    members.push(current);
    pax = new Map();
    bodyLeft = typeflag === '0' || typeflag === '\0' ? size : 0;
    padLeft = (512 - (bodyLeft % 512)) % 512;
  };

  const finishPax = (): void => {
    const body = Buffer.concat(paxBody ?? []);
    paxBody = undefined;
    let at = 0;
    while (at < body.length) {
      const space = body.indexOf(0x20, at);
      const length = Number(body.subarray(at, space).toString('latin1'));
      const record = body.subarray(space + 1, at + length - 1).toString('utf8');
      const equals = record.indexOf('=');
      pax.set(record.slice(0, equals), record.slice(equals + 1));
      at += length;
    }
  };

  for await (const chunk of stream) {
    total += chunk.length;
    let at = 0;
    while (at < chunk.length) {
      if (bodyLeft > 0) {
        const take = Math.min(bodyLeft, chunk.length - at);
        const piece = chunk.subarray(at, at + take);
        if (paxBody !== undefined) paxBody.push(Buffer.from(piece));
        else if (current !== undefined) {
          const isLast = take === bodyLeft;
          const checked = isLast ? piece.subarray(0, piece.length - 1) : piece;
          for (let i = 0; current.zeros && i < checked.length; i += MiB) {
            const window = checked.subarray(i, i + MiB);
            if (!window.equals(ZEROS.subarray(0, window.length))) current.zeros = false;
          }
          if (current.head.length < 64) current.head += piece.subarray(0, 64).toString('utf8');
          if (isLast) current.lastByte = piece[piece.length - 1];
          current.bodyBytes += take;
        }
        bodyLeft -= take;
        at += take;
        if (bodyLeft === 0 && paxBody !== undefined && padLeft === 0) finishPax();
        continue;
      }
      if (padLeft > 0) {
        const take = Math.min(padLeft, chunk.length - at);
        assert.ok(
          chunk.subarray(at, at + take).every((b) => b === 0),
          'padding is zeros',
        );
        padLeft -= take;
        at += take;
        if (padLeft === 0 && paxBody !== undefined) finishPax();
        continue;
      }
      const take = Math.min(512 - pending.length, chunk.length - at);
      pending = Buffer.concat([pending, chunk.subarray(at, at + take)]);
      at += take;
      if (pending.length === 512) {
        const block = pending;
        pending = Buffer.alloc(0);
        startMember(block);
        if (paxBody !== undefined && bodyLeft === 0) finishPax();
      }
    }
  }
  assert.equal(pending.length, 0, 'the archive ends on a block boundary');
  assert.equal(bodyLeft + padLeft, 0, 'the archive does not end inside a member');
  return { members, total, endBlocks };
}

describe('rule 5: sizes over 8 GiB pass through the merge as PAX size records', () => {
  it('a file of 8 GiB + 1 byte in an older layer comes out whole, with the entry after it intact', { timeout: 120_000 }, async () => {
    const started = performance.now();
    const newer = buildTarSync([{ type: 'file', path: 'top.txt', content: 'newer layer\n' }]);
    let olderBytes = 0;
    const { stream, stats } = mergeLayers([
      {
        id: 'sha256:older',
        open: () =>
          Readable.from(
            (async function* () {
              for await (const chunk of olderLayer()) {
                olderBytes += chunk.length;
                yield chunk;
              }
            })(),
          ),
      },
      { id: 'sha256:newer', open: () => Readable.from([newer]) },
    ]);
    const { members, total, endBlocks } = await parseStream(stream);
    const merged = await stats;
    const seconds = (performance.now() - started) / 1000;
    console.log(`# huge-file: ${(total / 1024 ** 3).toFixed(2)} GiB through the merge in ${seconds.toFixed(1)} s`);

    assert.ok(olderBytes > HUGE, 'the whole older layer was streamed');
    assert.deepEqual(
      members.map((m) => `${m.typeflag} ${m.name.replace(/\/$/, '')}`),
      ['0 top.txt', '5 data', '0 data/huge', '0 data/after'],
    );
    const huge = members.find((m) => m.name === 'data/huge');
    assert.ok(huge !== undefined);
    assert.equal(huge.size, HUGE, 'the size read back is 8 GiB + 1');
    // 11 octal digits cannot hold it: either a PAX size record or a base-256 size field.
    assert.ok(huge.paxSize === HUGE || huge.ustarSize === HUGE, `size recorded as PAX ${huge.paxSize} / ustar ${huge.ustarSize}`);
    assert.equal(huge.bodyBytes, HUGE, 'every data byte was written');
    assert.ok(huge.zeros, 'the body is the zeros it was given');
    assert.equal(huge.lastByte, LAST_BYTE, 'the last data byte is where it belongs');
    const after = members.find((m) => m.name === 'data/after');
    assert.equal(after?.size, Buffer.byteLength(AFTER));
    assert.equal(after?.head, AFTER);
    assert.ok(endBlocks >= 2, 'the archive ends with two zero blocks');
    assert.equal(merged.bytesOut, total, 'stats count every output byte');
  });
});
