# Layers written by Python's tarfile, for tar-dialects.test.ts: GNU, PAX and USTAR formats, names
# that are not UTF-8 (surrogateescape: raw bytes; PAX writes hdrcharset=BINARY), xattrs as PAX
# records, and a PAX global header that must not apply to later members. Usage: make-tars.py DIR.
import io, os, sys, tarfile
os.chdir(sys.argv[1])
def info(name, data=b'', **kw):
    t = tarfile.TarInfo(name)
    t.size = len(data)
    t.mtime = 1700000000
    for k, v in kw.items():
        setattr(t, k, v)
    return t, (io.BytesIO(data) if data else None)
latin1 = os.fsdecode(b'latin1-\xe9.txt')          # surrogateescape: the raw byte 0xe9
raw = os.fsdecode(b'raw-\xff\xfe/bytes-\x80.bin')
def members():
    yield info('dir/', type=tarfile.DIRTYPE, mode=0o755)
    yield info('dir/file.txt', b'python\n', mode=0o644, uid=1000, gid=1000, uname='user', gname='group')
    yield info(latin1, b'latin1\n')
    yield info('dir/' + 'n' * 150, b'long name\n')
    yield info('dir/sym', type=tarfile.SYMTYPE, linkname='../' + 't' * 120)
    yield info('dir/hard', type=tarfile.LNKTYPE, linkname='dir/file.txt')
    yield info('dev/null', type=tarfile.CHRTYPE, devmajor=1, devminor=3, mode=0o666)
    yield info('fifo', type=tarfile.FIFOTYPE)
    yield info('big', b'big\n', uid=3000000, gid=3000001)
for fmt, name in [(tarfile.GNU_FORMAT, 'python-gnu.tar'), (tarfile.PAX_FORMAT, 'python-pax.tar'), (tarfile.USTAR_FORMAT, 'python-ustar.tar')]:
    with tarfile.open(name, 'w', format=fmt, encoding='utf-8', errors='surrogateescape') as tar:
        for t, f in members():
            if fmt == tarfile.USTAR_FORMAT and (len(t.name) > 100 or len(t.linkname) > 100 or t.uid > 0o7777777):
                continue
            tar.addfile(t, f)
# PAX: raw bytes in a path (hdrcharset=BINARY), xattrs, a global header that must not apply.
with tarfile.open('python-pax-binary.tar', 'w', format=tarfile.PAX_FORMAT, encoding='utf-8', errors='surrogateescape',
                  pax_headers={'uname': 'global-user', 'comment': 'global'}) as tar:
    t, f = info(raw, b'raw bytes\n')
    tar.addfile(t, f)
    t, f = info('xattrs', b'x\n')
    t.pax_headers = {'SCHILY.xattr.user.comment': 'hello', 'SCHILY.xattr.user.binary': '\x00\x01\x7f'}
    tar.addfile(t, f)
    t, f = info('plain', b'p\n', uname='own')
    tar.addfile(t, f)
# The same raw-byte path without the global header (umoci refuses type 'g', containerd skips it).
with tarfile.open('python-pax-raw.tar', 'w', format=tarfile.PAX_FORMAT, encoding='utf-8', errors='surrogateescape') as tar:
    t, f = info(raw, b'raw bytes\n')
    tar.addfile(t, f)
    t, f = info('xattrs', b'x\n')
    t.pax_headers = {'SCHILY.xattr.user.comment': 'hello', 'SCHILY.xattr.user.binary': '\x00\x01\x7f'}
    tar.addfile(t, f)
