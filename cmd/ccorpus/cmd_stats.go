package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/postgres"
)

func runStats(ctx context.Context, a *app, args []string) error {
	stdout, stderr := a.stdout, a.stderr
	fs := newFlagSet("stats", stderr,
		"Usage: ccorpus stats [--db FILE] [--json]",
		"Prints what the store holds: documents and records, records by campaign, year and province,",
		"pages stored without records and why, pages that failed and at which stage, and the last runs.")
	dbPath := existingDBFlag(fs)
	asJSON := fs.Bool("json", false, "print the same counts as one JSON object (for scripts)")
	return onReadStore(ctx, fs, args, dbPath, func(db store.Store) error {
		s, err := db.Stats(ctx)
		if err != nil {
			return err
		}
		var jobs []store.Count
		if pg, ok := db.(*postgres.DB); ok {
			if jobs, err = pg.JobCounts(ctx); err != nil {
				return err
			}
		}
		if *asJSON {
			return writeStatsJSON(stdout, s, jobs)
		}
		return writeStats(stdout, s, jobs)
	})
}

// writeStats prints s, and the job queue's jobs by kind and state when there are any.
func writeStats(w io.Writer, s store.Stats, jobs []store.Count) error {
	var b strings.Builder
	fmt.Fprintf(&b, "documents %d (on topic %d, changed since first seen %d), records %d, activities %d\n",
		s.Documents, s.OnTopic, s.Changed, s.Records, s.Activities)
	section := func(title string, cs []store.Count) {
		fmt.Fprintf(&b, "\n%s\n", title)
		if len(cs) == 0 {
			fmt.Fprintf(&b, "  (none)\n")
		}
		for _, c := range cs {
			fmt.Fprintf(&b, "  %s %6d\n", padRight(c.Label, 40), c.N)
		}
	}
	section("records by campaign", s.ByCampaign)
	section("records by year", s.ByYear)
	section("records by province", s.ByProvince)
	section("documents by script", s.ByScript)
	section("stored without records (skipped)", s.Skipped)
	section("failed pages in the last run of each command, by stage and reason", s.Failed)
	if len(s.CrawlURLs) > 0 {
		section("crawl frontier URLs by state", s.CrawlURLs)
		section("crawl fetches that stored nothing, by outcome and reason", s.CrawlSkipped)
	}
	if len(jobs) > 0 {
		section("job queue: jobs by kind and state", jobs)
	}
	writeWorkers(&b, s.Workers)
	fmt.Fprintf(&b, "\nlast runs\n")
	for _, r := range s.LastRuns {
		end := shortTime(r.FinishedAt)
		if end == "" {
			end = "(interrupted)"
		}
		fmt.Fprintf(&b, "  #%d %-9s %s → %s: %d pages, %d new, %d updated, %d unchanged, %d failed\n",
			r.ID, r.Command, shortTime(r.StartedAt), end, r.Pages, r.Inserted, r.Updated, r.Unchanged, r.Failed)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// shortTime shows an RFC 3339 UTC time to the second.
func shortTime(s string) string {
	if len(s) >= 19 {
		return strings.Replace(s[:19], "T", " ", 1) + "Z"
	}
	return s
}
