// Package frontiertest checks that an implementation of crawler.Frontier
// keeps the contract the crawler relies on for resumable runs.
package frontiertest

import (
	"context"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

// Run runs the contract checks against frontiers made by newFrontier.
func Run(t *testing.T, newFrontier func(t *testing.T) crawler.Frontier) {
	ctx := context.Background()
	t0 := time.Date(2024, 9, 1, 8, 0, 0, 0, time.UTC)
	entry := func(u, host, kind string) crawler.Entry {
		return crawler.Entry{URL: u, Host: host, Site: "s", Kind: kind}
	}
	f := newFrontier(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	run, err := f.BeginRun(ctx, t0)
	must(err)
	if run.Resumed || run.ID == 0 {
		t.Fatalf("first run %+v", run)
	}
	list := entry("http://a/list", "a", crawler.KindList)
	arts := []crawler.Entry{entry("http://a/1", "a", crawler.KindArticle), entry("http://a/2", "a", crawler.KindArticle),
		entry("http://b/1", "b", crawler.KindArticle)}
	fresh, err := f.Add(ctx, run, append([]crawler.Entry{list}, arts...))
	must(err)
	if fresh != 4 {
		t.Errorf("fresh = %d, want 4", fresh)
	}
	if fresh, _ = f.Add(ctx, run, arts[:1]); fresh != 1 {
		t.Errorf("re-adding an entry discovered in this run: fresh = %d, want 1", fresh)
	}
	got, err := f.Next(ctx, run, crawler.NextQuery{Now: t0, Limit: 10, PerHost: 2, SkipHosts: map[string]bool{"b": true}})
	must(err)
	if len(got) != 2 || got[0].URL != "http://a/list" || got[0].State != crawler.StateQueued || got[0].Interrupted {
		t.Fatalf("Next = %+v, want the list and one article of host a", got)
	}
	if again, _ := f.Next(ctx, run, crawler.NextQuery{Now: t0, Limit: 10, PerHost: 10, SkipHosts: map[string]bool{"b": true}}); len(again) != 1 || again[0].URL != "http://a/2" {
		t.Fatalf("second Next = %+v, want only http://a/2", again)
	}

	// A retry is pending at its time, not before, and is not an interruption.
	retry := got[1]
	retry.State, retry.Tries, retry.NextAt = crawler.StatePending, 1, t0.Add(time.Minute)
	must(f.Complete(ctx, run, crawler.Outcome{Entry: retry, Fetch: crawler.Fetch{URL: retry.URL, Outcome: crawler.OutcomeRetry, Reason: "http-500"}}))
	if due, ok, _ := f.NextDue(ctx, run); !ok || due.After(t0.Add(time.Minute)) { // http://b/1 is due now
		t.Errorf("NextDue = %v %v", due, ok)
	}
	if n, _ := f.Next(ctx, run, crawler.NextQuery{Now: t0, Limit: 10, PerHost: 10, SkipHosts: map[string]bool{"b": true}}); len(n) != 0 {
		t.Errorf("retry handed out early: %+v", n)
	}
	later, _ := f.Next(ctx, run, crawler.NextQuery{Now: t0.Add(2 * time.Minute), Limit: 10, PerHost: 10, SkipHosts: map[string]bool{"b": true}})
	if len(later) != 1 || later[0].Tries != 1 || later[0].Interrupted {
		t.Fatalf("retry = %+v", later)
	}
	failed := later[0]
	failed.State = crawler.StateFailed
	must(f.Complete(ctx, run, crawler.Outcome{Entry: failed, Fetch: crawler.Fetch{URL: failed.URL, Outcome: crawler.OutcomeFailed, Reason: "http-500"}}))
	done := got[0]
	done.State, done.Hash, done.ETag = crawler.StateDone, "h1", `"e1"`
	must(f.Complete(ctx, run, crawler.Outcome{Entry: done, Fetch: crawler.Fetch{URL: done.URL, Outcome: crawler.OutcomeNew}}))

	// A crash: http://a/2 was handed out and never completed.
	resumed, err := f.BeginRun(ctx, t0.Add(time.Hour))
	must(err)
	if !resumed.Resumed || resumed.ID != run.ID {
		t.Fatalf("after a crash BeginRun = %+v, want run %d resumed", resumed, run.ID)
	}
	back, _ := f.Next(ctx, resumed, crawler.NextQuery{Now: t0.Add(time.Hour), Limit: 10, PerHost: 10})
	var a2 crawler.Entry
	for _, e := range back {
		if e.URL == "http://a/2" {
			a2 = e
		}
	}
	if !a2.Interrupted {
		t.Fatalf("interrupted entry not flagged: %+v", back)
	}
	for _, e := range back {
		e.State = crawler.StateDone
		must(f.Complete(ctx, resumed, crawler.Outcome{Entry: e, Fetch: crawler.Fetch{URL: e.URL, Outcome: crawler.OutcomeNew}}))
	}
	sum, err := f.Summary(ctx, resumed)
	must(err)
	if sum.New != 2 || sum.Lists != 1 || sum.Failed["http-500"] != 1 {
		t.Errorf("summary %+v", sum)
	}
	must(f.FinishRun(ctx, resumed, t0.Add(2*time.Hour)))
	if _, ok, _ := f.NextDue(ctx, resumed); ok {
		t.Error("something still pending")
	}

	// The next run retries the failure; the list recurs when added again;
	// done articles stay done.
	run2, err := f.BeginRun(ctx, t0.Add(24*time.Hour))
	must(err)
	if run2.Resumed || run2.ID == run.ID {
		t.Fatalf("second run %+v", run2)
	}
	if fresh, _ := f.Add(ctx, run2, []crawler.Entry{list, arts[1]}); fresh != 0 {
		t.Errorf("fresh in run 2 = %d, want 0", fresh)
	}
	next, _ := f.Next(ctx, run2, crawler.NextQuery{Now: t0.Add(24 * time.Hour), Limit: 10, PerHost: 10})
	urls := map[string]crawler.Entry{}
	for _, e := range next {
		urls[e.URL] = e
	}
	if len(next) != 2 || urls["http://a/list"].ETag != `"e1"` || urls["http://a/1"].Tries != 0 {
		t.Errorf("run 2 Next = %+v, want the list (with its ETag) and the failed article", next)
	}

	// An article skipped without a fetch (date window, robots.txt) is
	// looked at again by the next run; a done one is not.
	skipped := urls["http://a/1"]
	skipped.State = crawler.StateSkipped
	must(f.Complete(ctx, run2, crawler.Outcome{Entry: skipped, Fetch: crawler.Fetch{URL: skipped.URL, Outcome: crawler.OutcomeSkipped, Reason: "date-window"}}))
	list2 := urls["http://a/list"]
	list2.State = crawler.StateDone
	must(f.Complete(ctx, run2, crawler.Outcome{Entry: list2, Fetch: crawler.Fetch{URL: list2.URL, Outcome: crawler.OutcomeUnchanged}}))
	must(f.FinishRun(ctx, run2, t0.Add(25*time.Hour)))
	run3, err := f.BeginRun(ctx, t0.Add(48*time.Hour))
	must(err)
	again, _ := f.Next(ctx, run3, crawler.NextQuery{Now: t0.Add(48 * time.Hour), Limit: 10, PerHost: 10})
	if len(again) != 1 || again[0].URL != "http://a/1" {
		t.Errorf("run 3 Next = %+v, want the skipped article only", again)
	}

	// Recheck makes done articles pending, keeping their validators.
	n, err := f.Recheck(ctx, run3)
	must(err)
	rechecked, _ := f.Next(ctx, run3, crawler.NextQuery{Now: t0.Add(48 * time.Hour), Limit: 10, PerHost: 10})
	if n != 2 || len(rechecked) != 2 || rechecked[0].Kind != crawler.KindArticle {
		t.Errorf("recheck: %d, then Next = %+v, want http://a/2 and http://b/1", n, rechecked)
	}
}
