/**
 * The compression stage alone, on a tar of real files: MB/s and size for each gzip level, parallel
 * against single-threaded, block sizes, zstd, and the system tools (gzip -9 as the size reference,
 * pigz as the speed reference). `node bench/compress.ts [--size-mib N] [--quick]`
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable, type Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { createCompressor } from '../src/compress/compressor.ts';
import { ensureSampleTar } from './sample-tar.ts';

const { values } = parseArgs({ options: { 'size-mib': { type: 'string', default: '256' }, quick: { type: 'boolean', default: false } } });
const sizeMib = Number(values['size-mib']);
const cores = availableParallelism();
const dir = join(tmpdir(), 'oci-flatten-bench');
await mkdir(dir, { recursive: true });
const sample = join(dir, `sample-${sizeMib}.tar`);
await ensureSampleTar(sample, sizeMib * 1024 * 1024);

interface Row {
  name: string;
  seconds: number;
  cpu: number;
  bytes: number;
}

async function runNode(name: string, make: () => Duplex): Promise<Row> {
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await pipeline(
    createReadStream(sample, { highWaterMark: 256 * 1024 }),
    make(),
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        callback();
      },
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // Worker threads are in this process, so cpuUsage counts them.
  return { name, seconds, cpu: (cpu.user + cpu.system) / 1e6, bytes };
}

function runTool(name: string, command: string, args: string[]): Promise<Row> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%U %S', command, ...args, sample], { stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${command} failed: ${stderr}`));
      const [user, sys] = stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
      resolve({ name, seconds: (performance.now() - t0) / 1000, cpu: user! + sys!, bytes });
    });
  });
}

const rows: Row[] = [];
const record = (row: Row): void => {
  rows.push(row);
  console.error(`  ${row.name}: ${row.seconds.toFixed(2)} s`);
};

console.error(`sample: ${sample} (${sizeMib} MiB), ${cores} cores`);
record(await runTool('gzip -9 (system)', 'gzip', ['-9', '-c']));
record(await runTool(`pigz -6 -p${cores}`, 'pigz', ['-6', '-p', String(cores), '-c']));
if (!values.quick) record(await runTool(`pigz -9 -p${cores}`, 'pigz', ['-9', '-p', String(cores), '-c']));
record(await runNode('node zlib gzip -6, one thread', () => createGzip({ level: 6 })));
for (const level of values.quick ? [6] : [1, 4, 6, 9]) {
  record(await runNode(`parallel gzip -${level}`, () => createCompressor({ format: 'gzip', level })));
}
record(await runNode('parallel gzip -6, 1 worker', () => createCompressor({ format: 'gzip', level: 6, workers: 1 })));
if (!values.quick) {
  for (const blockSize of [64, 256, 1024]) {
    record(
      await runNode(`parallel gzip -6, ${blockSize} KiB blocks`, () =>
        createCompressor({ format: 'gzip', level: 6, blockSize: blockSize * 1024 }),
      ),
    );
  }
}
for (const level of values.quick ? [3] : [1, 3, 6]) {
  record(await runNode(`zstd -${level} (node zlib)`, () => createCompressor({ format: 'zstd', level })));
}
record(await runNode('none (pass-through)', () => createCompressor({ format: 'none' })));

const reference = rows[0]!.bytes;
const input = sizeMib * 1024 * 1024;
console.log(`\n| stage (${sizeMib} MiB tar, ${cores} cores) | wall s | CPU s | MB/s | output bytes | vs gzip -9 |`);
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const ratio = ((row.bytes / reference - 1) * 100).toFixed(2);
  console.log(
    `| ${row.name} | ${row.seconds.toFixed(2)} | ${row.cpu.toFixed(2)} | ${(input / 1e6 / row.seconds).toFixed(1)} | ${row.bytes} | ${ratio.startsWith('-') ? '' : '+'}${ratio}% |`,
  );
}
