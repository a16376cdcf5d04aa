import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { crc32, gunzipSync } from 'node:zlib';
import { createDeflatePool, type DeflatePool } from '../../../src/compress/deflate-pool.ts';
import { createParallelGzip, gzipHeader, gzipTrailer } from '../../../src/compress/parallel-gzip.ts';
import { compress, compressibleData, decompressWith, randomData } from './helpers.ts';

const BLOCK = 32 * 1024;

describe('parallel gzip output is one gzip member every gunzip reads', () => {
  const cases: Array<[string, Buffer]> = [
    ['empty input', Buffer.alloc(0)],
    ['one byte', Buffer.from('x')],
    ['exactly one block', compressibleData(BLOCK)],
    ['an exact multiple of the block size', compressibleData(5 * BLOCK, 7)],
    ['one byte more than a block multiple', compressibleData(3 * BLOCK + 1, 9)],
    ['random (incompressible) data', randomData(10 * BLOCK + 123)],
    ['mixed random and repetitive data', Buffer.concat([randomData(70_000), compressibleData(300_000), randomData(5)])],
  ];
  for (const [name, data] of cases) {
    it(`round-trips ${name} through node gunzip, gzip -dc and pigz -dc`, async () => {
      const gz = await compress(createParallelGzip({ blockSize: BLOCK, workers: 2 }), data, 10_000);
      assert.ok(gunzipSync(gz).equals(data), 'node gunzip');
      assert.ok(decompressWith('gzip', gz).equals(data), 'gzip -dc');
      assert.ok(decompressWith('pigz', gz).equals(data), 'pigz -dc');
    });
  }

  it('round-trips with the default level and block size', async () => {
    const data = Buffer.concat([compressibleData(1_000_000, 3), randomData(200_000)]);
    const gz = await compress(createParallelGzip(), data);
    assert.ok(decompressWith('gzip', gz).equals(data));
    assert.ok(gz.length < data.length, 'compressible data shrinks');
  });

  it('primes each block with the previous 32 KiB: data repeated across blocks compresses to almost nothing', async () => {
    const piece = randomData(BLOCK / 2);
    const data = Buffer.concat(Array.from({ length: 16 }, () => piece));
    const gz = await compress(createParallelGzip({ blockSize: BLOCK, workers: 2 }), data);
    // Without the dictionary every block would cost a whole piece (16 KiB); with it only the first does.
    assert.ok(gz.length < 2 * piece.length, `output ${gz.length} bytes`);
    assert.ok(gunzipSync(gz).equals(data));
  });

  it('uses the header of a plain gzip member: no name, MTIME 0, OS unknown', async () => {
    const gz = await compress(createParallelGzip({ level: 9 }), Buffer.from('abc'));
    assert.deepEqual([...gz.subarray(0, 10)], [...gzipHeader(9)]);
    assert.deepEqual([...gzipHeader(9)], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff]);
    assert.equal(gzipHeader(1)[8], 4);
    assert.equal(gzipHeader(6)[8], 0);
  });
});

describe('parallel gzip trailer: CRC-32 and ISIZE modulo 2^32', () => {
  it('writes the CRC-32 of the whole input and its length', async () => {
    const data = compressibleData(200_000, 5);
    const gz = await compress(createParallelGzip({ blockSize: BLOCK }), data);
    assert.equal(gz.readUInt32LE(gz.length - 8), crc32(data));
    assert.equal(gz.readUInt32LE(gz.length - 4), data.length);
  });

  it('wraps ISIZE for inputs of 4 GiB and more', () => {
    assert.equal(gzipTrailer(0, 2 ** 32).readUInt32LE(4), 0);
    assert.equal(gzipTrailer(0, 2 ** 32 + 5).readUInt32LE(4), 5);
    assert.equal(gzipTrailer(0, 3 * 2 ** 32 - 1).readUInt32LE(4), 2 ** 32 - 1);
    assert.equal(gzipTrailer(0, 0).readUInt32LE(4), 0);
  });

  it('stores the CRC as an unsigned little-endian word', () => {
    assert.deepEqual([...gzipTrailer(0xdeadbeef, 1).subarray(0, 4)], [0xef, 0xbe, 0xad, 0xde]);
    assert.equal(gzipTrailer(-1, 1).readUInt32LE(0), 0xffffffff);
  });

  it('refuses sizes that are not non-negative safe integers', () => {
    assert.throws(() => gzipTrailer(0, -1), RangeError);
    assert.throws(() => gzipTrailer(0, 2 ** 53), RangeError);
  });
});

