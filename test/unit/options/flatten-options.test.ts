import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { DEFAULTS, resolveOptions } from '../../../src/options/flatten-options.ts';

const usage = (pattern: RegExp) => (error: unknown) => error instanceof FlattenError && error.exitCode === 2 && pattern.test(error.message);
const base = { source: 'registry.example.com/team/app:1', target: 'registry.example.com/team/app:flat' };

describe('resolveOptions: one options model, defaults in one place', () => {
  it('fills the defaults: gzip at level 6, zstd at 3, none without a level, 4 downloads, reuse on', () => {
    const gzip = resolveOptions(base);
    assert.deepEqual(
      [gzip.compression, gzip.level, gzip.concurrency, gzip.reuse, gzip.dryRun, gzip.warnings],
      ['gzip', DEFAULTS.gzipLevel, 4, true, false, []],
    );
    assert.equal(DEFAULTS.gzipLevel, 6);
    assert.equal(resolveOptions({ ...base, compression: 'zstd' }).level, 3);
    assert.equal(resolveOptions({ ...base, compression: 'none' }).level, undefined);
    assert.deepEqual([resolveOptions(base).sourceKind, resolveOptions({ ...base, target: 'oci:/x:y' }).targetKind], ['registry', 'oci']);
  });

  it('refuses values a library caller can pass that the CLI parser would not: fractions, NaN, out of range', () => {
    assert.throws(() => resolveOptions({ ...base, level: 0 }), usage(/--level 0 is out of range for gzip \(1 to 9\)/));
    assert.throws(() => resolveOptions({ ...base, level: 2.5 }), usage(/--level 2\.5/));
    assert.throws(() => resolveOptions({ ...base, compression: 'zstd', level: 20 }), usage(/1 to 19/));
    assert.throws(() => resolveOptions({ ...base, concurrency: Number.NaN }), usage(/--concurrency NaN/));
    assert.throws(() => resolveOptions({ ...base, keepBase: -1 }), usage(/--keep-base -1/));
    assert.throws(() => resolveOptions({ ...base, compression: 'brotli' as 'gzip' }), usage(/--compression "brotli"/));
    assert.throws(() => resolveOptions({ ...base, labels: { '': 'x' } }), usage(/--label: a key must not be empty/));
    assert.throws(() => resolveOptions({ ...base, platforms: ['linux'] }), usage(/--platform "linux"/));
    assert.throws(() => resolveOptions({ ...base, transport: { timeoutMs: 0 } }), usage(/--timeout: 0 ms/));
    assert.throws(() => resolveOptions({ ...base, transport: { retry: { attempts: 0 } } }), usage(/--retries: 0 attempts/));
  });

  it('a docker-archive: target writes the merged layer uncompressed, and says so when asked otherwise', () => {
    const archive = { ...base, target: 'docker-archive:/x/app.tar:app:1' };
    const plain = resolveOptions(archive);
    assert.deepEqual([plain.compression, plain.level, plain.warnings], ['none', undefined, []]);
    const zstd = resolveOptions({ ...archive, compression: 'zstd', level: 5 });
    assert.equal(zstd.compression, 'none');
    assert.equal(zstd.warnings.length, 1);
    assert.match(zstd.warnings[0] ?? '', /^--compression zstd has no effect on a docker-archive: target/);
  });

  it('registry options for sides that are not registries warn; for the registries involved they do not', () => {
    const local = resolveOptions({
      source: 'oci:/a:b',
      target: 'oci:/c:d',
      transport: { sourceCredentials: { kind: 'basic', username: 'u', password: 'p' }, insecureHosts: ['other:5000'] },
    });
    assert.deepEqual(local.warnings, [
      '--src-creds has no effect: the source oci:/a:b is not a registry',
      '--insecure other:5000 has no effect: neither the source nor the target is on other:5000',
    ]);
    const used = resolveOptions({
      ...base,
      transport: { insecureHosts: ['registry.example.com'], hosts: { 'registry.example.com': { upload: { strategy: 'chunked' } } } },
    });
    assert.deepEqual(used.warnings, []);
  });

  it('--temp-budget: bytes, binary units or unlimited, 512 MiB by default; anything else refused', () => {
    const budget = (value: number | string | undefined): number => resolveOptions({ ...base, tempBudget: value }).tempBudget;
    assert.equal(budget(undefined), 512 * 1024 * 1024);
    assert.equal(budget('unlimited'), Number.POSITIVE_INFINITY);
    assert.deepEqual(
      ['0', '1048576', '64MiB', '64m', '2 GiB', '1k', 4096].map(budget),
      [0, 1048576, 64 * 1024 ** 2, 64 * 1024 ** 2, 2 * 1024 ** 3, 1024, 4096],
    );
    for (const bad of ['', '-1', '1.5GiB', '10 parsecs', 'MiB', '1e3']) {
      assert.throws(() => budget(bad), usage(/^--temp-budget ".*" is not a size/), bad);
    }
    assert.throws(() => budget(-1), usage(/--temp-budget -1 is not a whole number of bytes/));
    assert.throws(() => budget(0.5), usage(/--temp-budget 0\.5/));
  });
});
