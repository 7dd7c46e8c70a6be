package sniff

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

func TestJunk(t *testing.T) {
	gbk := []byte{0xd6, 0xca, 0xc1, 0xbf, 0xd4, 0xc2} // 质量月 in GBK
	for _, tt := range []struct {
		name string
		raw  []byte
		want string
	}{
		{"zero bytes", nil, Empty},
		{"white space", []byte(" \r\n\t\n"), Empty},
		{"a BOM alone", []byte("\xef\xbb\xbf\n"), Empty},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), Unsupported},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Unsupported},
		{"jpeg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), Unsupported},
		{"webp", []byte("RIFF\x10\x00\x00\x00WEBPVP8 "), Unsupported},
		{"docx", []byte("PK\x03\x04\x14\x00\x06\x00[Content_Types].xml"), Unsupported},
		{"xls", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"), Unsupported},
		{"elf", append([]byte("\x7fELF\x02\x01\x01\x00"), make([]byte, 64)...), NotText},
		{"html", []byte("<!doctype html><title>质量月</title>"), ""},
		{"gbk text", append([]byte("url: http://x.cn/\n\n"), gbk...), ""},
		{"utf-16 with BOM", []byte("\xff\xfe<\x00h\x00t\x00m\x00l\x00"), ""},
		{"one stray control byte in a page", []byte(strings.Repeat("全市开展质量月活动，共有一百二十家企业参加。", 4) + "\x07"), ""},
	} {
		if got, detail := Junk(tt.raw); got != tt.want {
			t.Errorf("%s: Junk = %q (%s), want %q", tt.name, got, detail, tt.want)
		}
	}
}

// TestJunkRandomBytes: files of random bytes, of every size from 16 bytes
// to 8 KiB, are never taken for text.
func TestJunkRandomBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 1000; i++ {
		b := make([]byte, 16+r.IntN(8<<10))
		for j := range b {
			b[j] = byte(r.UintN(256))
		}
		if reason, _ := Junk(b); reason == "" {
			t.Fatalf("random file %d (%d bytes) taken for text", i, len(b))
		}
	}
}

// TestJunkExecutable: a real program of this machine is not text.
func TestJunkExecutable(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	b, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	if reason, _ := Junk(b); reason != NotText {
		t.Fatalf("test binary: %q, want %q", reason, NotText)
	}
}

func FuzzJunk(f *testing.F) {
	f.Add([]byte("%PDF-1.4"))
	f.Add([]byte("RIFF\x00\x00\x00\x00WEBP"))
	f.Add([]byte("<html><body>质量月</body></html>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		reason, detail := Junk(raw)
		if (reason == "") != (detail == "") {
			t.Fatalf("reason %q with detail %q", reason, detail)
		}
	})
}
