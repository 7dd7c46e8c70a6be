package refbench

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/ccorpus/ccorpus/cmd/internal/olderpages"
	"github.com/ccorpus/ccorpus/cmd/internal/pipeline"
	"github.com/ccorpus/ccorpus/extract"
)

// pages reads the shared corpus's html pages, skipping when it is absent.
func pages(tb testing.TB) []extract.Page {
	tb.Helper()
	var files []string
	for _, d := range []string{filepath.Join("..", "..", "..", "shared"), "/work/shared"} {
		files, _ = filepath.Glob(filepath.Join(d, "corpus", "html", "pages", "*.html"))
		if len(files) > 0 {
			break
		}
	}
	if len(files) == 0 {
		tb.Skip("no shared corpus html pages beside the repository nor at /work/shared")
	}
	var out []extract.Page
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, extract.Page{Source: f, Raw: raw, Kind: extract.KindHTML})
	}
	return out
}

// process runs one page through the pipeline as `ccorpus extract` and
// `ccorpus ingest` do (cmd/internal/pipeline, the one place that knows the
// order of the stages): decoding, content extraction, cleaning and
// conversion, fact extraction. What the store does after it (hashing,
// compressing) is not the extraction the references are compared with.
func process(tb testing.TB, p *pipeline.Pipeline, pg extract.Page) {
	if _, err := p.ProcessPage(context.Background(), pg); err != nil {
		tb.Fatal(err)
	}
}

// cpu returns the CPU time the process has used, the garbage collector's
// included: less sensitive to other processes than wall time.
func cpu() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkReference runs html.Parse, the ccorpus pipeline, go-readability
// and go-trafilatura over the shared html pages, and reports each one's CPU
// time per page (the process's, so the garbage collector's included) and
// the pipeline's as ratios to the others, measured two ways:
//   - page by page (x-html-parse, x-readability, x-trafilatura): each one
//     in turn on each page, each starting on a collected heap, so each pays
//     for the collections its own garbage causes, and each starts with the
//     caches the others left;
//   - back to back (the -steady figures): each one over all the pages,
//     steadyRounds times, one after the other, as a batch runs them,
//     starting on a collected heap and paying the collections its garbage
//     causes as they come.
func BenchmarkReference(b *testing.B) { reference(b, pages(b)) }

// BenchmarkReferenceOlder does the same over invented older general web
// pages (cmd/internal/olderpages: blogs with sidebars, portals of link blocks, forums in
// tables, a quarter of them GBK-encoded).
func BenchmarkReferenceOlder(b *testing.B) { reference(b, olderpages.Pages(60)) }

// steadyRounds is how many times a back-to-back pass runs over the pages:
// enough for several collections in each pass, so that where one falls
// (in this pass or the next one's) moves the ratios little.
const steadyRounds = 4

func reference(b *testing.B, pgs []extract.Page) {
	p, err := pipeline.Load()
	if err != nil {
		b.Fatal(err)
	}
	u, _ := url.Parse("http://example.invalid/")
	var parse, pipe, read, traf time.Duration
	var steady [4]time.Duration // parse, pipe, read, traf, back to back
	b.ResetTimer()
	// Each stage starts on a collected heap, so that it pays for the
	// collections its own garbage causes and not for the others'.
	stage := func(total *time.Duration, f func()) {
		b.StopTimer()
		runtime.GC()
		b.StartTimer()
		t0 := cpu()
		f()
		*total += cpu() - t0
	}
	parseOne := func(pg extract.Page) {
		if _, err := html.Parse(bytes.NewReader(pg.Raw)); err != nil {
			b.Fatal(err)
		}
	}
	// A page readability finds no article in is timed all the same.
	readOne := func(pg extract.Page) { readability.FromReader(bytes.NewReader(pg.Raw), u) }
	trafOne := func(pg extract.Page) {
		trafilatura.Extract(bytes.NewReader(pg.Raw), trafilatura.Options{OriginalURL: u})
	}
	pipeOne := func(pg extract.Page) { process(b, p, pg) }
	for b.Loop() {
		for _, pg := range pgs {
			stage(&parse, func() { parseOne(pg) })
			stage(&pipe, func() { pipeOne(pg) })
			stage(&read, func() { readOne(pg) })
			stage(&traf, func() { trafOne(pg) })
		}
		for i, f := range []func(extract.Page){parseOne, pipeOne, readOne, trafOne} {
			b.StopTimer()
			runtime.GC() // the garbage of the pass before is not this one's to collect
			b.StartTimer()
			t0 := cpu()
			for range steadyRounds {
				for _, pg := range pgs {
					f(pg)
				}
			}
			steady[i] += cpu() - t0
		}
	}
	n := float64(b.N * len(pgs))
	ms := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / n / 1e6 }
	b.ReportMetric(ms(pipe), "ms/page")
	b.ReportMetric(ms(parse), "ms/page-html-parse")
	b.ReportMetric(ms(read), "ms/page-readability")
	b.ReportMetric(ms(traf), "ms/page-trafilatura")
	b.ReportMetric(float64(pipe)/float64(parse), "x-html-parse")
	b.ReportMetric(float64(pipe)/float64(read), "x-readability")
	b.ReportMetric(float64(pipe)/float64(traf), "x-trafilatura")
	b.ReportMetric(ms(steady[1])/steadyRounds, "ms/page-steady")
	b.ReportMetric(float64(steady[1])/float64(steady[0]), "x-html-parse-steady")
	b.ReportMetric(float64(steady[1])/float64(steady[2]), "x-readability-steady")
	b.ReportMetric(float64(steady[1])/float64(steady[3]), "x-trafilatura-steady")
}
