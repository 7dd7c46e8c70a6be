package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// seedPages are the seed pages in testdata, as they are.
func seedPages(b *testing.B) []string {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	var out []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(raw))
	}
	if len(out) == 0 {
		b.Fatal("no seed pages")
	}
	return out
}

// seedLines are the lines of the seed pages in testdata.
func seedLines(b *testing.B) []string {
	var out []string
	for _, p := range seedPages(b) {
		out = append(out, strings.Split(p, "\n")...)
	}
	return out
}

// benchVsRef times f over every line and reports it against ref, the rule
// it replaced, run as often over the same lines in the same benchmark,
// alternating with f (x-reference: f's time over ref's).
func benchVsRef(b *testing.B, f, ref func(string)) {
	lines := seedLines(b)
	var fT, refT time.Duration
	for b.Loop() {
		start := time.Now()
		for _, l := range lines {
			f(l)
		}
		mid := time.Now()
		for _, l := range lines {
			ref(l)
		}
		fT, refT = fT+mid.Sub(start), refT+time.Since(mid)
	}
	b.ReportMetric(float64(fT.Nanoseconds())/float64(b.N), "ns/op-new")
	b.ReportMetric(float64(refT.Nanoseconds())/float64(b.N), "ns/op-reference")
	b.ReportMetric(float64(fT)/float64(max(refT, 1)), "x-reference")
}

func BenchmarkChromeLine(b *testing.B) {
	benchVsRef(b, func(l string) { chromeLine(l) }, func(l string) { refChromeLine(l) })
}

func BenchmarkIsCopyright(b *testing.B) {
	benchVsRef(b, func(l string) { IsCopyright(l) }, func(l string) { refIsCopyright(l) })
}

func BenchmarkFixLine(b *testing.B) {
	benchVsRef(b, func(l string) { fixLine(l) }, func(l string) { fixLineAll(l) })
}

func BenchmarkHits(b *testing.B) {
	lx, err := defaultLexicon()
	if err != nil {
		b.Fatal(err)
	}
	benchVsRef(b, func(l string) { lx.hits([]rune(l)) }, func(l string) { lx.refHits([]rune(l)) })
}

func BenchmarkDupKey(b *testing.B) {
	benchVsRef(b, func(l string) { appendDupKey(nil, l) }, func(l string) { strings.Map(dupRune, l) })
}

func BenchmarkStripPinyinOnce(b *testing.B) {
	benchVsRef(b, func(l string) { stripPinyinOnce(l) }, func(l string) { refStripPinyinOnce(l) })
}

func BenchmarkMaybeMojibake(b *testing.B) {
	benchVsRef(b, func(l string) { maybeMojibake(l) }, func(l string) { refMaybeMojibake(l) })
}
