package main

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/ccorpus/ccorpus/cmd/internal/pipeline"
	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/extract/content"
	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/postgres"
)

func runCrawl(ctx context.Context, a *app, args []string) error {
	stderr := a.stderr
	fs := newFlagSet("crawl", stderr,
		"Usage: ccorpus crawl [--db FILE|URL] [--worker NAME] [--sources FILE] [--since DATE] [--warc DIR] [--deadline DURATION]",
		"                     [--recheck] [--allow-private]",
		"Crawls the news sections listed in the sources file (see crawler/sources.example.toml): list pages,",
		"feeds and sitemaps are checked again (conditionally), articles not fetched before are fetched",
		"and run through the same pipeline as ingest. robots.txt and per-host rates are obeyed; every",
		"request and response is archived as WARC. A run that is killed continues where it stopped",
		"when started again. With --db postgres://… any number of processes on any machines crawl the",
		"sources together: each URL is fetched once and each host's limits hold over all of them.",
		"Prints a summary; exit code 1 when some URLs failed or work was left, 130 when interrupted",
		"by a signal.")
	dbPath := dbFlag(fs)
	sources := fs.String("sources", "sources.toml", "sources `FILE` (TOML)")
	since := fs.String("since", "", "skip articles published before `DATE` (YYYY-MM-DD)")
	warcDir := fs.String("warc", "", "folder for WARC files (default: warc_dir of the sources file, else FILE.warc beside the database)")
	deadline := fs.Duration("deadline", 0, "stop after this long (the next run resumes); 0 for no limit")
	recheck := fs.Bool("recheck", false, "fetch stored articles again (conditionally): edited ones are stored again, counted as changed")
	progress := fs.String("progress", "auto", "progress display on stderr: auto (when a terminal), on, off")
	lease := fs.Duration("lease", 15*time.Second, "on PostgreSQL: how long the URLs of a worker that died stay held before others take them")
	worker := fs.String("worker", os.Getenv("CCORPUS_WORKER"), "this process's `NAME` when several crawl one PostgreSQL store (default $CCORPUS_WORKER, else host name and pid)")
	allowPrivate := fs.Bool("allow-private", false, "let sites resolve to private, loopback or link-local addresses (like allow_private in the sources file)")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError(stderr, "crawl", "takes no arguments (sites come from --sources), got %q", fs.Args())
	}
	if *progress != "auto" && *progress != "on" && *progress != "off" {
		return usageError(stderr, "crawl", "--progress %q is not auto, on or off", *progress)
	}
	if *since != "" {
		if _, err := time.Parse("2006-01-02", *since); err != nil {
			return usageError(stderr, "crawl", "--since %q is not a date YYYY-MM-DD", *since)
		}
	}
	src, err := crawler.LoadSources(*sources)
	if err != nil {
		return err
	}
	if *allowPrivate {
		src.Crawl.AllowPrivate = true
	}
	if *deadline > 0 {
		src.Crawl.Deadline.Duration = *deadline
	}
	show := *progress == "on" || (*progress == "auto" && isTerminal(stderr))
	_, err = a.crawlSources(ctx, crawlJob{db: *dbPath, src: src, since: *since, warc: *warcDir, recheck: *recheck, progress: show, worker: *worker, lease: *lease})
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
	worker   string        // --worker: this process's name on a shared store
	lease    time.Duration // --lease on a shared store
}

