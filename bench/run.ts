/**
 * `npm run bench`: oci-flatten against the tools around it, on one realistic image, in one run.
 *   node bench/run.ts [--size-mib 1024 | --large | --image toolchain] [--runs 3] [--smoke] [--skip buildah,floor,...]
 * `--image toolchain` runs the same tools on a second image made another way (bench/toolchain-image.ts).
 * `--large` is the 10 GiB case (the 1 GiB image's files plus large ones, bench/build-image.ts; ~40 GiB
 * of cache and scratch, one run by default; not for CI): it shows temp disk and memory flat in the
 * image's size, and runs oci-flatten on the 1 GiB image too, to compare peak RSS in the same run.
 * Every run pushes to a fresh target registry. Tools, alternated within each run: oci-flatten (gzip, zstd), skopeo copy (moving the bytes
 * only), buildah pull + squash commit + push (vfs storage), and the floor: `pigz -dc` of every
 * source layer blob then `pigz -6` of the merged tar (read from disk, written to /dev/null).
 * oci-flatten runs twice with gzip: under the default --temp-budget and with `--temp-budget
 * unlimited` (every layer spooled), side by side with the floor.
 * Prints the median of wall time, CPU (user+sys of the process tree), peak RSS (largest process),
 * peak temp disk (oci-flatten's own `tempBytes`) and output size, and each tool's ratio to oci-flatten gzip. Needs dist/ (built if missing).
 */
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { startRegistry, type RegistryServer } from '../test/helpers/registry-server.ts';
import { buildBenchImage } from './build-image.ts';
import { buildToolchainImage } from './toolchain-image.ts';
import { measure, median, run, shellQuote, type Measurement } from './measure.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    'size-mib': { type: 'string' },
    runs: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    large: { type: 'boolean', default: false },
    image: { type: 'string', default: 'standard' },
    skip: { type: 'string', default: '' },
  },
});
const smoke = values.smoke;
const sizeMiB = Number(values['size-mib'] ?? (smoke ? 16 : values.large ? 10 * 1024 : 1024));
const runs = Number(values.runs ?? (smoke || values.large ? 1 : 3));
const skip = new Set(values.skip.split(',').filter(Boolean));
const cacheDir = join(tmpdir(), 'oci-flatten-bench');
const cores = availableParallelism();

interface Tool {
  name: string;
  /** Shell script for run `i`; `outputOf` reads the size of what it wrote. */
  script(i: number): string;
  outputOf(i: number, measured: Measurement): Promise<number>;
  /** Peak temp disk in bytes, where the tool reports it. */
  tempOf?(measured: Measurement): number;
  cleanup?(i: number): Promise<void>;
}

async function manifestLayersSize(host: string, repository: string): Promise<number> {
  const response = await fetch(`http://${host}/v2/${repository}/manifests/latest`, {
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' },
  });
  if (!response.ok) throw new Error(`no manifest for ${repository} on ${host}: HTTP ${response.status}`);
  const manifest = (await response.json()) as { layers: Array<{ size: number }> };
  return manifest.layers.reduce((sum, layer) => sum + layer.size, 0);
}

/** The flattened layer as a plain tar on disk: the floor recompresses exactly these bytes. */
async function fetchMergedTar(host: string, repository: string, file: string): Promise<void> {
  const response = await fetch(`http://${host}/v2/${repository}/manifests/latest`, {
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' },
  });
  const manifest = (await response.json()) as { layers: Array<{ digest: string }> };
  const layer = manifest.layers.at(-1)!;
  const blob = await fetch(`http://${host}/v2/${repository}/blobs/${layer.digest}`);
  if (!blob.ok || blob.body === null) throw new Error(`cannot read ${layer.digest} from ${repository}`);
  await pipeline(Readable.fromWeb(blob.body), createGunzip(), createWriteStream(file));
}

async function ensureDist(): Promise<void> {
  if (existsSync(join(repoRoot, 'dist', 'cli', 'run.js'))) return;
  console.error('bench: dist/ missing, building with tsc');
  await run(join(repoRoot, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: repoRoot });
}

