package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
)

// pageSource yields the pages of a run by index; id is the stored document's
// id when reprocessing, 0 otherwise.
type pageSource struct {
	n    int
	name func(i int) string
	load func(ctx context.Context, i int) (page extract.Page, id int64, err error)
}

// storeRun runs every page of src through the pipeline on the worker pool and
// hands the results to a single batching writer. Pages that fail are logged,
// counted and skipped; the run returns errPartial when some failed.
func storeRun(ctx context.Context, db *store.DB, command string, src pageSource, stderr io.Writer) (store.RunCounts, error) {
	p, err := loadPipeline()
	if err != nil {
		return store.RunCounts{}, err
	}
	runID, err := db.StartRun(ctx, command)
	if err != nil {
		return store.RunCounts{}, err
	}
	reprocess := command == "reprocess"
	// The writer outlives a cancelled context long enough to commit what is done.
	w := startWriter(context.WithoutCancel(ctx), db, reprocess)
	bar := newProgress(stderr, command, src.n)
	type job struct {
		page      store.Page
		id        int64
		unchanged bool
	}
	runErr := runOrdered(ctx, src.n, func(ctx context.Context, i int) (job, error) {
		page, id, err := src.load(ctx, i)
		if err != nil {
			return job{}, &stageError{Stage: "read", Err: err}
		}
		var rawHash string // hashed once here, kept by the store
		if !reprocess {
			// Bytes already stored need no pipeline run: nothing would change.
			rawHash = store.Hash(page.Raw)
			stored, err := db.Stored(ctx, page.URL, rawHash)
			if err != nil {
				return job{}, &stageError{Stage: "store", Err: err}
			}
			if stored {
				return job{unchanged: true}, nil
			}
		}
		r, err := p.processPage(ctx, page)
		if err != nil {
			return job{}, err
		}
		sp := storePage(page, r)
		// Reprocessing keeps the stored raw bytes, and the store hashes them.
		sp.RawHash = rawHash
		if !reprocess {
			if err := sp.Prepare(); err != nil { // hash and compress here, on the pool
				return job{}, &stageError{Stage: "store", Err: err}
			}
		}
		return job{id: id, page: sp}, nil
	}, func(i int, j job, err error) error {
		bar.add(err != nil)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			stage := "pipeline"
			var se *stageError
			if errors.As(err, &se) {
				stage = se.Stage
			}
			slog.Warn("page failed", "source", src.name(i), "stage", stage, "err", err)
			return w.put(writeItem{event: &store.Event{RunID: runID, Source: src.name(i), Stage: stage,
				Outcome: "failed", Reason: err.Error()}})
		}
		if j.unchanged {
			return w.put(writeItem{unchanged: true})
		}
		return w.put(writeItem{id: j.id, page: &j.page})
	})
	bar.finish()
	counts, werr := w.close()
	counts.Pages = bar.done
	if werr != nil {
		return counts, werr
	}
	if runErr != nil {
		if err := db.InterruptRun(context.WithoutCancel(ctx), runID, counts); err != nil {
			slog.Warn("run counts not saved", "err", err)
		}
		if ctx.Err() != nil {
			return counts, fmt.Errorf("interrupted after %d of %d pages; what was done is stored, run the same command again to finish: %w",
				bar.done, src.n, runErr)
		}
		return counts, runErr
	}
	if err := db.FinishRun(ctx, runID, counts); err != nil {
		return counts, err
	}
	if counts.Failed > 0 {
		return counts, fmt.Errorf("%d of %d pages failed: %w", counts.Failed, src.n, errPartial)
	}
	return counts, nil
}

// storePage builds what the store keeps of a processed page.
func storePage(page extract.Page, r processed) store.Page {
	kind := page.Kind
	if kind == "" {
		kind = extract.DetectKind(page.Source, page.ContentType, page.Raw)
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
	}
}

// fileSource reads local files.
func fileSource(paths []string) pageSource {
	return pageSource{
		n:    len(paths),
		name: func(i int) string { return paths[i] },
		load: func(_ context.Context, i int) (extract.Page, int64, error) {
			p, err := readPage(paths[i])
			return p, 0, err
		},
	}
}

// summarizeRun prints one line of counts.
func summarizeRun(w io.Writer, command string, c store.RunCounts) {
	fmt.Fprintf(w, "%s: %d pages: %d new, %d updated, %d unchanged, %d failed\n",
		command, c.Pages, c.Inserted, c.Updated, c.Unchanged, c.Failed)
}
