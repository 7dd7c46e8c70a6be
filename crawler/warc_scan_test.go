package crawler_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/crawler/warctest"
)

// fixture writes n pages with the crawler's WARC writer and returns the
// file's bytes and the offset of each page's response record.
func fixture(t *testing.T, n int) ([]byte, []int64) {
	t.Helper()
	var xs []crawler.Exchange
	for i := 0; i < n; i++ {
		xs = append(xs, warctest.Page(fmt.Sprintf("http://x.gov.cn/a%d.html", i), fmt.Sprintf("质量月第%d篇", i),
			strings.Repeat(fmt.Sprintf("全市开展质量月活动第%d项。", i), 20)))
	}
	path, offs := warctest.Write(t, t.TempDir(), "f.warc.gz", xs...)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b, offs
}

// open writes b to a file and opens it as a WARC.
func open(t *testing.T, b []byte, name string) *crawler.WARCFile {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	wf, err := crawler.OpenWARC(context.Background(), path)
	if err != nil {
		t.Fatalf("OpenWARC: %v", err)
	}
	return wf
}

// urls reads every page of wf back.
func urls(t *testing.T, wf *crawler.WARCFile) []string {
	t.Helper()
	var out []string
	for i := 0; i < wf.Len(); i++ {
		p, err := wf.Page(i)
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		out = append(out, strings.TrimPrefix(p.URL, "http://x.gov.cn/"))
	}
	return out
}

func TestWARCOneGzipStream(t *testing.T) {
	b, _ := fixture(t, 50)
	wf := open(t, warctest.OneStream(t, b), "one.warc.gz")
	got := urls(t, wf)
	if len(got) != 50 || got[0] != "a0.html" || got[49] != "a49.html" || len(wf.Report.Lost) != 0 {
		t.Fatalf("one stream: %d pages (%v…), lost %+v", len(got), got[:min(3, len(got))], wf.Report.Lost)
	}
	if wf.Report.Others["warcinfo"] != 1 || wf.Report.Others["request"] != 50 {
		t.Errorf("others %v", wf.Report.Others)
	}
}

func TestWARCPlain(t *testing.T) {
	b, _ := fixture(t, 5)
	if got := urls(t, open(t, warctest.Plain(t, b), "p.warc")); len(got) != 5 {
		t.Fatalf("plain: %v", got)
	}
}

func TestWARCCorruptMiddleMember(t *testing.T) {
	b, offs := fixture(t, 5)
	wf := open(t, warctest.Corrupt(b, int(offs[2])+40, 16), "c.warc.gz")
	got := urls(t, wf)
	if strings.Join(got, " ") != "a0.html a1.html a3.html a4.html" {
		t.Fatalf("pages %v", got)
	}
	if len(wf.Report.Lost) != 1 || wf.Report.Lost[0].Offset != offs[2] {
		t.Fatalf("lost %+v, want one at %d", wf.Report.Lost, offs[2])
	}
}

func TestWARCTrailingGarbage(t *testing.T) {
	b, _ := fixture(t, 3)
	junk := append(bytes.Clone(b), []byte("trailing bytes that are not gzip \x00\x01\x02\x03")...)
	wf := open(t, junk, "g.warc.gz")
	if got := urls(t, wf); len(got) != 3 {
		t.Fatalf("pages %v", got)
	}
	if len(wf.Report.Lost) != 1 || wf.Report.Lost[0].Offset != int64(len(b)) {
		t.Fatalf("lost %+v, want one at %d", wf.Report.Lost, len(b))
	}
}

func TestWARCTruncatedRecord(t *testing.T) {
	b, offs := fixture(t, 4)
	cut := b[:int(offs[3])+(len(b)-int(offs[3]))/2]
	wf := open(t, cut, "t.warc.gz")
	if got := urls(t, wf); len(got) != 3 {
		t.Fatalf("pages %v", got)
	}
	if len(wf.Report.Lost) != 1 || wf.Report.Lost[0].Offset != offs[3] {
		t.Fatalf("lost %+v, want one at %d", wf.Report.Lost, offs[3])
	}
	// The same cut in a plain WARC.
	plain := warctest.Plain(t, b)
	wf = open(t, plain[:len(plain)-300], "t.warc")
	if got := urls(t, wf); len(got) != 3 || len(wf.Report.Lost) != 1 {
		t.Fatalf("plain cut: pages %v, lost %+v", got, wf.Report.Lost)
	}
}

