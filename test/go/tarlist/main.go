// Command tarlist reads a tar on stdin the way containerd's applier does (Go's archive/tar, then
// containerd's type switch) and prints one JSON object per entry it would apply, then one final
// object: {"end":true} or {"error":"..."}. Names and other byte fields are hex, so every byte
// shows. PAX global headers ('g') are skipped, as containerd skips them. It judges
// test/integration/merge/tar-dialects.test.ts; only the standard library is used.
package main

import (
	"archive/tar"
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type entry struct {
	Path     string            `json:"path"`
	Type     string            `json:"type"`
	Mode     int64             `json:"mode"`
	UID      int               `json:"uid"`
	GID      int               `json:"gid"`
	Uname    string            `json:"uname"`
	Gname    string            `json:"gname"`
	Mtime    int64             `json:"mtime"`
	Size     int64             `json:"size"`
	SHA256   string            `json:"sha256"`
	Linkname string            `json:"linkname"`
	Xattrs   map[string]string `json:"xattrs"`
	Devmajor int64             `json:"devmajor"`
	Devminor int64             `json:"devminor"`
}

const xattrPrefix = "SCHILY.xattr."

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	fail := func(err error) {
		enc.Encode(map[string]string{"error": err.Error()})
		out.Flush()
		os.Exit(0)
	}
	tr := tar.NewReader(bufio.NewReader(os.Stdin))
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fail(err)
		}
		e := entry{
			Path:     hex.EncodeToString([]byte(hdr.Name)),
			Type:     string([]byte{hdr.Typeflag}),
			Mode:     hdr.Mode & 07777,
			UID:      hdr.Uid,
			GID:      hdr.Gid,
			Uname:    hex.EncodeToString([]byte(hdr.Uname)),
			Gname:    hex.EncodeToString([]byte(hdr.Gname)),
			Mtime:    hdr.ModTime.Unix(),
			Linkname: hex.EncodeToString([]byte(hdr.Linkname)),
			Xattrs:   map[string]string{},
		}
		// containerd's createTarFile handles these types and refuses every other one.
		switch hdr.Typeflag {
		case tar.TypeXGlobalHeader:
			continue
		case tar.TypeReg, tar.TypeRegA:
			e.Type = "0"
			h := sha256.New()
			n, err := io.Copy(h, tr)
			if err != nil {
				fail(err)
			}
			e.Size = n
			e.SHA256 = hex.EncodeToString(h.Sum(nil))
		case tar.TypeBlock, tar.TypeChar:
			e.Devmajor, e.Devminor = hdr.Devmajor, hdr.Devminor
		case tar.TypeDir, tar.TypeFifo, tar.TypeLink, tar.TypeSymlink:
		default:
			fail(fmt.Errorf("unhandled tar header type %d", hdr.Typeflag))
		}
		if hdr.Typeflag != tar.TypeLink && hdr.Typeflag != tar.TypeSymlink {
			e.Linkname = ""
		}
		keys := make([]string, 0)
		for k := range hdr.PAXRecords {
			if strings.HasPrefix(k, xattrPrefix) {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			e.Xattrs[hex.EncodeToString([]byte(k[len(xattrPrefix):]))] = hex.EncodeToString([]byte(hdr.PAXRecords[k]))
		}
		enc.Encode(e)
	}
	enc.Encode(map[string]bool{"end": true})
}
