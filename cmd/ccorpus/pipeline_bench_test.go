package main

import (
	"bytes"
	"context"
	"errors"
	"github.com/ccorpus/ccorpus/cmd/internal/olderpages"
	"github.com/ccorpus/ccorpus/cmd/internal/pipeline"
	"github.com/ccorpus/ccorpus/extract/content"
	"github.com/ccorpus/ccorpus/extract/place"
	"github.com/ccorpus/ccorpus/normalize"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/extract/facts"
	"github.com/ccorpus/ccorpus/extract/gazetteer"
	"github.com/ccorpus/ccorpus/extract/segment"
	"github.com/ccorpus/ccorpus/normalize/opencc"
)

// htmlPages reads the shared corpus's html pages, skipping when it is absent.
func htmlPages(tb testing.TB) []extract.Page {
	tb.Helper()
	sd := sharedCorpus()
	if sd == "" {
		tb.Skip("shared corpus not found beside the repository nor at /work/shared")
	}
	files, _ := filepath.Glob(filepath.Join(sd, "corpus", "html", "pages", "*.html"))
	if len(files) == 0 {
		tb.Skip("no html pages in the shared corpus")
	}
	var pages []extract.Page
	for _, f := range files {
		pg, err := testApp(io.Discard, io.Discard).readPage(context.Background(), f)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, pg)
	}
	return pages
}

// BenchmarkPipeline runs the loaded pipeline over the shared html pages and
// over 60 invented older web pages (cmd/internal/olderpages), page by page
// and in turn with html.Parse of the same bytes, in this process (the
// product's code only: cmd/refbench does the same beside the reference
// extractors, whose 30 MB of compiled patterns every collection there has
// to mark). Each stage of each page starts on a collected heap, so it pays
// for the collections its own garbage causes, and is timed in process CPU
// time, which other processes on the machine disturb less than wall time.
// It reports the pipeline's CPU per page (ms/page), html.Parse's, their
// ratio (x-html-parse), and the wall time of the content, clean and facts
// stages measured one by one (ns/page-content, -clean, -facts).
//
// Each iteration then also runs the set back to back, as a batch does:
// html.Parse of every page, then the pipeline over every page, each pass
// timed in CPU time with the collections its own garbage triggers
// (ms/page-steady, x-html-parse-steady). Started on a collected heap, a
// page is measured with caches the collection has cooled and without any
// collection; back to back, caches are warm and collections are paid
// for, html.Parse's share of them included.
func BenchmarkPipeline(b *testing.B) {
	p, err := loadPipeline()
	if err != nil {
		b.Fatal(err)
	}
	sets := []struct {
		name  string
		pages func(testing.TB) []extract.Page
	}{
		{"html", htmlPages},
		{"older", func(testing.TB) []extract.Page { return olderpages.Pages(60) }},
	}
	for _, set := range sets {
		b.Run(set.name, func(b *testing.B) {
			pages := set.pages(b)
			ctx := context.Background()
			var parse, whole, content, clean, fx, steadyParse, steadyWhole time.Duration
			stage := func(total *time.Duration, f func()) {
				b.StopTimer()
				runtime.GC()
				b.StartTimer()
				c0 := cpuTime()
				f()
				*total += cpuTime() - c0
			}
			for b.Loop() {
				for _, pg := range pages {
					stage(&parse, func() {
						if _, err := html.Parse(bytes.NewReader(pg.Raw)); err != nil {
							b.Fatal(err)
						}
					})
					stage(&whole, func() {
						if _, err := p.Process(ctx, pg); err != nil {
							b.Fatal(err)
						}
					})
					c, cl, f := stageTimes(b, p, pg)
					content += c
					clean += cl
					fx += f
				}
				c0 := cpuTime()
				for _, pg := range pages {
					if _, err := html.Parse(bytes.NewReader(pg.Raw)); err != nil {
						b.Fatal(err)
					}
				}
				c1 := cpuTime()
				for _, pg := range pages {
					if _, err := p.Process(ctx, pg); err != nil {
						b.Fatal(err)
					}
				}
				steadyParse += c1 - c0
				steadyWhole += cpuTime() - c1
			}
			n := float64(b.N * len(pages))
			perPage := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / n }
			b.ReportMetric(perPage(whole)/1e6, "ms/page")
			b.ReportMetric(perPage(parse)/1e6, "ms/page-html-parse")
			b.ReportMetric(float64(whole)/float64(parse), "x-html-parse")
			b.ReportMetric(perPage(steadyWhole)/1e6, "ms/page-steady")
			b.ReportMetric(float64(steadyWhole)/float64(steadyParse), "x-html-parse-steady")
			b.ReportMetric(perPage(content), "ns/page-content")
			b.ReportMetric(perPage(clean), "ns/page-clean")
			b.ReportMetric(perPage(fx), "ns/page-facts")
		})
	}
}