// TestWARCCorruptOneStream: in a file gzipped whole, the records before the
// damage are read and the rest is reported lost from where it broke.
func TestWARCCorruptOneStream(t *testing.T) {
	b, _ := fixture(t, 40)
	one := warctest.OneStream(t, b)
	wf := open(t, warctest.Corrupt(one, len(one)*3/5, 64), "oc.warc.gz")
	got := urls(t, wf)
	if len(got) < 10 || len(got) >= 40 {
		t.Fatalf("pages %d %v", len(got), got)
	}
	for i := 0; i < 10; i++ { // the damage is past the first 60%
		if got[i] != fmt.Sprintf("a%d.html", i) {
			t.Fatalf("page %d is %s", i, got[i])
		}
	}
	if len(wf.Report.Lost) == 0 || wf.Report.Lost[0].Offset != 0 || wf.Report.Lost[0].Inner == 0 {
		t.Fatalf("lost %+v", wf.Report.Lost)
	}
}

// TestWARCBlockDigest: a block changed after it was written fails its
// WARC-Block-Digest and is lost; the records after it are read.
func TestWARCBlockDigest(t *testing.T) {
	b, _ := fixture(t, 3)
	plain := warctest.Plain(t, b)
	i := bytes.Index(plain, []byte("第1项"))
	plain = bytes.Replace(plain, plain[i:i+len("第1项")], []byte("第9项"), 1)
	wf := open(t, plain, "d.warc")
	if got := urls(t, wf); strings.Join(got, " ") != "a0.html a2.html" {
		t.Fatalf("pages %v", got)
	}
	if len(wf.Report.Lost) != 1 || !strings.Contains(wf.Report.Lost[0].Reason, "digest") {
		t.Fatalf("lost %+v", wf.Report.Lost)
	}
}

// TestWARCNotAWARC: a file of something else is one loss at offset 0.
func TestWARCNotAWARC(t *testing.T) {
	for name, b := range map[string][]byte{
		"text.warc":    []byte("this is not a WARC file\nat all\n"),
		"binary.warc":  bytes.Repeat([]byte{0, 1, 2, 0xff}, 1000),
		"gzipped text": gz([]byte("hello\n")),
	} {
		wf := open(t, b, "x.warc")
		if wf.Len() != 0 || len(wf.Report.Lost) != 1 || wf.Report.Lost[0].Offset != 0 {
			t.Errorf("%s: %d pages, lost %+v", name, wf.Len(), wf.Report.Lost)
		}
		if !strings.Contains(wf.Report.Describe(), "not a WARC file") {
			t.Errorf("%s: %s", name, wf.Report.Describe())
		}
	}
}

func gz(b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}

// TestWARCRefusesWhatTheCrawlRefused: responses the crawl archived but did
// not take (WARC-Truncated, a body shorter than announced, a gzip bomb, a
// 0-byte over-size page) are refused again, each with its reason.
func TestWARCRefusesWhatTheCrawlRefused(t *testing.T) {
	good := warctest.Page("http://x.gov.cn/ok.html", "质量月", "全市开展质量月活动。")
	cut := warctest.Page("http://x.gov.cn/cut.html", "质量月", "全市开展质量月活动。")
	cut.Truncated = "disconnect"
	slow := warctest.Page("http://x.gov.cn/slow.html", "质量月", "全市开展质量月活动。")
	slow.Truncated = "time"
	big := warctest.Response("http://x.gov.cn/big.html", "200 OK", "Content-Type: text/html\r\n", nil)
	big.Truncated = "length"
	short := warctest.Page("http://x.gov.cn/short.html", "质量月", "全市开展质量月活动。")
	short.Response = bytes.Replace(short.Response, []byte("Content-Length: "), []byte("Content-Length: 9"), 1)
	bomb := warctest.Response("http://x.gov.cn/bomb.html", "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
		gz(make([]byte, 40<<20)))
	path, _ := warctest.Write(t, t.TempDir(), "r.warc.gz", good, cut, slow, big, short, bomb)
	wf, err := crawler.OpenWARC(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if got := urls(t, wf); strings.Join(got, " ") != "ok.html" {
		t.Fatalf("pages %v", got)
	}
	want := map[string]string{"cut.html": crawler.ReasonTruncated, "slow.html": crawler.ReasonTruncated,
		"big.html": crawler.ReasonTruncated, "short.html": crawler.ReasonTruncated, "bomb.html": crawler.ReasonInflated}
	for _, r := range wf.Report.Refused {
		name := strings.TrimPrefix(r.URL, "http://x.gov.cn/")
		if want[name] != r.Reason {
			t.Errorf("%s refused for %s (%s), want %s", name, r.Reason, r.Detail, want[name])
		}
		delete(want, name)
	}
	if len(want) != 0 {
		t.Errorf("not refused: %v", want)
	}
}