describe('parallel gzip is deterministic: bytes depend on input, level and block size only', () => {
  it('gives the same bytes for 1, 2 and 3 workers and any input chunking', async () => {
    const data = Buffer.concat([compressibleData(400_000, 11), randomData(50_000), compressibleData(90_001, 12)]);
    const outputs = [
      await compress(createParallelGzip({ blockSize: BLOCK, workers: 1 }), data, 1000),
      await compress(createParallelGzip({ blockSize: BLOCK, workers: 2 }), data, 65_536),
      await compress(createParallelGzip({ blockSize: BLOCK, workers: 3, maxInFlight: 9 }), data, 333_333),
    ];
    assert.ok(outputs[0]!.equals(outputs[1]!));
    assert.ok(outputs[0]!.equals(outputs[2]!));
  });

  it('gives the same bytes when a one-block input is deflated on the main thread instead of a worker', async () => {
    const pool = createDeflatePool({ workers: 1 });
    try {
      for (const data of [Buffer.alloc(0), Buffer.from('y'), compressibleData(BLOCK - 1, 17), randomData(BLOCK - 3)]) {
        const inline = await compress(createParallelGzip({ blockSize: BLOCK }), data);
        const onWorker = await compress(createParallelGzip({ blockSize: BLOCK, pool }), data);
        assert.ok(inline.equals(onWorker), `${data.length} bytes`);
        assert.ok(gunzipSync(inline).equals(data));
      }
    } finally {
      await pool.close();
    }
  });

  it('gives a job of several blocks the bytes of one job per block, the final job ending on a short or empty block', async () => {
    const pool = createDeflatePool({ workers: 1 });
    const copy = (view: Uint8Array): Uint8Array => new Uint8Array(view);
    const oneJobPerBlock = async (data: Buffer, first: Uint8Array, final: boolean): Promise<Buffer> => {
      const out: Uint8Array[] = [];
      for (let start = 0; ; start += BLOCK) {
        const rest = data.length - start;
        const last = final ? rest < BLOCK : rest <= BLOCK;
        const dictionary = start === 0 ? first : data.subarray(start - 32 * 1024, start);
        out.push(
          await pool.deflate({
            input: copy(data.subarray(start, start + Math.min(rest, BLOCK))),
            dictionary: copy(dictionary),
            level: 6,
            final: final && last,
          }),
        );
        if (last) return Buffer.concat(out);
      }
    };
    try {
      const data = Buffer.concat([compressibleData(3 * BLOCK, 21), randomData(BLOCK)]);
      const before = compressibleData(BLOCK, 22);
      const cases: Array<[string, Buffer, Uint8Array, boolean]> = [
        ['whole blocks, not final', data, new Uint8Array(0), false],
        ['whole blocks after a dictionary, not final', data, before, false],
        ['whole blocks, final (an empty final block follows)', data, before, true],
        ['a short final block', data.subarray(0, 2 * BLOCK + 777), before, true],
        ['an empty final job', Buffer.alloc(0), before, true],
      ];
      for (const [name, input, dictionary, final] of cases) {
        const expected = await oneJobPerBlock(input, dictionary, final);
        const got = await pool.deflate({ input: copy(input), dictionary: copy(dictionary), level: 6, final, blockSize: BLOCK });
        assert.ok(Buffer.from(got).equals(expected), name);
      }
    } finally {
      await pool.close();
    }
  });

  it('changes the bytes when the level or block size changes (they are part of the digest)', async () => {
    const data = compressibleData(300_000, 13);
    const a = await compress(createParallelGzip({ blockSize: BLOCK, level: 6 }), data);
    const b = await compress(createParallelGzip({ blockSize: BLOCK, level: 1 }), data);
    const c = await compress(createParallelGzip({ blockSize: 2 * BLOCK, level: 6 }), data);
    assert.ok(!a.equals(b));
    assert.ok(!a.equals(c));
  });

  it('rejects levels and block sizes it cannot honour', () => {
    assert.throws(() => createParallelGzip({ level: 0 }), /level must be 1-9/);
    assert.throws(() => createParallelGzip({ level: 10 }), /level must be 1-9/);
    assert.throws(() => createParallelGzip({ blockSize: 1000 }), /block size/);
    assert.throws(() => createDeflatePool({ workers: 0 }), /positive integer/);
  });
});

