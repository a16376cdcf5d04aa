import assert from 'node:assert/strict';
import { it } from 'node:test';
import { FlattenError } from '../../src/errors.ts';
import { ioFailure } from '../../src/io-errors.ts';

const system = (code: string, path?: string): Error =>
  Object.assign(new Error(`${code}: something, write`), { code, ...(path === undefined ? {} : { path }) });

it('maps each disk errno to exit 6 with one line naming the directory', () => {
  const context = { doing: 'writing temp files', path: '/tmp/run/oci-flatten-x', directory: '/tmp/run' };
  const cases: [string, RegExp][] = [
    ['EDQUOT', /^disk quota exceeded in \/tmp\/run \(EDQUOT\): writing temp files; /],
    ['ENOSPC', /^no space left in \/tmp\/run \(ENOSPC\): writing temp files; /],
    ['EACCES', /^permission denied on \/tmp\/run \(EACCES\): writing temp files$/],
    ['EROFS', /^read-only file system at \/tmp\/run \(EROFS\): writing temp files$/],
    ['EMFILE', /^too many open files \(EMFILE\): writing temp files in \/tmp\/run$/],
  ];
  for (const [code, shape] of cases) {
    const mapped = ioFailure(system(code), context);
    assert.ok(mapped instanceof FlattenError, code);
    assert.equal(mapped.kind, 'io', code);
    assert.match(mapped.message, shape);
    assert.ok(!mapped.message.includes('\n'));
  }
});

it('names the path in the error when it lies outside the directory, and leaves other errors alone', () => {
  const mapped = ioFailure(system('EACCES', '/srv/layout/index.json'), { doing: 'writing temp files', path: '/tmp/run' });
  assert.ok(mapped instanceof FlattenError);
  assert.equal(mapped.message, 'permission denied on /srv/layout/index.json (EACCES): reading or writing local files');
  const bug = new TypeError('x is undefined');
  assert.equal(ioFailure(bug, { doing: 'd', path: '/tmp' }), bug);
  const registry = new FlattenError('registry', 'failed: pull on host (500)', { cause: system('ECONNRESET') });
  assert.equal(ioFailure(registry, { doing: 'd', path: '/tmp' }), registry);
  // A registry error caused by a full spool is the disk's.
  const spool = new FlattenError('registry', 'network error', { cause: system('ENOSPC') });
  assert.equal((ioFailure(spool, { doing: 'd', path: '/tmp' }) as FlattenError).kind, 'io');
});
