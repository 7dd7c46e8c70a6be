package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/riverqueue/river"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/queue"
	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/postgres"
)

// reprocessBatch is how many documents one queued reprocess job holds.
const reprocessBatch = 500

// workIngest is the job of one queued file: the pages of a WARC file (or the
// one page of a page file), as `ccorpus ingest` would store them.
func (a *app) workIngest(ctx context.Context, db *postgres.DB, job queue.IngestFile, p *queue.Progress) error {
	st, err := os.Stat(job.Path)
	if err != nil {
		return fmt.Errorf("work: %w", err)
	}
	if st.Size() != job.Size || st.ModTime().UnixNano() != job.MTime {
		a.log.Warn("work: file changed since it was queued; ingesting it as it is now", "path", job.Path)
	}
	src, notes, err := a.inputSource(ctx, []string{job.Path})
	if err != nil {
		return err
	}
	for _, n := range notes {
		a.log.Info("work: "+n, "path", job.Path)
	}
	return a.workSource(ctx, db, "ingest", src, p)
}

// workReprocess is the job of one queued batch of stored documents.
func (a *app) workReprocess(ctx context.Context, db *postgres.DB, job queue.Reprocess, p *queue.Progress) error {
	return a.workSource(ctx, db, "reprocess", storedSource(db, job.IDs), p)
}

// storedSource reads the raw input of stored documents by id.
func storedSource(db store.Store, ids []int64) pageSource {
	return pageSource{
		n:    len(ids),
		name: func(i int) string { return "document " + strconv.FormatInt(ids[i], 10) },
		load: func(ctx context.Context, i int) (extract.Page, int64, error) {
			sp, err := db.LoadPage(ctx, ids[i])
			if err != nil {
				return extract.Page{}, 0, err
			}
			return extract.Page{Source: sp.Source, URL: sp.URL, Raw: sp.Raw, ContentType: sp.ContentType,
				Kind: sp.Kind, FetchedAt: sp.FetchedAt}, sp.ID, nil
		},
	}
}

// queueFiles enqueues one job per local file (WARC files, page files; the
// files of folders), unique by path, size and modification time.
func (a *app) queueFiles(ctx context.Context, db store.Store, paths []string) error {
	pg, err := queueStore(a, db)
	if err != nil {
		return err
	}
	jobs := make([]river.JobArgs, 0, len(paths))
	for _, p := range paths {
		if isURL(p) {
			return fmt.Errorf("--queue takes local files, not %s (workers read the files, give them a shared folder)", p)
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			return err
		}
		st, err := os.Stat(abs)
		if err != nil {
			return fmt.Errorf("input %s: %w", p, err)
		}
		jobs = append(jobs, queue.IngestFile{Path: abs, Size: st.Size(), MTime: st.ModTime().UnixNano()})
	}
	added, dup, err := queue.Enqueue(ctx, pg.Pool(), jobs)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "ingest: queued %d files, %d already queued or done; run 'ccorpus work --db %s' to work them\n",
		added, dup, pg.Path())
	return nil
}

// queueReprocess enqueues every stored document for reprocessing, in
// batches of reprocessBatch ids.
func (a *app) queueReprocess(ctx context.Context, db store.Store) error {
	pg, err := queueStore(a, db)
	if err != nil {
		return err
	}
	ids, err := db.DocumentIDs(ctx)
	if err != nil {
		return err
	}
	var jobs []river.JobArgs
	for start := 0; start < len(ids); start += reprocessBatch {
		jobs = append(jobs, queue.Reprocess{IDs: ids[start:min(start+reprocessBatch, len(ids))]})
	}
	added, dup, err := queue.Enqueue(ctx, pg.Pool(), jobs)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "reprocess: queued %d jobs of up to %d documents (%d documents), %d already queued; run 'ccorpus work --db %s' to work them\n",
		added, reprocessBatch, len(ids), dup, pg.Path())
	return nil
}

// queueStore is db as the PostgreSQL store that holds the job queue, or a
// usage error (printed) for a SQLite one.
func queueStore(a *app, db store.Store) (*postgres.DB, error) {
	pg, ok := db.(*postgres.DB)
	if !ok {
		fmt.Fprintf(a.stderr, "ccorpus: --queue needs a PostgreSQL store (--db postgres://…): the job queue lives there\n")
		return nil, errUsage
	}
	return pg, nil
}