describe('parallel gzip memory is bounded: a slow consumer stops the input', () => {
  it('pulls a bounded amount of input while nobody reads the output, and finishes once read', async () => {
    const total = 16 * 1024 * 1024;
    let pulled = 0;
    const source = new Readable({
      read() {
        if (pulled >= total) {
          this.push(null);
          return;
        }
        // Fresh random bytes: output as large as input, so the reader's side really fills up.
        const piece = randomData(16 * 1024);
        pulled += piece.length;
        this.push(piece);
      },
    });
    const gzip = createParallelGzip({ blockSize: BLOCK, workers: 2, maxInFlight: 2 });
    source.pipe(gzip);
    await sleep(300);
    // In flight + the block being filled + stream buffers (16 KiB each side) — far below 16 MiB.
    assert.ok(pulled < 1024 * 1024, `pulled ${pulled} bytes with no reader`);
    let outBytes = 0;
    for await (const chunk of gzip) outBytes += (chunk as Buffer).length;
    assert.equal(pulled, total);
    assert.ok(outBytes > total, 'random data does not shrink');
  });
});

describe('parallel gzip errors destroy the stream', () => {
  it('fails with the upstream error when its input fails', async () => {
    let sent = 0;
    const source = new Readable({
      read() {
        if (sent++ < 20) this.push(compressibleData(20_000, sent));
        else this.destroy(new Error('layer fetch failed'));
      },
    });
    const sink = async (stream: AsyncIterable<Buffer>): Promise<void> => {
      for await (const _ of stream);
    };
    await assert.rejects(pipeline(source, createParallelGzip({ blockSize: BLOCK }), sink), /layer fetch failed/);
  });

  it('fails when a deflate job fails', async () => {
    const real = createDeflatePool({ workers: 1 });
    let jobs = 0;
    const pool: DeflatePool = {
      size: 1,
      deflate: (job) => (++jobs === 3 ? Promise.reject(new Error('injected deflate failure')) : real.deflate(job)),
      close: () => real.close(),
    };
    try {
      await assert.rejects(
        compress(createParallelGzip({ blockSize: BLOCK, pool }), compressibleData(10 * BLOCK)),
        /injected deflate failure/,
      );
    } finally {
      await pool.close();
    }
  });

  it('fails when a worker throws while compressing', async () => {
    const workerSource = `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', () => { throw new Error('worker blew up'); });`;
    const pool = createDeflatePool({ workers: 2, workerSource });
    try {
      await assert.rejects(
        compress(createParallelGzip({ blockSize: BLOCK, pool }), compressibleData(5 * BLOCK)),
        /deflate worker crashed: worker blew up/,
      );
    } finally {
      await pool.close();
    }
  });

  it('fails when a worker exits while holding a job', async () => {
    const workerSource = `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', () => process.exit(7));`;
    const pool = createDeflatePool({ workers: 1, workerSource });
    try {
      await assert.rejects(compress(createParallelGzip({ blockSize: BLOCK, pool }), compressibleData(5 * BLOCK)), /exited with code 7/);
    } finally {
      await pool.close();
    }
  });

  it('reports a worker-side zlib error for the job', async () => {
    const pool = createDeflatePool({ workers: 1 });
    try {
      await assert.rejects(
        pool.deflate({ input: new Uint8Array(10), dictionary: new Uint8Array(0), level: 42, final: true }),
        /deflate worker failed/,
      );
    } finally {
      await pool.close();
    }
  });
});

describe('parallel gzip never keeps the process alive', () => {
  const runChild = (script: string): Promise<{ code: number | null; ms: number }> =>
    new Promise((resolve, reject) => {
      const started = Date.now();
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'inherit'] });
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error('child process did not exit within 20 s'));
      }, 20_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, ms: Date.now() - started });
      });
    });
  const moduleUrl = new URL('../../../src/compress/parallel-gzip.ts', import.meta.url).href;

  it('lets the process exit after a finished stream, and completes the stream before that', async () => {
    const { code } = await runChild(`
      import { createParallelGzip } from ${JSON.stringify(moduleUrl)};
      import { gunzipSync } from 'node:zlib';
      const gz = createParallelGzip({ blockSize: 32768 });
      const out = [];
      gz.on('data', (c) => out.push(c));
      gz.on('end', () => { if (gunzipSync(Buffer.concat(out)).length !== 1000000) process.exitCode = 9; });
      gz.end(Buffer.alloc(1000000, 7));`);
    assert.equal(code, 0);
  });

  it('lets the process exit when a stream is abandoned half-way', async () => {
    const { code } = await runChild(`
      import { createParallelGzip } from ${JSON.stringify(moduleUrl)};
      const gz = createParallelGzip({ blockSize: 32768 });
      gz.write(Buffer.alloc(500000, 1));`);
    assert.equal(code, 0);
  });
});
