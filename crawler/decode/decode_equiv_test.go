package decode

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// equivInputs are pages to compare Page with pageRef on: the shared
// corpus's html pages when present, invented pages in UTF-8, GBK and Big5
// under every kind of declaration, and random corruptions of all of them
// (stray high bytes, cuts, pasted fragments of another charset).
func equivInputs(t *testing.T) [][]byte {
	t.Helper()
	var out [][]byte
	for _, d := range []string{filepath.Join("..", "..", "..", "shared", "corpus", "html", "pages"), "/work/shared/corpus/html/pages"} {
		files, _ := filepath.Glob(filepath.Join(d, "*.html"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, b)
		}
		if len(files) > 0 {
			break
		}
	}
	heads := []string{"", `<meta charset="gbk">`, `<META CHARSET=GB2312>`, `<meta charset="big5">`, `<meta charset="utf-8">`,
		`<meta http-equiv="Content-Type" content="text/html; charset=GBK">`, `<meta charset = 'Big5' />`, `<meta charset=İSO-8859-1>`,
		`<meta charset=windows-1252>`, `<meta name="charset">`, `<Meta Content="text/html;charset='x-gbk'">`, `<meta charset=>`}
	bodies := []string{sampleZh, sampleZhHant, strings.Repeat(sampleZh, 30), "hello world", strings.Repeat("质量月活动。", 200), "＜《》—…©"}
	var clean [][]byte
	for _, h := range heads {
		for _, b := range bodies {
			p := page(h, b)
			clean = append(clean, []byte(p))
			if g, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(p)); err == nil {
				clean = append(clean, g)
			}
			if g, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(p)); err == nil {
				clean = append(clean, g)
			}
		}
	}
	out = append(out, clean...)
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 3000; n++ {
		b := bytes.Clone(clean[rng.Intn(len(clean))])
		switch rng.Intn(4) {
		case 0: // stray high bytes
			for k := rng.Intn(8); k >= 0 && len(b) > 0; k-- {
				b[rng.Intn(len(b))] = byte(0x80 + rng.Intn(0x80))
			}
		case 1: // a cut anywhere
			b = b[:rng.Intn(len(b)+1)]
		case 2: // a fragment of another page pasted in
			o := clean[rng.Intn(len(clean))]
			i, j := rng.Intn(len(o)+1), rng.Intn(len(o)+1)
			if i > j {
				i, j = j, i
			}
			at := rng.Intn(len(b) + 1)
			b = append(b[:at:at], append(o[i:j:j], b[at:]...)...)
		case 3: // runs of invalid bytes
			at := rng.Intn(len(b) + 1)
			b = append(b[:at:at], append(bytes.Repeat([]byte{0xff, 0xc3}, rng.Intn(4)), b[at:]...)...)
		}
		out = append(out, b)
	}
	return out
}

func sameResult(a, b Result) bool {
	return bytes.Equal(a.Text, b.Text) && a.Charset == b.Charset && a.Via == b.Via
}

// TestPageAsReference checks Page and its parts against the decoder as it
// was (decode_ref_test.go) on equivInputs under several headers and hints.
func TestPageAsReference(t *testing.T) {
	cts := []string{"", "text/html; charset=gbk", "text/html; charset=utf-8", "text/html; charset=big5", "text/html"}
	seen := map[string]int{}
	for i, raw := range equivInputs(t) {
		r := pageRef(raw, "", "")
		seen[r.Charset+" "+r.Via]++
		ct := cts[i%len(cts)]
		if got, want := Page(raw, ct, ""), pageRef(raw, ct, ""); !sameResult(got, want) {
			t.Fatalf("input %d (ct %q): Page = %s via %s (%d bytes), reference %s via %s (%d bytes)",
				i, ct, got.Charset, got.Via, len(got.Text), want.Charset, want.Via, len(want.Text))
		}
		if got, want := Page(raw, "", ""), pageRef(raw, "", ""); !sameResult(got, want) {
			t.Fatalf("input %d: Page = %s via %s, reference %s via %s", i, got.Charset, got.Via, want.Charset, want.Via)
		}
		if got, want := metaCharset(raw), metaCharsetRef(raw); got != want {
			t.Fatalf("input %d: metaCharset = %q, reference %q", i, got, want)
		}
		if got, want := looksUTF8(raw), looksUTF8Ref(raw); got != want {
			t.Fatalf("input %d: looksUTF8 = %v, reference %v", i, got, want)
		}
		if got, want := share(validHanCounts(raw)), hanScoreRef(string(validUTF8(raw))); got != want {
			t.Fatalf("input %d: validHanCounts share = %v, reference %v", i, got, want)
		}
	}
	for _, k := range []string{"utf-8 utf8", "gb18030 meta", "big5 meta", "gb18030 detect", "big5 detect", "utf-8 detect", "gb18030 default"} {
		if seen[k] < 10 {
			t.Errorf("only %d inputs decode as %q: the inputs miss a path (%v)", seen[k], k, seen)
		}
	}
}

// FuzzPageAsReference compares Page with the decoder as it was on any bytes.
func FuzzPageAsReference(f *testing.F) {
	f.Add([]byte(page(`<meta charset="gbk">`, sampleZh)), "", "")
	f.Add([]byte("<meta charset=big5>\xa4\xa4\xa4\xe5\xff"), "text/html; charset=gbk", "")
	f.Add([]byte("\xef\xbb\xbf<META CHARSET=GB2312>"), "", "big5")
	f.Fuzz(func(t *testing.T, raw []byte, ct, hint string) {
		if got, want := Page(raw, ct, hint), pageRef(raw, ct, hint); !sameResult(got, want) {
			t.Fatalf("Page = %s via %s, reference %s via %s", got.Charset, got.Via, want.Charset, want.Via)
		}
		if got, want := metaCharset(raw), metaCharsetRef(raw); got != want {
			t.Fatalf("metaCharset = %q, reference %q", got, want)
		}
		if got, want := looksUTF8(raw), looksUTF8Ref(raw); got != want {
			t.Fatalf("looksUTF8 = %v, reference %v", got, want)
		}
	})
}