// crawlSources runs one crawl into the database and prints its summary.
func (a *app) crawlSources(ctx context.Context, job crawlJob) (crawler.Summary, error) {
	stdout, stderr := a.stdout, a.stderr
	overlay, err := sourceRules(job.src)
	if err != nil {
		return crawler.Summary{}, err
	}
	db, err := openDB(ctx, job.db)
	if err != nil {
		return crawler.Summary{}, err
	}
	defer db.Close()
	if workerName(db, job.worker) != "" && job.lease > 0 {
		db.(*postgres.DB).Lease = job.lease
	}
	unlock, err := db.LockCrawl(ctx)
	if err != nil {
		return crawler.Summary{}, err
	}
	defer unlock()
	p, err := a.pipelineWith(overlay)
	if err != nil {
		return crawler.Summary{}, err
	}
	dir, prefix := warcPlace(job, workerName(db, job.worker))
	ww, err := crawler.NewWARCWriter(dir, prefix, job.src.Crawl.WARCSize, map[string]string{"operator": job.src.Crawl.Contact, "software": "ccorpus crawl"})
	if err != nil {
		return crawler.Summary{}, err
	}
	defer ww.Close()
	runID, err := db.StartRun(ctx, "crawl")
	if err != nil {
		return crawler.Summary{}, err
	}
	// Pages go to the store through the one batching writer, committed
	// often (a crawl is slow) and acknowledged to the crawler only once
	// committed, so the frontier never marks done a page that is not stored.
	w := startWriterEvery(context.WithoutCancel(ctx), db, false, crawlWriteEvery)
	sink := &crawlSink{p: p, w: w, since: job.since}
	c, err := crawler.New(job.src, db.CrawlFrontier(), sink, ww, crawler.Options{Since: job.since, Recheck: job.recheck, Logger: a.log})
	if err != nil {
		w.close()
		return crawler.Summary{}, err
	}
	pctx, stopProgress := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if job.progress {
			showCrawlProgress(pctx, stderr, c, 300*time.Millisecond, 12)
		}
	}()
	sum, err := c.Run(ctx)
	stopProgress()
	<-done
	if _, werr := w.close(); err == nil {
		err = werr
	}
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
	if sum.Stopped && ctx.Err() != nil {
		return sum, fmt.Errorf("crawl interrupted; what was fetched is stored, run the same command again to continue: %w", errInterrupted)
	}
	if sum.Stopped {
		return sum, fmt.Errorf("crawl stopped early: %w", errPartial)
	}
	if n := sum.Failed[crawler.ReasonForbiddenAddr] + sum.Blocked[crawler.ReasonForbiddenAddr]; n > 0 {
		fmt.Fprintf(stderr, "ccorpus crawl: %d URLs resolve to private, loopback or link-local addresses; pass --allow-private (or set allow_private = true under [crawl]) to fetch them\n", n)
	}
	if n := sum.FailedTotal(); n > 0 {
		return sum, fmt.Errorf("%d URLs failed: %w", n, errPartial)
	}
	return sum, nil
}

// crawlWriteEvery is how long a crawled page waits at most for its batch's commit.
const crawlWriteEvery = 200 * time.Millisecond

// crawlSink runs fetched articles through the pipeline and stores them.
// Storing is keyed by canonical URL, so a page put twice (after a crash)
// replaces itself. Put returns once the page is committed.
type crawlSink struct {
	p     *pipeline.Pipeline
	w     *writer
	since string
}

func (s *crawlSink) Put(ctx context.Context, f crawler.Fetched) error {
	page := pipelineInput(f, "")
	r, err := s.p.ProcessPage(ctx, page)
	if err != nil {
		return err
	}
	if pub := extract.Deref(r.Doc.Published); s.since != "" && len(pub) >= 10 && pub[:10] < s.since {
		return crawler.Skip("before-since")
	}
	sp := storePage(s.p, page, r)
	if err := sp.Prepare(); err != nil {
		return err
	}
	sp.DropRaw() // the writer needs only the compressed copy
	return s.w.putAndWait(writeItem{page: &sp})
}

// sourceRules is the site-rule overlay of a sources file: the charset,
// content and region keys of each site, for each of its hosts. Two sites
// that share a host must not set different values.
func sourceRules(src crawler.Sources) ([]content.Rule, error) {
	byHost := map[string]content.Rule{}
	owner := map[string]string{}
	var hosts []string
	for _, s := range src.Sites {
		r := content.Rule{Charset: s.Charset, Content: s.Content, Region: s.Region}
		if r.IsZero() {
			continue
		}
		for _, h := range s.Hosts {
			h, _, _ = strings.Cut(strings.ToLower(h), ":")
			prev, seen := byHost[h]
			if seen && prev != (content.Rule{Host: h, Charset: r.Charset, Content: r.Content, Region: r.Region}) {
				return nil, fmt.Errorf("sources: sites %q and %q share host %s but set different charset, content or region", owner[h], s.Name, h)
			}
			if !seen {
				hosts = append(hosts, h)
				owner[h] = s.Name
			}
			r.Host = h
			byHost[h] = r
		}
	}
	sort.Strings(hosts)
	out := make([]content.Rule, 0, len(hosts))
	for _, h := range hosts {
		out = append(out, byHost[h])
	}
	return out, nil
}
