import assert from 'node:assert/strict';
import { access, constants, cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { formatBytes } from '../../src/cli/format.ts';
import { cliEnv, REPO_ROOT } from '../helpers/cli.ts';
import { unpackLayout } from '../helpers/independent-unpack.ts';
import { applyLayers, parseTar } from '../helpers/reference-extractor.ts';
import { run } from '../helpers/run.ts';
import { assertTreesEqual } from '../helpers/tree-compare.ts';

/** The indented command lines of README's "Quick start" section, in order. */
async function quickStartCommands(): Promise<string[]> {
  const readme = await readFile(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = /^## Quick start\n([\s\S]*?)^## /m.exec(readme)?.[1];
  assert.ok(section !== undefined, 'README.md has a "## Quick start" section');
  return section
    .split('\n')
    .filter((line) => line.startsWith('    ') && line.trim() !== '')
    .map((line) => line.trim());
}

/** Bytes of file data in the demo image's layers that its merged tree no longer holds. */
async function demoBytesDropped(layout: string): Promise<number> {
  const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as { manifests: { digest: string }[] };
  const blob = (digest: string): Promise<Buffer> => readFile(join(layout, 'blobs', 'sha256', digest.slice('sha256:'.length)));
  const manifest = JSON.parse((await blob(index.manifests[0]?.digest ?? '')).toString()) as { layers: { digest: string }[] };
  const tars = await Promise.all(manifest.layers.map(async (layer) => gunzipSync(await blob(layer.digest))));
  const bytesIn = tars.flatMap(parseTar).reduce((sum, member) => sum + (member.typeflag === '0' ? member.size : 0), 0);
  const tree = await applyLayers(tars);
  let bytesOut = 0;
  for (const [path, entry] of tree) {
    // A hard-link group's data is stored once.
    if (entry.type === 'file' && (entry.hardlinkGroup === undefined || entry.hardlinkGroup === path)) bytesOut += entry.size ?? 0;
  }
  return bytesIn - bytesOut;
}

describe('README quick start: the first run works on a fresh checkout, without a registry', () => {
  let work: string;
  let checkout: string;
  let commands: string[];

  before(async () => {
    commands = await quickStartCommands();
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-quickstart-'));
    checkout = join(work, 'oci-flatten');
    // A checkout as git would give it: no build output, no installed packages.
    await cp(REPO_ROOT, checkout, {
      recursive: true,
      filter: (source) => !['node_modules', 'dist', '.git', '.tmp'].includes(basename(source)),
    });
    // node_modules is linked file by file (hard links), so `npm install` finds every package in
    // place and works offline in seconds; it still runs the build (`prepare`) as on a fresh clone.
    await run('cp', ['-al', join(REPO_ROOT, 'node_modules'), join(checkout, 'node_modules')]);
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('is two command lines: install + flatten + show, then the whole test suite', async () => {
    // Anything after the two lines only explains them: the test command .ci/run ends with.
    const [first, second, ...explained] = commands;
    assert.match(first ?? '', /^npm install && \.\/bin\/flatten oci:examples\/demo-image:\S+ --to oci:\S+ && .*inspect/);
    assert.equal(second, 'bash .ci/run');
    const ci = await readFile(join(REPO_ROOT, '.ci', 'run'), 'utf8');
    for (const line of explained) assert.match(ci, new RegExp(`^${line}$`, 'm'), `.ci/run runs "${line}"`);
    assert.match(ci, /^npm test$/m, '.ci/run runs the README test command');
    await access(join(REPO_ROOT, '.ci', 'run'), constants.R_OK);
  });

  it('the first line, run as written in a copy of the repo, flattens the demo image and shows before and after', async () => {
    // The line writes to a fixed path under /tmp, which may hold the user's own quick-start
    // output: the test runs it with that path moved into its own directory, and leaves the
    // user's untouched.
    const written = commands[0] ?? '';
    const fixed = /--to oci:(\/tmp\/[^:\s]+)/.exec(written)?.[1];
    assert.ok(fixed !== undefined, `the quick start writes under /tmp: ${written}`);
    const own = join(work, 'demo-flat');
    const line = written.split(`oci:${fixed}`).join(`oci:${own}`);
    assert.notEqual(line, written);
    const userCopy = await stat(fixed).then(
      (s) => s.mtimeMs,
      () => undefined,
    );
    const result = await run('sh', ['-c', line], { cwd: checkout, env: cliEnv(), check: false });
    assert.equal(result.code, 0, `quick start failed:\n${result.stderr}`);
    await access(join(checkout, 'dist', 'cli', 'run.js'), constants.R_OK);

    const target = /--to (oci:\S+)/.exec(line)?.[1] ?? '';
    const [, targetDir = '', targetTag = ''] = /^oci:([^:]+):(.+)$/.exec(target) ?? [];
    const [, sourceDir = '', sourceTag = ''] = /(oci:examples\/demo-image):(\S+)/.exec(line) ?? [];
    const printed = new RegExp(`^${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}@sha256:[a-f0-9]{64}$`, 'm');
    assert.match(result.stdout, printed, 'the flatten prints TARGET@digest');
    assert.equal(
      await stat(fixed).then(
        (s) => s.mtimeMs,
        () => undefined,
      ),
      userCopy,
      `${fixed} is left as it was`,
    );

    // inspect of the source, then of the result: both images' layers and history.
    const reports = result.stdout.split(/^(?=oci:\S+ sha256:[a-f0-9]{64} \()/m).filter((part) => part.includes('history:'));
    assert.equal(reports.length, 2, `two inspect reports in:\n${result.stdout}`);
    const [before, afterReport] = reports as [string, string];
    assert.match(before, /: 3 layers, /);
    assert.equal(before.match(/^ {2}layer \d+: /gm)?.length, 3);
    assert.match(afterReport, /: 1 layer, /);
    assert.equal(afterReport.match(/^ {2}layer \d+: /gm)?.length, 1);
    // History: every source step kept, the merged ones marked, one step appended.
    const steps = (report: string): string[] =>
      report
        .split('  history:\n')[1]
        ?.split('\n')
        .filter((l) => l.startsWith('    ')) ?? [];
    assert.equal(steps(afterReport).length, steps(before).length + 1);
    assert.ok(
      steps(afterReport)
        .slice(0, -1)
        .every((l) => l.includes('(no layer)')),
    );
    assert.match(steps(afterReport).at(-1) ?? '', /oci-flatten: merged 3 layers/);
    // What a flatten drops, computed here from the layer tars with the reference extractor.
    const dropped = await demoBytesDropped(join(checkout, sourceDir.slice('oci:'.length)));
    assert.ok(dropped > 0, 'the demo image has shadowed or deleted files');
    assert.match(before, new RegExp(`flattened: \\d+ of \\d+ entries kept; ${formatBytes(dropped).replace('.', '\\.')} of file data`));
    assert.match(afterReport, /flattened: (\d+) of \1 entries kept; 0 B of file data/);

    // And the result holds the same filesystem as the demo image (independent unpacker).
    assertTreesEqual(
      await unpackLayout(join(checkout, sourceDir.slice('oci:'.length)), sourceTag),
      await unpackLayout(targetDir, targetTag),
      'demo image vs its flattened copy',
    );
    assert.deepEqual(
      (await readdir(join(checkout, 'examples', 'demo-image', 'blobs', 'sha256'))).length,
      5,
      'the source layout is unchanged',
    );
  });
});
