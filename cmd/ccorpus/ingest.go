package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/ccorpus/ccorpus/cmd/internal/pipeline"
	"github.com/ccorpus/ccorpus/crawler/sniff"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/extract/content"
	"github.com/ccorpus/ccorpus/store"
)

// pageSource yields the pages of a run by index; id is the stored document's
// id when reprocessing, 0 otherwise.
type pageSource struct {
	n    int
	name func(i int) string
	load func(ctx context.Context, i int) (page extract.Page, id int64, err error)
	// committed, when set, is told n once the first n pages are committed
	// (a queue job saves it as its cursor).
	committed func(n int)
}

// runCounts are the counts of a run: the store's, and the inputs skipped
// (never stored) by reason.
type runCounts struct {
	store.RunCounts
	Skipped map[string]int
}

// storeRun runs every page of src through the pipeline on the worker pool and
// hands the results to a single batching writer. Pages that fail are logged,
// counted and skipped; the run returns errPartial when some failed. Inputs
// that are not pages (empty, binary, a format the pipeline does not read, a
// response the crawl refused) are logged as skipped with their reason and
// counted, never stored.
func (a *app) storeRun(ctx context.Context, db store.Store, command string, src pageSource) (runCounts, error) {
	p, err := a.pipeline()
	if err != nil {
		return runCounts{}, err
	}
	runID, err := db.StartRun(ctx, command)
	if err != nil {
		return runCounts{}, err
	}
	skipped := map[string]int{}
	reprocess := command == "reprocess"
	// The writer outlives a cancelled context long enough to commit what is done.
	w := startWriter(context.WithoutCancel(ctx), db, reprocess)
	bar := newProgress(a.stderr, command, src.n)
	cw := newCommitWatch(src.committed, w)
	defer cw.close()
	type job struct {
		page      store.Page
		id        int64
		unchanged bool
	}
	runErr := runOrdered(ctx, src.n, func(ctx context.Context, i int) (job, error) {
		page, id, err := src.load(ctx, i)
		if err != nil {
			return job{}, &pipeline.StageError{Stage: "read", Err: err}
		}
		var rawHash string // hashed once here, kept by the store
		if !reprocess {
			if reason, detail := sniff.Junk(page.Raw); reason != "" {
				return job{}, &pipeline.StageError{Stage: "read", Err: &skipError{Reason: reason, Detail: detail}}
			}
			// Bytes already stored need no pipeline run: nothing would change.
			rawHash = store.Hash(page.Raw)
			stored, err := db.Stored(ctx, page.URL, rawHash)
			if err != nil {
				return job{}, &pipeline.StageError{Stage: "store", Err: err}
			}
			if stored {
				return job{unchanged: true}, nil
			}
		}
		r, err := p.ProcessPage(ctx, page)
		if err != nil {
			return job{}, err
		}
		sp := storePage(p, page, r)
		// Reprocessing keeps the stored raw bytes, and the store hashes them.
		sp.RawHash = rawHash
		if !reprocess {
			if err := sp.Prepare(); err != nil { // hash, compress and sign here, on the pool
				return job{}, &pipeline.StageError{Stage: "store", Err: err}
			}
			sp.DropRaw() // the writer needs only the compressed copy
		} else {
			sp.PrepareSignature()
		}
		return job{id: id, page: sp}, nil
	}, func(i int, j job, err error) error {
		var skip *skipError
		bar.add(err != nil && !errors.As(err, &skip))
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			stage := "pipeline"
			var se *pipeline.StageError
			if errors.As(err, &se) {
				stage = se.Stage
			}
			if skip != nil {
				skipped[skip.Reason]++
				a.log.Info("page skipped", "source", src.name(i), "reason", skip.Reason, "detail", skip.Detail)
				return w.put(writeItem{event: &store.Event{RunID: runID, Source: src.name(i), Stage: stage,
					Outcome: "skipped", Reason: skip.Error()}})
			}
			a.log.Warn("page failed", "source", src.name(i), "stage", stage, "err", err)
			return w.put(cw.track(i, writeItem{event: &store.Event{RunID: runID, Source: src.name(i), Stage: stage,
				Outcome: "failed", Reason: err.Error()}}))
		}
		if j.unchanged {
			return w.put(cw.track(i, writeItem{unchanged: true}))
		}
		return w.put(cw.track(i, writeItem{id: j.id, page: &j.page}))
	})
	bar.finish()
	stored, werr := w.close()
	cw.close()
	stored.Pages = bar.done
	counts := runCounts{RunCounts: stored, Skipped: skipped}
	if werr != nil {
		return counts, werr
	}
	if runErr != nil {
		if err := db.InterruptRun(context.WithoutCancel(ctx), runID, counts.RunCounts); err != nil {
			a.log.Warn("run counts not saved", "err", err)
		}
		if ctx.Err() != nil {
			return counts, fmt.Errorf("interrupted after %d of %d pages; what was done is stored, run the same command again to finish: %w",
				bar.done, src.n, runErr)
		}
		return counts, runErr
	}
	if err := db.FinishRun(ctx, runID, counts.RunCounts); err != nil {
		return counts, err
	}
	if counts.Failed > 0 {
		return counts, fmt.Errorf("%d of %d pages failed: %w", counts.Failed, src.n, errPartial)
	}
	return counts, nil
}

// storePage builds what the store keeps of a page p processed, with the
// words of its title and text for the search index.
func storePage(p *pipeline.Pipeline, page extract.Page, r pipeline.Processed) store.Page {
	kind := page.Kind
	if kind == "" {
		kind = content.DetectKind(page.Source, page.ContentType, page.Raw)
	}
	return store.Page{
		Source:       page.Source,
		URL:          page.URL,
		ContentType:  page.ContentType,
		Kind:         kind,
		FetchedAt:    page.FetchedAt,
		Raw:          page.Raw,
		OriginalText: r.OriginalText,
		CleanCounts:  r.CleanCounts,
		IsIndex:      r.IsIndex,
		Doc:          r.Doc,
		SearchText:   p.SearchText(extract.Deref(r.Doc.Title), r.Doc.Text),
	}
}

// fileSource reads local files.
func (a *app) fileSource(paths []string) pageSource {
	return pageSource{
		n:    len(paths),
		name: func(i int) string { return paths[i] },
		load: func(ctx context.Context, i int) (extract.Page, int64, error) {
			p, err := a.readPage(ctx, paths[i])
			return p, 0, err
		},
	}
}

// summarizeRun prints one line of counts, with the skipped inputs by reason when there are any.
func summarizeRun(w io.Writer, command string, c runCounts) {
	fmt.Fprintf(w, "%s: %d pages: %d new, %d updated, %d unchanged, %d failed",
		command, c.Pages, c.Inserted, c.Updated, c.Unchanged, c.Failed)
	if len(c.Skipped) > 0 {
		reasons := make([]string, 0, len(c.Skipped))
		n := 0
		for r, k := range c.Skipped {
			reasons = append(reasons, fmt.Sprintf("%s %d", r, k))
			n += k
		}
		sort.Strings(reasons)
		fmt.Fprintf(w, ", %d skipped (%s)", n, strings.Join(reasons, ", "))
	}
	fmt.Fprintln(w)
}
