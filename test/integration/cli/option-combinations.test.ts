import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../helpers/cli.ts';

/**
 * Issue 18: no option is ever silently ignored. Every option `--help` lists is classified here;
 * each combination where one cannot apply is a usage error (exit 2, saying why) or, where it is
 * merely redundant, one warning line. A new option fails the first test until it is classified.
 */

const DEMO = 'oci:examples/demo-image:demo';

/** The options of the default command, as --help lists them (the top-level help shows them). */
async function helpOptions(): Promise<string[]> {
  const help = await runCli(['--help']);
  assert.equal(help.code, 0, help.stderr);
  const section = help.stdout.split('flatten SOURCE --to TARGET (the default command):')[1] ?? '';
  return [...section.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1] as string).filter((flag) => flag !== '--help');
}

/** Options that only ever apply (their effect is tested where that option's feature is). */
const ALWAYS_APPLY = [
  '--to',
  '--base',
  '--created',
  '--label',
  '--annotation',
  '--allow-nondistributable',
  '--force',
  '--json',
  '--creds-file',
  '--retries',
  '--timeout',
  '--speed-limit',
  '--platform',
  '--keep-base',
];

describe('every option applies, is refused with a reason, or warns that it has no effect', () => {
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-options-'));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  const errors: [string, string[], RegExp][] = [
    ['--level', ['--level', '0'], /^flatten: --level 0 is out of range for gzip \(1 to 9\)$/],
    ['--level', ['--compression', 'zstd', '--level', '22'], /^flatten: --level 22 is out of range for zstd \(1 to 19\)$/],
    [
      '--compression',
      ['--compression', 'zstd', '--format', 'docker'],
      /^flatten: --compression zstd with --format docker: zstd layers exist only in the OCI format$/,
    ],
    ['--format', ['--format', 'docker'], /^flatten: --format docker into oci:.*: an OCI layout holds OCI manifests/],
    [
      '--keep-index',
      ['--keep-index', '--to', 'docker-archive:WORK/a.tar'],
      /^flatten: --keep-index with docker-archive:.*a docker archive holds one image, never an index$/,
    ],
    [
      '--platform',
      ['--platform', 'linux/amd64', '--platform', 'linux/arm64', '--to', 'docker-archive:WORK/a.tar'],
      /^flatten: docker-archive:.*: a docker archive holds one image, and 2 platforms were selected$/,
    ],
    [
      '--keep-base',
      ['--keep-base', '1', '--base', 'auto'],
      /^flatten: --keep-base and --base both choose the layers to keep; give one of them$/,
    ],
    ['--concurrency', ['--concurrency', '0'], /^flatten: --concurrency 0 is out of range \(1 to 64\)$/],
    ['--concurrency', ['--concurrency', '65'], /^flatten: --concurrency 65 is out of range \(1 to 64\)$/],
    [
      '--temp-budget',
      ['--temp-budget', '5 parsecs'],
      /^flatten: --temp-budget "5 parsecs" is not a size \(bytes, or with KiB, MiB, GiB; or unlimited\)$/,
    ],
    [
      '--insecure',
      ['--insecure', '--to', 'oci:WORK/x'],
      /^error: option '--insecure <host>' argument '--to' is invalid\. it takes a registry HOST\[:PORT\], not the option --to$/,
    ],
  ];

  const warnings: [string, string[], RegExp][] = [
    [
      '--compression',
      ['--compression', 'zstd', '--to', 'docker-archive:WORK/z.tar'],
      /^warning: --compression zstd has no effect on a docker-archive: target, which stores layers uncompressed/,
    ],
    ['--level', ['--compression', 'none', '--level', '3'], /^warning: --level 3 has no effect with --compression none$/],
    ['--level', ['--level', '3', '--to', 'docker-archive:WORK/l.tar'], /^warning: --level 3 has no effect on a docker-archive: target/],
    ['--keep-index', ['--keep-index'], /^warning: --keep-index has no effect without --platform/],
    [
      '--keep-index',
      ['--keep-index', '--platform', 'linux/amd64'],
      /^warning: --keep-index has no effect: oci:examples\/demo-image:demo is a single image, not an index$/,
    ],
    [
      '--format',
      ['--format', 'oci', '--to', 'docker-archive:WORK/f.tar'],
      /^warning: --format oci has no effect on a docker-archive: target/,
    ],
    ['--quiet', ['-q', '-v'], /^warning: --quiet and --verbose together: --verbose wins/],
    ['--verbose', ['-v', '-q'], /^warning: --quiet and --verbose together: --verbose wins/],
    ['--no-reuse', ['--no-reuse', '--dry-run'], /^warning: --no-reuse has no effect with --dry-run/],
    ['--dry-run', ['--dry-run', '--tmp-dir', 'WORK'], /^warning: --tmp-dir has no effect with --dry-run/],
    ['--tmp-dir', ['--tmp-dir', 'WORK', '--dry-run'], /^warning: --tmp-dir has no effect with --dry-run/],
    ['--verify', ['--verify', '--dry-run'], /^warning: --verify has no effect with --dry-run/],
    ['--provenance', ['--provenance', '--dry-run'], /^warning: --provenance has no effect with --dry-run, which writes nothing to attach$/],
    [
      '--sign-key',
      ['--sign-key', 'WORK/key.pem'],
      /^warning: --sign-key has no effect on an oci: target: cosign reads signatures from registries \(sign after copying it to one\)$/,
    ],
    [
      '--referrers',
      ['--referrers', 'all', '--to', 'docker-archive:WORK/r.tar'],
      /^warning: --referrers all has no effect on a docker-archive: target, which holds no referrers$/,
    ],
    ['--temp-budget', ['--temp-budget', '1MiB', '--dry-run'], /^warning: --temp-budget has no effect with --dry-run/],
    ['--speed-time', ['--speed-limit', '0', '--speed-time', '10'], /^warning: --speed-time 10 has no effect with --speed-limit 0/],
    [
      '--src-creds',
      ['--src-creds', 'me:secret'],
      /^warning: --src-creds has no effect: the source oci:examples\/demo-image:demo is not a registry$/,
    ],
    ['--dest-creds', ['--dest-creds', 'me:secret'], /^warning: --dest-creds has no effect: the target oci:.* is not a registry$/],
    ['--upload', ['--upload', 'ghcr.io=chunked'], /^warning: --upload ghcr\.io=… has no effect: the target is not on ghcr\.io$/],
    [
      '--insecure',
      ['--insecure', 'registry.example.com'],
      /^warning: --insecure registry\.example\.com has no effect: neither the source nor the target is on registry\.example\.com$/,
    ],
  ];

  it('--help lists the flatten options at the top level, and each one is classified here', async () => {
    const listed = await helpOptions();
    assert.ok(listed.length >= 25, `options in --help: ${listed.join(' ')}`);
    const classified = new Set([...ALWAYS_APPLY, ...errors.map(([o]) => o), ...warnings.map(([o]) => o)]);
    assert.deepEqual(
      listed.filter((o) => !classified.has(o)),
      [],
      'options --help lists that no case here covers',
    );
    assert.deepEqual(
      [...classified].filter((o) => !listed.includes(o)),
      [],
      'cases for options --help does not list',
    );
  });

  it('each incompatible combination is a usage error (exit 2) saying why, before anything is written', async () => {
    for (const [, args, message] of errors) {
      const withWork = args.map((a) => a.replace('WORK', work));
      const target = withWork.includes('--to') ? [] : ['--to', `oci:${join(work, 'out')}:x`];
      const result = await runCli([DEMO, ...target, ...withWork]);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr.split('\n')[0] ?? '', message, args.join(' '));
      assert.ok(!/\n\s+at /.test(result.stderr), 'no stack trace');
    }
    assert.deepEqual(await readdir(work), [], 'nothing written');
  });

  it('each redundant combination runs and says, in one warning line, which option has no effect', async () => {
    for (const [, args, message] of warnings) {
      const withWork = args.map((a) => a.replace('WORK', work));
      const target = withWork.includes('--to') ? [] : ['--to', `oci:${join(work, 'out')}:x`];
      const result = await runCli([DEMO, ...target, ...withWork]);
      assert.equal(result.code, 0, `${args.join(' ')}: ${result.stderr}`);
      const lines = result.stderr.split('\n').filter((line) => line.startsWith('warning: '));
      assert.equal(lines.length, 1, `${args.join(' ')}: one warning, got:\n${result.stderr}`);
      assert.match(lines[0] ?? '', message, args.join(' '));
    }
  });

  it('the library refuses the same options: flatten() rejects --level 0 with a usage error and touches nothing', async () => {
    const { flatten } = await import('../../../src/flatten.ts');
    const target = join(work, 'library');
    await assert.rejects(
      flatten({ source: DEMO, target: `oci:${target}:x`, level: 0, tempDirectory: join(work, 'missing-tmp') }),
      (error: unknown) => {
        assert.equal((error as { kind?: string }).kind, 'usage');
        assert.equal((error as { option?: string }).option, 'level');
        assert.match((error as Error).message, /^options\.level 0 is out of range for gzip \(1 to 9\)/);
        return true;
      },
    );
    await assert.rejects(readdir(target), 'no layout created');
  });
});
