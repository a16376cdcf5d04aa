import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { gunzipSync, zstdDecompressSync } from 'node:zlib';
import { createCompressor } from '../../../src/compress/compressor.ts';
import { compress, compressibleData, decompressWith, randomData } from './helpers.ts';

const sample = Buffer.concat([compressibleData(700_000, 21), randomData(100_000), compressibleData(3)]);

describe('createCompressor gives one Transform per layer format', () => {
  it('gzip: parallel gzip that every gunzip reads', async () => {
    const out = await compress(createCompressor({ format: 'gzip' }), sample);
    assert.ok(gunzipSync(out).equals(sample));
    assert.ok(decompressWith('gzip', out).equals(sample));
    assert.ok(out.length < sample.length);
  });

  it('gzip: the level is passed through (level 1 is larger than level 9)', async () => {
    const fast = await compress(createCompressor({ format: 'gzip', level: 1 }), sample);
    const best = await compress(createCompressor({ format: 'gzip', level: 9 }), sample);
    assert.ok(fast.length > best.length, `${fast.length} vs ${best.length}`);
  });

  it('zstd: a checksummed frame that node zlib and the zstd tool read', async () => {
    const out = await compress(createCompressor({ format: 'zstd' }), sample);
    assert.ok(zstdDecompressSync(out).equals(sample));
    assert.ok(decompressWith('zstd', out).equals(sample));
    // Frame header descriptor, bit 2: content checksum present.
    assert.equal(out.readUInt32LE(0), 0xfd2fb528);
    assert.equal(out[4]! & 0x04, 0x04);
  });

  it('zstd: same input and level, same bytes', async () => {
    const a = await compress(createCompressor({ format: 'zstd', level: 5 }), sample, 1000);
    const b = await compress(createCompressor({ format: 'zstd', level: 5 }), sample, 100_000);
    assert.ok(a.equals(b));
  });

  it('none: the bytes pass through unchanged', async () => {
    const out = await compress(createCompressor({ format: 'none' }), sample);
    assert.ok(out.equals(sample));
  });

  it('rejects levels outside each format range', () => {
    assert.throws(() => createCompressor({ format: 'gzip', level: 12 }), /gzip level must be 1-9/);
    assert.throws(() => createCompressor({ format: 'zstd', level: 0 }), /zstd level must be 1-22/);
    assert.throws(() => createCompressor({ format: 'zstd', level: 23 }), /zstd level must be 1-22/);
  });
});

describe('compressor errors reach the pipeline', () => {
  it('zstd: an upstream failure fails the pipeline with that error', async () => {
    let sent = 0;
    const source = new Readable({
      read() {
        if (sent++ < 5) this.push(compressibleData(200_000, sent));
        else this.destroy(new Error('merge failed'));
      },
    });
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    await assert.rejects(pipeline(source, createCompressor({ format: 'zstd' }), sink), /merge failed/);
  });
});
