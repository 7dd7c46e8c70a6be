package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/ccorpus/ccorpus/store"
)

func runIngest(ctx context.Context, a *app, args []string) error {
	stderr := a.stderr
	fs := newFlagSet("ingest", stderr,
		"Usage: ccorpus ingest [--db FILE|URL] [--allow-private] [--queue] FILE_OR_FOLDER_OR_URL...",
		"Reads HTML files (.html .htm .shtml) and plain-text dumps (.txt, optionally starting with",
		"'url: …' header lines and a blank line), and folders of them, runs every page through the",
		"pipeline and stores it. Pages are identified by canonical URL, or by the hash of their bytes",
		"when they have none: re-ingesting a page changes nothing, a changed page is updated and its",
		"previous hashes kept. WARC files (.warc, .warc.gz: a crawl's archive or Common Crawl's) are",
		"read for the HTML pages of their response records. An http(s) URL is fetched once, with the",
		"crawler's timeouts and size caps (private addresses refused unless --allow-private).",
		"With --queue on a PostgreSQL store, the files are only queued, one job each, for",
		"'ccorpus work' processes on any machines to ingest (a file queued before is not queued again).")
	dbPath := dbFlag(fs)
	toQueue := fs.Bool("queue", false, "on PostgreSQL: queue one job per file for 'ccorpus work' instead of ingesting here")
	fs.BoolVar(&a.allowPrivate, "allow-private", false, "let pages named by URL come from private or loopback addresses (never link-local)")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError(stderr, "ingest", "names no input: give files, folders, WARC files or URLs")
	}
	paths, err := expandPaths(fs.Args(), isWARC)
	if err != nil {
		return err
	}
	db, err := openDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if *toQueue {
		return a.queueFiles(ctx, db, paths)
	}
	src, notes, err := a.inputSource(ctx, paths)
	if err != nil {
		return err
	}
	for _, n := range notes {
		fmt.Fprintf(stderr, "ccorpus ingest: %s\n", n)
	}
	if src.n == 0 && len(notes) == 0 {
		fmt.Fprintf(stderr, "ccorpus ingest: no pages found in %s (page files end in .html .htm .shtml .txt, archives in .warc .warc.gz)\n",
			strings.Join(fs.Args(), " "))
	}
	return a.ingestSource(ctx, db, src)
}

// ingestSource stores every page of src and prints the run's counts.
func (a *app) ingestSource(ctx context.Context, db store.Store, src pageSource) error {
	counts, err := a.storeRun(ctx, db, "ingest", src)
	summarizeRun(a.stdout, "ingest", counts)
	return err
}