// stageTimes runs the stages of process one by one on a page and times each.
func stageTimes(b *testing.B, p *pipeline.Pipeline, pg extract.Page) (content, clean, fx time.Duration) {
	t0 := time.Now()
	art, err := p.Reader().Read(pg)
	if err != nil {
		b.Fatal(err)
	}
	t1 := time.Now()
	res := p.Cleaner().Clean(art.Text)
	title := p.Cleaner().CleanTitle(art.Title)
	origin := p.Cleaner().Convert(art.Origin)
	t2 := time.Now()
	p.Facts().Extract(facts.Input{Title: title, Text: res.Text, Published: art.Published, URL: art.URL, Origin: origin})
	return t1.Sub(t0), t2.Sub(t1), time.Since(t2)
}

// loadChildEnv marks the child process TestPipelineLoadTime starts.
const loadChildEnv = "CCORPUS_LOAD_TIME_CHILD"

// TestPipelineLoadTime reports what loading the pipeline costs in a fresh
// process (the dictionaries load once per process, so this one may have
// them already): the gazetteer, the segmenter's embedded dictionary, OpenCC's t2s, and
// the rest of the pipeline, in that order, then the first page, which builds
// the tables loaded on first use.
func TestPipelineLoadTime(t *testing.T) {
	if os.Getenv(loadChildEnv) != "" {
		stage := func(name string, f func() error) {
			t0 := time.Now()
			if err := f(); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			t.Logf("load %-9s %6.0f ms", name, float64(time.Since(t0).Microseconds())/1000)
		}
		t0 := time.Now()
		var (
			gz  *gazetteer.Gazetteer
			seg *segment.Dict
			cv  normalize.Converter
			p   *pipeline.Pipeline
		)
		stage("gazetteer", func() (err error) { gz, err = gazetteer.Load(); return err })
		stage("segment", func() (err error) { seg, err = segment.New(); return err })
		stage("opencc", func() (err error) { cv, err = opencc.New("t2s"); return err })
		stage("rest", func() error {
			rules, err := content.DefaultRules()
			p = pipeline.New(rules, normalize.NewCleaner(cv).WithCutter(seg), facts.New(place.New(seg, gz)), seg)
			return err
		})
		t.Logf("load %-9s %6.0f ms", "total", float64(time.Since(t0).Microseconds())/1000)
		// Some tables are built on first use: the first page pays for them.
		stage("1st page", func() error {
			seeds, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
			if len(seeds) == 0 {
				return errors.New("no seed page in testdata/seeds")
			}
			pg, err := testApp(io.Discard, io.Discard).readPage(context.Background(), seeds[0])
			if err == nil {
				_, err = p.Process(context.Background(), pg)
			}
			return err
		})
		return
	}
	if testing.Short() {
		t.Skip("loads the dictionaries in a child process")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestPipelineLoadTime$", "-test.v", "-test.count=1")
	cmd.Env = append(os.Environ(), loadChildEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	var lines int
	for _, l := range strings.Split(string(out), "\n") {
		if strings.Contains(l, "load ") {
			t.Log(strings.TrimSpace(l))
			lines++
		}
	}
	if lines != 6 {
		t.Fatalf("child reported %d load times, want 6:\n%s", lines, out)
	}
}

// BenchmarkPipelineColdWarm runs each stage of each older page twice in a
// row, the first time right after a collection (cooled caches) and the
// second at once (warm), and reports both per page in CPU time:
// ns/page-cold-parse and -warm-parse for a bare html.Parse, and the same
// for the pipeline's reading (decoding, html.Parse, content), cleaning and
// facts. What a stage costs more cold is what it fetches again: its code
// and tables.
func BenchmarkPipelineColdWarm(b *testing.B) {
	p, err := loadPipeline()
	if err != nil {
		b.Fatal(err)
	}
	pages := olderpages.Pages(60)
	names := []string{"parse", "read", "clean", "facts"}
	var cold, warm [4]time.Duration
	timed := func(i int, pass int, f func()) {
		if pass == 0 {
			runtime.GC()
		}
		c0 := cpuTime()
		f()
		if d := cpuTime() - c0; pass == 0 {
			cold[i] += d
		} else {
			warm[i] += d
		}
	}
	for b.Loop() {
		for _, pg := range pages {
			for pass := 0; pass < 2; pass++ {
				var art extract.Article
				var res normalize.Result
				timed(0, pass, func() {
					if _, err := html.Parse(bytes.NewReader(pg.Raw)); err != nil {
						b.Fatal(err)
					}
				})
				timed(1, pass, func() {
					if art, err = p.Reader().Read(pg); err != nil {
						b.Fatal(err)
					}
				})
				timed(2, pass, func() { res = p.Cleaner().Clean(art.Text) })
				timed(3, pass, func() {
					p.Facts().Extract(facts.Input{Title: art.Title, Text: res.Text, Published: art.Published, URL: art.URL})
				})
			}
		}
	}
	n := float64(b.N * len(pages))
	for i, name := range names {
		b.ReportMetric(float64(cold[i].Nanoseconds())/n, "ns/page-cold-"+name)
		b.ReportMetric(float64(warm[i].Nanoseconds())/n, "ns/page-warm-"+name)
	}
}
