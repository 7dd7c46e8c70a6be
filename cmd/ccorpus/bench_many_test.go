package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/cmd/internal/pipeline"
	"github.com/ccorpus/ccorpus/extract"
)

// manyPagesEnv names the folder BenchmarkIngestMany's child ingests.
const manyPagesEnv = "CCORPUS_INGEST_MANY_CHILD"

// TestIngestManyChild is BenchmarkIngestMany's child process: it runs
// `ccorpus ingest` on the folder manyPagesEnv names, and is skipped otherwise.
func TestIngestManyChild(t *testing.T) {
	dir := os.Getenv(manyPagesEnv)
	if dir == "" {
		t.Skip("run by BenchmarkIngestMany")
	}
	if err := Run(context.Background(), []string{"ingest", "--db", filepath.Join(dir, "many.db"), filepath.Join(dir, "pages")}, os.Stdout, os.Stderr); err != nil {
		t.Fatal(err)
	}
}

// manyPagesCount is the size of BenchmarkIngestMany's batch.
const manyPagesCount = 10000

// writeManyPages writes n pages to dir/pages by cycling through the shared
// corpus's html pages and text dumps, each copy made distinct by its number.
func writeManyPages(tb testing.TB, dir string, n int) {
	sd := sharedCorpus()
	if sd == "" {
		tb.Skip("shared corpus not found beside the repository nor at /work/shared")
	}
	var src []string
	for _, g := range []string{"html/pages/*.html", "facts/pages/*.txt", "facts2/pages/*.txt", "seeds/*.txt"} {
		m, _ := filepath.Glob(filepath.Join(sd, "corpus", g))
		src = append(src, m...)
	}
	if len(src) == 0 {
		tb.Skip("no pages in the shared corpus")
	}
	for i := 0; i < n; i++ {
		f := src[i%len(src)]
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		ext := filepath.Ext(f)
		if ext == ".html" {
			raw = fmt.Appendf(raw, "\n<!-- copy %d -->\n", i/len(src))
		} else {
			raw = fmt.Appendf(raw, "\n\n%d\n", i/len(src))
		}
		sub := filepath.Join(dir, "pages", fmt.Sprintf("%03d", i/1000))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("p%05d%s", i, ext)), raw, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchmarkIngestMany ingests 10,000 pages (the shared pages repeated) in a
// fresh process with GOMAXPROCS=1 and 2 (in turn, alternating the order per
// iteration), and reports each run's pages/s,
// the child's peak RSS in MiB, and the speed-up of two cores over one
// (x-cores, same run; meaningful only on an otherwise idle machine).
func BenchmarkIngestMany(b *testing.B) {
	dir := b.TempDir()
	writeManyPages(b, dir, manyPagesCount)
	rate := map[int]float64{}
	var peak int64
	order := []int{1, 2}
	for b.Loop() {
		for _, procs := range order {
			os.Remove(filepath.Join(dir, "many.db"))
			cmd := exec.Command(os.Args[0], "-test.run=^TestIngestManyChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), manyPagesEnv+"="+dir, "GOMAXPROCS="+strconv.Itoa(procs))
			t0 := time.Now()
			if out, err := cmd.CombinedOutput(); err != nil {
				b.Fatalf("child ingest: %v\n%s", err, out)
			}
			rate[procs] += manyPagesCount / time.Since(t0).Seconds()
			if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
				peak = max(peak, ru.Maxrss) // KiB on Linux
			}
		}
		order[0], order[1] = order[1], order[0] // alternate, so a change of load weighs on both
	}
	b.ReportMetric(rate[1]/float64(b.N), "pages/s-1core")
	b.ReportMetric(rate[2]/float64(b.N), "pages/s-2cores")
	b.ReportMetric(rate[2]/rate[1], "x-cores")
	b.ReportMetric(float64(peak)/1024, "MiB-peak-rss")
}

// BenchmarkPipelineCores is the ceiling BenchmarkIngestMany's x-cores is
// measured against: the pipeline alone (no store, no files) over the shared
// pages in BenchmarkIngestMany's mix, on the worker pool with GOMAXPROCS=1
// and 2 in turn in this process, alternating the order per iteration. Its
// x-cores is what the machine gives this work from a second core; ingest's
// x-cores over it is what reading, the single writer and SQLite leave.
func BenchmarkPipelineCores(b *testing.B) {
	sd := sharedCorpus()
	if sd == "" {
		b.Skip("shared corpus not found beside the repository nor at /work/shared")
	}
	var pages []extract.Page
	for _, g := range []string{"html/pages/*.html", "facts/pages/*.txt", "facts2/pages/*.txt", "seeds/*.txt"} {
		files, _ := filepath.Glob(filepath.Join(sd, "corpus", g))
		for _, f := range files {
			pg, err := testApp(io.Discard, io.Discard).readPage(context.Background(), f)
			if err != nil {
				b.Fatal(err)
			}
			pages = append(pages, pg)
		}
	}
	p, err := loadPipeline()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	spent := map[int]time.Duration{}
	order := []int{1, 2}
	const rounds = 3 // passes over the pages per setting and iteration
	for b.Loop() {
		for _, procs := range order {
			runtime.GOMAXPROCS(procs)
			runtime.GC()
			t0 := time.Now()
			for range rounds {
				err := runWindowed(ctx, len(pages), procs, windowPerWorker, func(ctx context.Context, i int) (pipeline.Processed, error) {
					return p.ProcessPage(ctx, pages[i])
				}, func(int, pipeline.Processed, error) error { return nil })
				if err != nil {
					b.Fatal(err)
				}
			}
			spent[procs] += time.Since(t0)
		}
		order[0], order[1] = order[1], order[0]
	}
	n := float64(b.N * rounds * len(pages))
	b.ReportMetric(n/spent[1].Seconds(), "pages/s-1core")
	b.ReportMetric(n/spent[2].Seconds(), "pages/s-2cores")
	b.ReportMetric(spent[1].Seconds()/spent[2].Seconds(), "x-cores")
}
