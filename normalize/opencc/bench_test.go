package opencc

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// benchMinBytes is the least input the conversion benchmark uses.
const benchMinBytes = 10 << 20

var (
	benchOnce  sync.Once
	benchInput []byte
)

// benchText returns at least benchMinBytes of text: the corpus text pages,
// the same pages in traditional characters (converted by opencc s2t) and the
// generated dictionary text, repeated.
func benchText(b *testing.B) []byte {
	b.Helper()
	benchOnce.Do(func() {
		root := sharedDir(b)
		var pages bytes.Buffer
		for _, pat := range []string{"seeds/*.txt", "facts/pages/*.txt"} {
			files, _ := filepath.Glob(filepath.Join(root, "corpus", pat))
			for _, f := range files {
				raw, err := os.ReadFile(f)
				if err != nil {
					b.Fatal(err)
				}
				pages.Write(bytes.ToValidUTF8(bytes.ReplaceAll(raw, []byte{0}, nil), []byte("\uFFFD")))
				pages.WriteByte('\n')
			}
		}
		trad := runOpenCC(b, "s2t", pages.Bytes())
		var all bytes.Buffer
		for all.Len() < benchMinBytes {
			all.Write(pages.Bytes())
			all.Write(trad)
			all.Write(mixedInput(b))
		}
		benchInput = all.Bytes()
	})
	if benchInput == nil {
		b.Skip("no benchmark input")
	}
	return benchInput
}

// timeOpenCC returns the best of three wall times of the opencc tool
// converting input with configuration cfg, from a file to a file.
func timeOpenCC(b *testing.B, cfg string, input []byte) time.Duration {
	b.Helper()
	tool := openccTool(b)
	dir := b.TempDir()
	in := filepath.Join(dir, "in.txt")
	if err := os.WriteFile(in, input, 0o644); err != nil {
		b.Fatal(err)
	}
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		if out, err := exec.Command(tool, "-c", cfg+".json", "-i", in, "-o", filepath.Join(dir, "out.txt")).CombinedOutput(); err != nil {
			b.Fatalf("opencc: %v: %s", err, out)
		}
		best = min(best, time.Since(start))
	}
	return best
}

// BenchmarkConvert converts the same ≥10 MB text as the opencc tool, whose
// time is measured in the same run; opencc-ns/op over ns/op is the speed-up.
func BenchmarkConvert(b *testing.B) {
	for _, cfg := range Configs() {
		b.Run(cfg, func(b *testing.B) {
			in := benchText(b)
			ref := timeOpenCC(b, cfg, in)
			c := mustNew(b, cfg)
			s := string(in)
			var out []byte
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				out = c.AppendConvert(out[:0], s)
			}
			b.StopTimer()
			per := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(float64(ref.Nanoseconds()), "opencc-ns/op")
			b.ReportMetric(float64(ref.Nanoseconds())/per, "x-opencc-speed")
		})
	}
}

// BenchmarkConvertStream measures the streaming filter over the same input.
func BenchmarkConvertStream(b *testing.B) {
	in := benchText(b)
	ref := timeOpenCC(b, "t2s", in)
	c := mustNew(b, "t2s")
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := c.ConvertStream(b.Context(), io.Discard, bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	per := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(float64(ref.Nanoseconds())/per, "x-opencc-speed")
}

// BenchmarkLoad parses the t2s dictionaries from the embedded text, against
// the opencc tool's start-up on empty input (loading its .ocd2 files).
func BenchmarkLoad(b *testing.B) {
	ref := timeOpenCC(b, "t2s", nil)
	cfg := configs["t2s"]
	b.ReportAllocs()
	for b.Loop() {
		dictMu.Lock()
		clear(dictCache)
		dictMu.Unlock()
		if _, err := build("t2s", cfg); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	per := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(float64(ref.Nanoseconds()), "opencc-startup-ns")
	b.ReportMetric(float64(ref.Nanoseconds())/per, "x-opencc-startup")
}
