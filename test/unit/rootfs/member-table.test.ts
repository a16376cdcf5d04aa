import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attributes } from '../../../src/rootfs/attributes.ts';
import { byteStringOf } from '../../../src/rootfs/display-name.ts';
import { createMemberTable, MemberState } from '../../../src/rootfs/member-table.ts';

const base: Attributes = {
  kind: 'file',
  mode: 0o4755,
  uid: 2 ** 40,
  gid: 0,
  uname: 'root',
  gname: 'wheel',
  mtime: -86_400,
  size: 8 * 2 ** 30 + 1,
  devmajor: 0,
  devminor: 0,
  pax: undefined,
  symlinkTarget: '',
};

describe('member table: attributes packed and unpacked unchanged', () => {
  it('round-trips every field, PAX records with binary values, and non-ASCII names as byte strings', () => {
    const table = createMemberTable();
    const members: Array<[MemberState, number, Attributes]> = [
      [MemberState.WrittenFile, 0, base],
      [MemberState.Skipped, 7, { ...base, kind: 'symlink', size: 0, symlinkTarget: byteStringOf('../ünïcode/target'), pax: [] }],
      [
        MemberState.WrittenDir,
        2 ** 31 + 5,
        {
          ...base,
          kind: 'dir',
          size: 0,
          uname: byteStringOf('ユーザー'),
          pax: [
            ['mtime', Buffer.from('1700000000.123456789')],
            ['SCHILY.xattr.security.capability', Buffer.from([0x01, 0x00, 0x00, 0x02, 0xff, 0x00, 0x80])],
            ['empty', Buffer.alloc(0)],
            [`SCHILY.xattr.user.${byteStringOf('é')}\xff`, Buffer.from([0xe9])],
          ],
        },
      ],
      [MemberState.WrittenFile, 3, { ...base, kind: 'char', devmajor: 4095, devminor: 1_048_575 }],
    ];
    const handles = members.map(([state, ordinal, attributes]) => table.put(state, ordinal, attributes));
    handles.forEach((handle, i) => {
      const [state, ordinal, attributes] = members[i]!;
      assert.deepEqual(table.get(handle), { state, ordinal, attributes });
    });
    assert.ok(handles.every((handle) => Number.isSafeInteger(handle) && handle >= 0));
  });

  it('keeps members apart across blocks, and one larger than a block whole', () => {
    const table = createMemberTable();
    const huge = Buffer.alloc(200_000, 7);
    const handles: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const pax: [string, Buffer][] = [['path.note', Buffer.from(`member ${i}`.repeat(5))]];
      if (i === 1000) pax.push(['SCHILY.xattr.user.big', huge]);
      handles.push(table.put(MemberState.WrittenFile, i, { ...base, mode: i, pax }));
    }
    assert.ok(table.bytes > 3 * 64 * 1024, `${table.bytes} bytes: several blocks were needed`);
    handles.forEach((handle, i) => {
      const member = table.get(handle);
      assert.equal(member.ordinal, i);
      assert.equal(member.attributes.mode, i);
      assert.equal(member.attributes.pax?.[0]?.[1].toString(), `member ${i}`.repeat(5));
      if (i === 1000) assert.ok(member.attributes.pax?.[1]?.[1].equals(huge));
    });
  });

  it('round-trips numbers of every shape: varint-sized, negative, fractional, -0, unsafe and not a number', () => {
    const table = createMemberTable();
    const values = [0, 1, 127, 128, 16_383, 16_384, 2 ** 32, 2 ** 53 - 1, 2 ** 53, 2 ** 60, -1, -0, 0.5, -86_400.25, Number.NaN];
    const handles = values.map((value, i) =>
      table.put(MemberState.WrittenFile, value, { ...base, mode: value, uid: values[(i + 1) % values.length]!, mtime: value, size: value }),
    );
    handles.forEach((handle, i) => {
      const { ordinal, attributes } = table.get(handle);
      for (const [field, got] of [
        ['ordinal', ordinal],
        ['mode', attributes.mode],
        ['mtime', attributes.mtime],
        ['size', attributes.size],
      ] as const)
        assert.ok(Object.is(got, values[i]), `${field}: ${got} for ${values[i]}`);
      assert.ok(Object.is(attributes.uid, values[(i + 1) % values.length]));
    });
  });

  it('packs a plain member in a few tens of bytes, so a layer of 10,000 takes under 6 blocks', () => {
    const table = createMemberTable();
    for (let i = 0; i < 10_000; i++)
      table.put(MemberState.WrittenFile, i, {
        ...base,
        uid: 0,
        mode: 0o644,
        mtime: 1_700_000_000 + i,
        size: 100 + i,
        uname: '',
        gname: '',
      });
    assert.ok(table.bytes <= 5 * 64 * 1024, `${table.bytes} bytes of blocks`);
  });

  it('round-trips PAX records whose values are decimal (odd and even lengths, dots), almost decimal, or binary, past 256 distinct keys', () => {
    const table = createMemberTable();
    const values = ['1796034135.599822284', '1673717062', '7', '.', '..1.', '0', '', '12a', '1796048426.11541705', '-1', ' 1', '9/', ':'];
    const members: Array<[string, Buffer][]> = [];
    for (let i = 0; i < 600; i++) {
      const pax: [string, Buffer][] = [
        ['atime', Buffer.from(values[i % values.length] as string)],
        [`key-${i % 300}`, Buffer.from(values[(i + 3) % values.length] as string)],
        ['ctime', Buffer.from([0x30, 0x2e, 0x39, 0xff])],
      ];
      members.push(pax);
    }
    const handles = members.map((pax, i) => table.put(MemberState.Skipped, i, { ...base, pax }));
    handles.forEach((handle, i) => {
      assert.deepEqual(table.get(handle).attributes.pax, members[i]);
    });
  });

  it('packs a GNU tar member with mtime, atime and ctime records in ~52 bytes, not ~92: 2000 fit two 64 KiB blocks', () => {
    const table = createMemberTable();
    for (let i = 0; i < 2000; i++) {
      const time = Buffer.from(`${1_796_034_135 + i}.${String(599_822_284 + i).padStart(9, '0')}`);
      const pax: [string, Buffer][] = [
        ['mtime', time],
        ['atime', time],
        ['ctime', Buffer.from(String(1_673_717_062 + i))],
      ];
      table.put(MemberState.WrittenFile, i, { ...base, uid: 0, mode: 0o644, mtime: 1_796_034_135 + i, size: i, uname: '', gname: '', pax });
    }
    assert.ok(table.bytes <= 2 * 64 * 1024, `${table.bytes} bytes of blocks for 2000 members`);
  });

  it('hands out copies: changing an unpacked value changes neither the table nor the input', () => {
    const table = createMemberTable();
    const value = Buffer.from('1.5');
    const handle = table.put(MemberState.WrittenFile, 0, { ...base, pax: [['mtime', value]] });
    value.fill(0x30);
    const first = table.get(handle);
    first.attributes.pax![0]![1].fill(0x39);
    assert.equal(table.get(handle).attributes.pax![0]![1].toString(), '1.5');
  });
});
