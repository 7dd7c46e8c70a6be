package main

import (
	"context"
	"errors"
	"time"

	"github.com/ccorpus/ccorpus/store"
)

// Batching of store writes: a transaction is committed every writeBatch
// pages or every writeEvery, whichever comes first, so that a run of 10,000
// pages costs tens of fsyncs, not 10,000, and a killed run loses little.
const (
	writeBatch = 256
	writeEvery = 2 * time.Second
)

// writeItem is one page (or failure, or page found unchanged) handed to the writer.
type writeItem struct {
	id        int64 // the stored document's id when reprocessing
	page      *store.Page
	event     *store.Event
	unchanged bool // already stored as it is: only counted
	// ack, when set, receives the result of the commit that holds the item.
	ack chan error
}

// writer is the single goroutine that writes to the store, in batches.
type writer struct {
	db        store.Store
	reprocess bool
	every     time.Duration
	in        chan writeItem
	done      chan struct{}
	counts    store.RunCounts
	commits   int // transactions committed
	err       error
}

func startWriter(ctx context.Context, db store.Store, reprocess bool) *writer {
	return startWriterEvery(ctx, db, reprocess, writeEvery)
}

// startWriterEvery starts a writer that commits at least every interval.
func startWriterEvery(ctx context.Context, db store.Store, reprocess bool, every time.Duration) *writer {
	w := &writer{db: db, reprocess: reprocess, every: every, in: make(chan writeItem, writeBatch), done: make(chan struct{})}
	go w.loop(ctx)
	return w
}

// putAndWait hands one item to the writer and waits until the transaction
// holding it is committed (or has failed).
func (w *writer) putAndWait(it writeItem) error {
	it.ack = make(chan error, 1)
	if err := w.put(it); err != nil {
		return err
	}
	select {
	case err := <-it.ack:
		return err
	case <-w.done:
		select {
		case err := <-it.ack:
			return err
		default:
			if w.err != nil {
				return w.err
			}
			return errors.New("store writer closed before the page was committed")
		}
	}
}

// put hands one item to the writer; it returns the writer's error once it has failed.
func (w *writer) put(it writeItem) error {
	select {
	case w.in <- it:
		return nil
	case <-w.done:
		return w.err
	}
}

// close flushes what is pending and returns the counts and the first error.
func (w *writer) close() (store.RunCounts, error) {
	close(w.in)
	<-w.done
	return w.counts, w.err
}

func (w *writer) loop(ctx context.Context) {
	defer close(w.done)
	tick := time.NewTicker(w.every)
	defer tick.Stop()
	var (
		ids    []int64
		pages  []store.Page
		events []store.Event
		acks   []chan error
	)
	flush := func() bool {
		if len(pages) == 0 && len(events) == 0 {
			for _, a := range acks { // only pages found unchanged: nothing to commit
				a <- nil
			}
			acks = acks[:0]
			return true
		}
		err := w.flush(ctx, ids, pages, events)
		for _, a := range acks {
			a <- err
		}
		ids, pages, events, acks = ids[:0], pages[:0], events[:0], acks[:0]
		if err != nil {
			w.err = err
			return false
		}
		return true
	}
	for {
		select {
		case it, ok := <-w.in:
			if !ok {
				flush()
				return
			}
			if it.unchanged {
				w.counts.Unchanged++
			}
			if it.page != nil {
				ids = append(ids, it.id)
				pages = append(pages, *it.page)
			}
			if it.event != nil {
				events = append(events, *it.event)
			}
			if it.ack != nil {
				acks = append(acks, it.ack)
			}
			if len(pages)+len(events) >= writeBatch && !flush() {
				return
			}
		case <-tick.C:
			if !flush() {
				return
			}
		}
	}
}

func (w *writer) flush(ctx context.Context, ids []int64, pages []store.Page, events []store.Event) error {
	w.commits++
	for _, e := range events {
		if e.Outcome == "failed" { // skipped inputs are counted by the run, by reason
			w.counts.Failed++
		}
	}
	if w.reprocess {
		if err := w.db.SaveReprocessed(ctx, ids, pages, events); err != nil {
			return err
		}
		w.counts.Updated += len(pages)
		return nil
	}
	outs, err := w.db.Write(ctx, store.Batch{Pages: pages, Events: events})
	if err != nil {
		return err
	}
	for _, o := range outs {
		switch o {
		case store.Inserted:
			w.counts.Inserted++
		case store.Updated:
			w.counts.Updated++
		case store.Unchanged:
			w.counts.Unchanged++
		}
	}
	return nil
}
