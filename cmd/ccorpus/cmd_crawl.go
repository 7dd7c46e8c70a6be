package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
)

func init() {
	register(command{name: "crawl", summary: "fetch what is new on the sites of a sources file, politely and resumably, and store it", run: runCrawl})
}

func runCrawl(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("crawl", stderr,
		"Usage: ccorpus crawl [--db FILE] [--sources FILE] [--since DATE] [--warc DIR] [--deadline DURATION] [--recheck]",
		"Crawls the news sections listed in the sources file (see crawler/sources.example.toml): list pages,",
		"feeds and sitemaps are checked again (conditionally), articles not fetched before are fetched",
		"and run through the same pipeline as ingest. robots.txt and per-host rates are obeyed; every",
		"request and response is archived as WARC. A run that is killed continues where it stopped",
		"when started again. Prints a summary; exit code 1 when some URLs failed or work was left.")
	dbPath := dbFlag(fs)
	sources := fs.String("sources", "sources.toml", "sources `FILE` (TOML)")
	since := fs.String("since", "", "skip articles published before `DATE` (YYYY-MM-DD)")
	warcDir := fs.String("warc", "", "folder for WARC files (default: warc_dir of the sources file, else FILE.warc beside the database)")
	deadline := fs.Duration("deadline", 0, "stop after this long (the next run resumes); 0 for no limit")
	recheck := fs.Bool("recheck", false, "fetch stored articles again (conditionally): edited ones are stored again, counted as changed")
	progress := fs.String("progress", "auto", "progress display on stderr: auto (when a terminal), on, off")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	if *since != "" {
		if _, err := time.Parse("2006-01-02", *since); err != nil {
			fmt.Fprintf(stderr, "crawl: --since %q is not YYYY-MM-DD\n", *since)
			return errUsage
		}
	}
	src, err := crawler.LoadSources(*sources)
	if err != nil {
		return err
	}
	if *deadline > 0 {
		src.Crawl.Deadline.Duration = *deadline
	}
	show := *progress == "on" || (*progress == "auto" && isTerminal(stderr))
	_, err = crawlSources(ctx, crawlJob{db: *dbPath, src: src, since: *since, warc: *warcDir, recheck: *recheck, progress: show}, stdout, stderr)
	return err
}

// crawlJob is one crawl run's settings.
type crawlJob struct {
	db       string
	src      crawler.Sources
	since    string
	warc     string
	recheck  bool
	progress bool
}

// crawlSources runs one crawl into the database and prints its summary.
func crawlSources(ctx context.Context, job crawlJob, stdout, stderr io.Writer) (crawler.Summary, error) {
	unlock, err := crawler.Lock(job.db + ".crawl.lock")
	if err != nil {
		return crawler.Summary{}, err
	}
	defer unlock()
	db, err := openDB(ctx, job.db)
	if err != nil {
		return crawler.Summary{}, err
	}
	defer db.Close()
	p, err := loadPipeline()
	if err != nil {
		return crawler.Summary{}, err
	}
	dir := job.warc
	if dir == "" {
		dir = job.src.Crawl.WARCDir
	}
	if dir == "" {
		dir = job.db + ".warc"
	}
	ww, err := crawler.NewWARCWriter(dir, strings.TrimSuffix(filepath.Base(job.db), filepath.Ext(job.db)),
		job.src.Crawl.WARCSize, map[string]string{"operator": job.src.Crawl.Contact, "software": "ccorpus crawl"})
	if err != nil {
		return crawler.Summary{}, err
	}
	defer ww.Close()
	runID, err := db.StartRun(ctx, "crawl")
	if err != nil {
		return crawler.Summary{}, err
	}
	sink := &crawlSink{p: p, db: db, since: job.since}
	c, err := crawler.New(job.src, db.CrawlFrontier(), sink, ww, crawler.Options{Since: job.since, Recheck: job.recheck, Logger: slog.Default()})
	if err != nil {
		return crawler.Summary{}, err
	}
	pctx, stopProgress := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if job.progress {
			crawler.ShowProgress(pctx, stderr, c, 300*time.Millisecond, 12)
		}
	}()
	sum, err := c.Run(ctx)
	stopProgress()
	<-done
	if werr := sum.Write(stdout); err == nil {
		err = werr
	}
	if err != nil {
		return sum, err
	}
	counts := store.RunCounts{Pages: sum.New + sum.Changed + sum.Unchanged + sum.FailedTotal(),
		Inserted: sum.New, Updated: sum.Changed, Unchanged: sum.Unchanged, Failed: sum.FailedTotal()}
	if err := db.FinishRun(context.WithoutCancel(ctx), runID, counts); err != nil {
		return sum, err
	}
	if sum.Stopped {
		return sum, fmt.Errorf("crawl stopped early: %w", errPartial)
	}
	if n := sum.FailedTotal(); n > 0 {
		return sum, fmt.Errorf("%d URLs failed: %w", n, errPartial)
	}
	return sum, nil
}

// crawlSink runs fetched articles through the pipeline and stores them.
// Storing is keyed by canonical URL, so a page put twice (after a crash)
// replaces itself.
type crawlSink struct {
	p     *pipeline
	db    *store.DB
	since string
}

func (s *crawlSink) Put(ctx context.Context, page extract.Page) error {
	r, err := s.p.processPage(ctx, page)
	if err != nil {
		return err
	}
	if pub := extract.Deref(r.Doc.Published); s.since != "" && len(pub) >= 10 && pub[:10] < s.since {
		return crawler.Skip("before-since")
	}
	_, err = s.db.Write(ctx, store.Batch{Pages: []store.Page{storePage(page, r)}})
	return err
}
