package main

import (
	"context"
	"fmt"
	"github.com/ccorpus/ccorpus/cmd/internal/pipeline"
	"github.com/ccorpus/ccorpus/store/sqlite"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/extract"
)

// sharedCorpus finds the shared corpus beside the repository, "" when absent.
func sharedCorpus() string {
	for _, d := range []string{filepath.Join("..", "..", "..", "shared"), "/work/shared"} {
		if st, err := os.Stat(filepath.Join(d, "corpus")); err == nil && st.IsDir() {
			return d
		}
	}
	return ""
}

// benchPages returns the demo site's pages copied n times, each copy made
// distinct so that every page is a new page to the store.
func benchPages(b *testing.B, n int) []extract.Page {
	names, err := demoPages()
	if err != nil {
		b.Fatal(err)
	}
	var pages []extract.Page
	for c := 0; c < n; c++ {
		for _, name := range names {
			raw, err := fs.ReadFile(demoSite, name)
			if err != nil {
				b.Fatal(err)
			}
			raw = append(raw, fmt.Sprintf("\n<!-- copy %d -->\n", c)...)
			pages = append(pages, extract.Page{Source: name, Raw: raw, FetchedAt: time.Now()})
		}
	}
	return pages
}

func sliceSource(pages []extract.Page) pageSource {
	return pageSource{
		n:    len(pages),
		name: func(i int) string { return pages[i].Source },
		load: func(context.Context, int) (extract.Page, int64, error) { return extract.Page{}, 0, nil },
	}
}

// BenchmarkIngest measures pages/s of ingest (pipeline on the worker pool and
// the batching store writer) against the reference of the pipeline alone on
// the same pages in the same run: the ratio is what storing costs.
func BenchmarkIngest(b *testing.B) {
	p, err := loadPipeline()
	if err != nil {
		b.Fatal(err)
	}
	inputs := map[string][]extract.Page{"demo": benchPages(b, 20)}
	if sd := sharedCorpus(); sd != "" {
		files, _ := filepath.Glob(filepath.Join(sd, "corpus", "html", "pages", "*.html"))
		for _, f := range files {
			pg, err := testApp(io.Discard, io.Discard).readPage(context.Background(), f)
			if err != nil {
				b.Fatal(err)
			}
			inputs["html"] = append(inputs["html"], pg)
		}
	}
	for name, pages := range inputs {
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			var ingest, pipe, cpu time.Duration
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				err := runOrdered(ctx, len(pages), func(ctx context.Context, i int) (pipeline.Processed, error) {
					return p.ProcessPage(ctx, pages[i])
				}, func(int, pipeline.Processed, error) error { return nil })
				if err != nil {
					b.Fatal(err)
				}
				pipe += time.Since(t0)

				b.StopTimer()
				db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
				if err != nil {
					b.Fatal(err)
				}
				src := sliceSource(pages)
				src.load = func(_ context.Context, i int) (extract.Page, int64, error) { return pages[i], 0, nil }
				b.StartTimer()
				t0, c0 := time.Now(), cpuTime()
				if _, err := testApp(io.Discard, io.Discard).storeRun(ctx, db, "ingest", src); err != nil {
					b.Fatal(err)
				}
				ingest += time.Since(t0)
				cpu += cpuTime() - c0
				db.Close()
			}
			n := float64(len(pages) * b.N)
			b.ReportMetric(n/ingest.Seconds(), "pages/s")
			b.ReportMetric(n/pipe.Seconds(), "pages/s-pipeline-only")
			b.ReportMetric(pipe.Seconds()/ingest.Seconds(), "ingest-speed-vs-pipeline")
			b.ReportMetric(cpu.Seconds()/ingest.Seconds(), "cores-busy")
		})
	}
}

// cpuTime returns the user and system CPU time of this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
