#!/usr/bin/env bash
# Layers written by real tools, for tar-dialects.test.ts: GNU tar in every format (sparse 0.0,
# 0.1, 1.0 and old-GNU sparse), busybox tar and bsdtar. Usage: make-tars.sh DIR (run as root:
# mknod, chown). Writes DIR/*.tar.
set -euo pipefail
cd "$1"
mkdir -p tree/dir/sub tree/long simple/d sparse
# A tree with every entry type, non-UTF-8 and long names, xattrs, a big uid.
printf 'hello\n' > tree/hello.txt
printf 'latin-1 name\n' > "tree/latin1-$(printf '\351').txt"
printf 'utf-8 name\n' > tree/ünïcode.txt
printf 'long\n' > "tree/long/$(printf 'n%.0s' $(seq 1 150))"
ln -s "../$(printf 't%.0s' $(seq 1 120))/target" tree/long/link-with-long-target
printf 'linked\n' > tree/dir/target
ln tree/dir/target tree/dir/hardlink
ln -s ../hello.txt tree/dir/sub/symlink
mkfifo -m 0600 tree/fifo
mknod -m 0666 tree/null c 1 3
mknod -m 0660 tree/loop0 b 7 0
printf 'setuid\n' > tree/su && chmod 4755 tree/su
printf 'big ids\n' > tree/big && chown 3000000:3000001 tree/big
printf 'xattrs\n' > tree/xattr && setfattr -n user.comment -v hello tree/xattr && setfattr -n user.bin -v 0sAP8A tree/xattr
chmod 1777 tree/dir/sub
# A tree every format can hold (ustar, v7): short ASCII names, files, dirs, links.
printf 'a\n' > simple/a && printf 'bb\n' > simple/d/b && ln simple/a simple/d/a-link && ln -s ../a simple/d/sym
# A real sparse file: data at 0, 1 MiB and near the end of 3 MiB, holes between.
truncate -s 3M sparse/holes
printf 'start' | dd of=sparse/holes conv=notrunc status=none
printf 'middle' | dd of=sparse/holes bs=1 seek=1048576 conv=notrunc status=none
printf 'end' | dd of=sparse/holes bs=1 seek=3145000 conv=notrunc status=none
truncate -s 2M sparse/tail-hole
printf 'x' | dd of=sparse/tail-hole conv=notrunc status=none
printf 'not sparse\n' > sparse/plain
T="tar --numeric-owner --owner=0 --group=0 --mtime=@1700000000"
T2="tar --mtime=@1700000000"
$T2 --format=gnu -cf gnu.tar -C tree .
$T2 --format=posix --xattrs --xattrs-include='*' -cf posix.tar -C tree .
$T -S --format=posix --sparse-version=0.0 -cf sparse-0.0.tar -C sparse .
$T -S --format=posix --sparse-version=0.1 -cf sparse-0.1.tar -C sparse .
$T -S --format=posix --sparse-version=1.0 -cf sparse-1.0.tar -C sparse .
$T -S --format=oldgnu -cf oldgnu-sparse.tar -C sparse .
$T --format=ustar -cf ustar.tar -C simple .
$T --format=v7 -cf v7.tar -C simple .
(cd tree && busybox tar -cf ../busybox.tar .)
bsdtar --format pax -cf bsdtar-pax.tar -C tree .
bsdtar --format ustar -cf bsdtar-ustar.tar -C simple .
bsdtar --format gnutar -cf bsdtar-gnutar.tar -C tree .
# One short file, for the cut variants the test makes (ends after the data, inside the padding...).
mkdir -p one && printf 'abc' > one/f
$T --format=gnu -cf one.tar -C one f
