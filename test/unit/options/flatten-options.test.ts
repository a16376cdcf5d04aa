import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { DEFAULTS, resolveOptions } from '../../../src/options/flatten-options.ts';
import { resolveInspectOptions } from '../../../src/options/inspect-options.ts';

const usage = (pattern: RegExp) => (error: unknown) =>
  error instanceof FlattenError && error.kind === 'usage' && pattern.test(error.message);
/** A usage error that names the option field, in `option` and in its message, and no command-line flag. */
const refused = (option: string, pattern: RegExp) => (error: unknown) =>
  usage(pattern)(error) && (error as FlattenError).option === option && !/(^|\s)--[a-z]/.test((error as FlattenError).message);
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

  it('parses each side once and hands the parsed location on; an object side keeps the kind and location it came with', () => {
    const resolved = resolveOptions({ source: 'docker://registry.example.com/team/app:1', target: 'oci:/tmp/out:flat' });
    assert.equal(resolved.sourceLocation?.kind, 'registry');
    assert.equal(
      resolved.sourceLocation?.kind === 'registry' ? resolved.sourceLocation.reference.toString() : '',
      'registry.example.com/team/app:1',
    );
    assert.deepEqual(resolved.targetLocation, {
      kind: 'oci',
      name: 'oci:/tmp/out:flat',
      local: { transport: 'oci', path: '/tmp/out', tag: 'flat' },
    });
    const objects = resolveOptions(
      { source: 'my source', target: 'my target' },
      { source: { kind: 'object' }, target: { kind: 'object' } },
    );
    assert.deepEqual(
      [objects.sourceKind, objects.targetKind, objects.sourceLocation, objects.targetLocation],
      ['object', 'object', undefined, undefined],
    );
  });

  it('refuses values a library caller can pass that the CLI parser would not: fractions, NaN, out of range', () => {
    assert.throws(() => resolveOptions({ ...base, level: 0 }), refused('level', /^options\.level 0 is out of range for gzip \(1 to 9\)/));
    assert.throws(() => resolveOptions({ ...base, level: 2.5 }), refused('level', /^options\.level 2\.5/));
    assert.throws(() => resolveOptions({ ...base, compression: 'zstd', level: 20 }), refused('level', /1 to 19/));
    assert.throws(() => resolveOptions({ ...base, compression: 'zstd', level: 23 }), refused('level', /1 to 19/));
    assert.throws(() => resolveOptions({ ...base, concurrency: 0 }), refused('concurrency', /^options\.concurrency 0 is out of range/));
    assert.throws(() => resolveOptions({ ...base, concurrency: Number.NaN }), refused('concurrency', /^options\.concurrency NaN/));
    assert.throws(() => resolveOptions({ ...base, keepBase: -1 }), refused('keepBase', /^options\.keepBase -1/));
    assert.throws(
      () => resolveOptions({ ...base, compression: 'brotli' as 'gzip' }),
      refused('compression', /^options\.compression "brotli"/),
    );
    assert.throws(() => resolveOptions({ ...base, labels: { '': 'x' } }), refused('labels', /^options\.labels: a key must not be empty/));
    assert.throws(() => resolveOptions({ ...base, platforms: ['linux/'] }), refused('platforms', /^options\.platforms "linux\/"/));
    assert.throws(() => resolveOptions({ ...base, created: 'yesterday' }), refused('created', /^options\.created "yesterday"/));
    assert.throws(() => resolveOptions({ ...base, transport: { timeoutMs: 0 } }), refused('transport.timeoutMs', /: 0 ms/));
    assert.throws(
      () => resolveOptions({ ...base, transport: { retry: { attempts: 0 } } }),
      refused('transport.retry.attempts', /: 0 attempts/),
    );
    assert.throws(
      () => resolveOptions({ ...base, transport: { speedLimit: { bytesPerSecond: -1 } } }),
      refused('transport.speedLimit.bytesPerSecond', /-1 is not a whole number/),
    );
    assert.throws(() => resolveOptions({ ...base, dryRun: 'yes' as unknown as boolean }), refused('dryRun', /must be true or false/));
    assert.throws(
      () => resolveOptions({ ...base, transport: { hosts: { 'reg:5000': { upload: { strategy: 'fast' as 'auto' } } } } }),
      refused('transport.hosts', /reg:5000=fast: the strategy is not one of auto, monolithic, streamed, chunked/),
    );
    assert.throws(
      () => resolveOptions({ ...base, transport: { speedLimit: { seconds: 0 } } }),
      refused('transport.speedLimit.seconds', /0 is not a positive time/),
    );
  });

  it('a docker-archive: target writes the merged layer uncompressed, and says so when asked otherwise', () => {
    const archive = { ...base, target: 'docker-archive:/x/app.tar:app:1' };
    const plain = resolveOptions(archive);
    assert.deepEqual([plain.compression, plain.level, plain.warnings], ['none', undefined, []]);
    const zstd = resolveOptions({ ...archive, compression: 'zstd', level: 5 });
    assert.equal(zstd.compression, 'none');
    assert.equal(zstd.warnings.length, 1);
    assert.match(zstd.warnings[0] ?? '', /^options\.compression zstd has no effect on a docker-archive: target/);
  });

  it('registry options for sides that are not registries warn; for the registries involved they do not', () => {
    const local = resolveOptions({
      source: 'oci:/a:b',
      target: 'oci:/c:d',
      transport: { sourceCredentials: { kind: 'basic', username: 'u', password: 'p' }, insecureHosts: ['other:5000'] },
    });
    assert.deepEqual(local.warnings, [
      'options.transport.sourceCredentials has no effect: the source oci:/a:b is not a registry',
      'options.transport.insecureHosts other:5000 has no effect: neither the source nor the target is on other:5000',
    ]);
    const used = resolveOptions({
      ...base,
      transport: { insecureHosts: ['registry.example.com'], hosts: { 'registry.example.com': { upload: { strategy: 'chunked' } } } },
    });
    assert.deepEqual(used.warnings, []);
  });

  it('referrers default to auto and provenance to off; a library caller gets an error naming the field', () => {
    const resolved = resolveOptions(base);
    assert.deepEqual([resolved.referrers, resolved.provenance], ['auto', false]);
    assert.throws(
      () => resolveOptions({ ...base, referrers: 'some' as never }),
      usage(/^options\.referrers "some" is not one of auto, all, none$/),
    );
    assert.throws(
      () => resolveOptions({ ...base, provenance: 'yes' as never }),
      usage(/^options\.provenance must be true or false, not "yes"$/),
    );
    assert.deepEqual(
      resolveOptions({ ...base, referrers: 'none', target: 'docker-archive:/x.tar' }).warnings,
      [],
      '--referrers none asks for nothing',
    );
  });

  it('--temp-budget: bytes, binary units or unlimited, 512 MiB by default; anything else refused', () => {
    const budget = (value: number | string | undefined): number => resolveOptions({ ...base, tempBudget: value }).tempBudget;
    assert.equal(budget(undefined), 512 * 1024 * 1024);
    assert.equal(budget('unlimited'), Number.POSITIVE_INFINITY);
    assert.deepEqual(['0', '1048576', '64MiB', '64m', '2 GiB', '1k', 4096].map(budget), [
      0,
      1048576,
      64 * 1024 ** 2,
      64 * 1024 ** 2,
      2 * 1024 ** 3,
      1024,
      4096,
    ]);
    for (const bad of ['', '-1', '1.5GiB', '10 parsecs', 'MiB', '1e3']) {
      assert.throws(() => budget(bad), usage(/^options\.tempBudget ".*" is not a size/), bad);
    }
    assert.throws(() => budget(-1), usage(/options\.tempBudget -1 is not a whole number of bytes/));
    assert.throws(() => budget(0.5), usage(/options\.tempBudget 0\.5/));
  });
});

describe('resolveInspectOptions: inspect() checks its options before any work too', () => {
  it('refuses a bad platform, an empty image name and bad transport numbers, naming the option field', () => {
    assert.deepEqual(resolveInspectOptions({ image: 'registry.example.com/a:1', platforms: ['linux/arm64/v8'] }).selectors, [
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
    ]);
    assert.throws(
      () => resolveInspectOptions({ image: 'registry.example.com/a:1', platforms: ['linux/'] }),
      refused('platforms', /"linux\/"/),
    );
    assert.throws(() => resolveInspectOptions({ image: '' }), refused('image', /no image given/));
    assert.throws(
      () => resolveInspectOptions({ image: 'registry.example.com/a:1', transport: { timeoutMs: -5 } }),
      refused('transport.timeoutMs', /-5 ms/),
    );
  });
});
