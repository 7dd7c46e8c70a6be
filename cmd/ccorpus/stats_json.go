package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/ccorpus/ccorpus/store"
)

// statsCount is one labelled count of `stats --json`.
type statsCount struct {
	Label string `json:"label"`
	N     int    `json:"n"`
}

// statsRun is one run of `stats --json`; finished_at is null for an interrupted run.
type statsRun struct {
	ID         int64   `json:"id"`
	Command    string  `json:"command"`
	StartedAt  string  `json:"started_at"`
	FinishedAt *string `json:"finished_at"`
	Pages      int     `json:"pages"`
	Inserted   int     `json:"inserted"`
	Updated    int     `json:"updated"`
	Unchanged  int     `json:"unchanged"`
	Failed     int     `json:"failed"`
}

// statsWorker is one worker of a shared store in `stats --json`.
type statsWorker struct {
	Worker    string `json:"worker"`
	Role      string `json:"role"`
	Machine   string `json:"machine"`
	Since     string `json:"since"`
	Heartbeat string `json:"heartbeat"`
	Alive     bool   `json:"alive"`
	Held      int    `json:"held"`
	Done      int    `json:"done"`
	Failed    int    `json:"failed"`
}

// writeStatsJSON prints the stats as one JSON object with snake_case keys,
// every list present (empty rather than null); jobs are the job queue's jobs
// by kind and state (PostgreSQL stores only).
func writeStatsJSON(w io.Writer, s store.Stats, jobs []store.Count) error {
	counts := func(cs []store.Count) []statsCount {
		out := make([]statsCount, 0, len(cs))
		for _, c := range cs {
			out = append(out, statsCount{c.Label, c.N})
		}
		return out
	}
	runs := make([]statsRun, 0, len(s.LastRuns))
	for _, r := range s.LastRuns {
		var fin *string
		if r.FinishedAt != "" {
			f := r.FinishedAt
			fin = &f
		}
		runs = append(runs, statsRun{r.ID, r.Command, r.StartedAt, fin, r.Pages, r.Inserted, r.Updated, r.Unchanged, r.Failed})
	}
	workers := make([]statsWorker, 0, len(s.Workers))
	for _, w := range s.Workers {
		workers = append(workers, statsWorker(w))
	}
	b, err := json.MarshalIndent(map[string]any{
		"documents": s.Documents, "on_topic": s.OnTopic, "changed": s.Changed, "records": s.Records,
		"activities": s.Activities, "by_campaign": counts(s.ByCampaign), "by_year": counts(s.ByYear),
		"by_province": counts(s.ByProvince), "by_script": counts(s.ByScript), "skipped": counts(s.Skipped),
		"failed": counts(s.Failed), "crawl_urls": counts(s.CrawlURLs), "crawl_skipped": counts(s.CrawlSkipped),
		"last_runs": runs, "workers": workers, "jobs": counts(jobs),
	}, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}