async function main(): Promise<void> {
  const started = Date.now();
  await mkdir(cacheDir, { recursive: true });
  await ensureDist();
  if (values.image !== 'standard' && values.image !== 'toolchain') throw new Error(`--image is standard or toolchain, not ${values.image}`);
  const image = values.image === 'toolchain' ? await buildToolchainImage(cacheDir) : await buildBenchImage(cacheDir, sizeMiB);
  console.error(
    `bench: image ${image.layerBlobs.length} layers, ${(image.uncompressedBytes / 2 ** 20).toFixed(0)} MiB uncompressed, ` +
      `${(image.compressedBytes / 2 ** 20).toFixed(0)} MiB gzip, ${image.files} files (${image.layout})`,
  );
  const registries: RegistryServer[] = [];
  const scratch = join(cacheDir, `run-${process.pid}`);
  try {
    const source = await startRegistry();
    registries.push(source);
    // A fresh target registry for every run: nothing pushed by an earlier run can be skipped or
    // mounted (skopeo remembers where it saw each blob and would mount it from there).
    let target: RegistryServer = source;
    await mkdir(scratch, { recursive: true });
    const sourceRef = `${source.host}/bench/src:latest`;
    await run('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${image.layout}:${image.tag}`, `docker://${sourceRef}`]);
    // The 1 GiB image beside the large one: memory flat in size is a comparison within one run.
    const smallRef = `${source.host}/bench/src-1gib:latest`;
    if (values.large) {
      const small = await buildBenchImage(cacheDir, 1024);
      await run('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${small.layout}:${small.tag}`, `docker://${smallRef}`]);
    }
    const flatten = `node ${shellQuote(join(repoRoot, 'bin', 'flatten'))}`;
    const insecure = (): string => `--insecure ${source.host} --insecure ${target.host}`;
    const mergedTar = join(scratch, 'merged.tar');
    const vfs = (i: number): string =>
      `buildah --storage-driver vfs --root ${shellQuote(join(scratch, `buildah-${i}`, 'root'))} --runroot ${shellQuote(join(scratch, `buildah-${i}`, 'run'))}`;

    const allTools: Tool[] = [
      {
        name: 'oci-flatten gzip',
        script: (i) =>
          `${flatten} docker://${sourceRef} --to docker://${target.host}/bench/flat-gzip-${i}:latest ${insecure()} --quiet --json`,
        outputOf: (i) => manifestLayersSize(target.host, `bench/flat-gzip-${i}`),
        tempOf: tempBytesOf,
      },
      {
        name: 'oci-flatten gzip, --temp-budget unlimited',
        script: (i) =>
          `${flatten} docker://${sourceRef} --to docker://${target.host}/bench/flat-unlimited-${i}:latest ${insecure()} --temp-budget unlimited --quiet --json`,
        outputOf: (i) => manifestLayersSize(target.host, `bench/flat-unlimited-${i}`),
        tempOf: tempBytesOf,
      },
      ...(values.large
        ? [
            {
              name: 'oci-flatten gzip, 1 GiB image',
              script: (i: number) =>
                `${flatten} docker://${smallRef} --to docker://${target.host}/bench/flat-small-${i}:latest ${insecure()} --quiet --json`,
              outputOf: (i: number) => manifestLayersSize(target.host, `bench/flat-small-${i}`),
              tempOf: tempBytesOf,
            },
          ]
        : []),
      {
        name: 'oci-flatten zstd',
        script: (i) =>
          `${flatten} docker://${sourceRef} --to docker://${target.host}/bench/flat-zstd-${i}:latest ${insecure()} --compression zstd --quiet --json`,
        outputOf: (i) => manifestLayersSize(target.host, `bench/flat-zstd-${i}`),
        tempOf: tempBytesOf,
      },
      {
        name: 'skopeo copy',
        script: (i) =>
          `skopeo copy --quiet --src-tls-verify=false --dest-tls-verify=false docker://${sourceRef} docker://${target.host}/bench/skopeo-${i}:latest`,
        outputOf: (i) => manifestLayersSize(target.host, `bench/skopeo-${i}`),
      },
      {
        name: 'buildah squash (vfs, push)',
        script: (i) =>
          `${vfs(i)} pull --quiet --tls-verify=false docker://${sourceRef} >/dev/null && ` +
          `c=$(${vfs(i)} from --pull=never ${sourceRef}) && ` +
          `${vfs(i)} commit --quiet --squash --tls-verify=false "$c" docker://${target.host}/bench/buildah-${i}:latest >/dev/null`,
        outputOf: (i) => manifestLayersSize(target.host, `bench/buildah-${i}`),
        cleanup: async (i) => {
          await run('sh', ['-c', `${vfs(i)} rm --all >/dev/null 2>&1; ${vfs(i)} rmi --all --force >/dev/null 2>&1; true`]);
          await rm(join(scratch, `buildah-${i}`), { recursive: true, force: true });
        },
      },
      {
        name: 'floor (pigz -dc layers + pigz -6 merged)',
        script: () =>
          `for b in ${image.layerBlobs.map(shellQuote).join(' ')}; do pigz -dc "$b" >/dev/null || exit 1; done; pigz -6 -p ${cores} -c ${shellQuote(mergedTar)} | wc -c`,
        outputOf: async (_i, measured) => Number(measured.stdout.trim()),
      },
    ];
    const tools = allTools.filter((tool) => !skip.has(tool.name.split(' ')[0]!) && !skip.has(tool.name));

    const results = new Map<string, Array<Measurement & { output: number; temp: number | undefined }>>();
    const failures = new Map<string, string>();
    for (let i = 1; i <= runs; i++) {
      target = await startRegistry();
      registries.push(target);
      for (const tool of tools) {
        if (failures.has(tool.name)) continue;
        if (tool.name.startsWith('floor') && !existsSync(mergedTar)) {
          failures.set(tool.name, 'needs the oci-flatten gzip output (the merged tar) and it failed');
          continue;
        }
        process.stderr.write(`bench: run ${i}/${runs} ${tool.name} ... `);
        try {
          const measured = await measure(tool.script(i), { timeoutMs: smoke ? 60_000 : 3_600_000 });
          const output = await tool.outputOf(i, measured);
          const temp = tool.tempOf?.(measured);
          results.set(tool.name, [...(results.get(tool.name) ?? []), { ...measured, output, temp }]);
          console.error(`${measured.wallSeconds.toFixed(2)} s`);
          if (tool.name === 'oci-flatten gzip' && !existsSync(mergedTar))
            await fetchMergedTar(target.host, `bench/flat-gzip-${i}`, mergedTar);
        } catch (error) {
          console.error('FAILED');
          failures.set(tool.name, (error as Error).message);
        } finally {
          await tool.cleanup?.(i);
        }
      }
      await registries.pop()!.stop();
    }
    report(results, failures);
    console.error(`bench: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (failures.size > 0 && smoke) process.exitCode = 1;
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await Promise.all(registries.map((registry) => registry.stop()));
  }

  function report(
    results: Map<string, Array<Measurement & { output: number; temp: number | undefined }>>,
    failures: Map<string, string>,
  ): void {
    const medians = new Map(
      [...results].map(([name, rows]) => [
        name,
        {
          wall: median(rows.map((row) => row.wallSeconds)),
          cpu: median(rows.map((row) => row.cpuSeconds)),
          rss: median(rows.map((row) => row.peakRssMiB)),
          output: median(rows.map((row) => row.output)),
          temp: rows.some((row) => row.temp === undefined) ? undefined : median(rows.map((row) => row.temp as number)),
          runs: rows.length,
        },
      ]),
    );
    const ours = medians.get('oci-flatten gzip');
    const ratio = (value: number, base: number | undefined): string => (base === undefined ? '' : ` (${(value / base).toFixed(2)}x)`);
    console.log(
      `\nImage: ${image.layerBlobs.length} layers, ${(image.uncompressedBytes / 2 ** 20).toFixed(0)} MiB uncompressed; ${cores} cores; median of ${runs} run(s); ratios are to oci-flatten gzip.`,
    );
    console.log('| tool | wall s | CPU s | peak RSS MiB | peak temp MiB | output MiB |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const [name, m] of medians) {
      console.log(
        `| ${name} | ${m.wall.toFixed(2)}${ratio(m.wall, ours?.wall)} | ${m.cpu.toFixed(2)}${ratio(m.cpu, ours?.cpu)} | ` +
          `${m.rss.toFixed(0)}${ratio(m.rss, ours?.rss)} | ${m.temp === undefined ? '-' : (m.temp / 2 ** 20).toFixed(0)} | ` +
          `${(m.output / 2 ** 20).toFixed(1)}${ratio(m.output, ours?.output)} |`,
      );
    }
    for (const [name, message] of failures) console.log(`| ${name} | failed: ${message.replaceAll('|', '/')} | | | | |`);
    const floor = [...medians].find(([name]) => name.startsWith('floor'))?.[1];
    const zstd = medians.get('oci-flatten zstd');
    const unlimited = medians.get('oci-flatten gzip, --temp-budget unlimited');
    const small = medians.get('oci-flatten gzip, 1 GiB image');
    if (ours !== undefined) {
      const targets = [
        floor === undefined ? undefined : `wall vs floor ${(ours.wall / floor.wall).toFixed(2)}x (target <= 1.2x)`,
        `peak RSS ${ours.rss.toFixed(0)} MiB (target < 150)`,
        floor === undefined || unlimited === undefined
          ? undefined
          : `unlimited budget: wall vs floor ${(unlimited.wall / floor.wall).toFixed(2)}x, peak temp ${((unlimited.temp ?? 0) / 2 ** 20).toFixed(0)} MiB against ${((ours.temp ?? 0) / 2 ** 20).toFixed(0)} MiB`,
        zstd === undefined ? undefined : `zstd wall ${(zstd.wall / ours.wall).toFixed(2)}x of gzip (target <= 0.7x)`,
        small === undefined
          ? undefined
          : `peak RSS ${ours.rss.toFixed(0)} MiB against ${small.rss.toFixed(0)} MiB on the 1 GiB image (${((ours.rss / small.rss - 1) * 100).toFixed(1)}%, target within 10%)`,
      ].filter(Boolean);
      console.log(`\nTargets: ${targets.join('; ')}`);
    }
  }
}

await main();

/** oci-flatten's own figure for its temp disk peak (`--json`). */
function tempBytesOf(measured: Measurement): number {
  return (JSON.parse(measured.stdout) as { tempBytes: number }).tempBytes;
}
