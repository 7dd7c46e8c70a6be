package main

import (
	"errors"
	"sync"
)

// commitWatch tells fn(n) once the first n items handed to the writer, in
// order, are committed: each item carries an ack, and the acks are read in
// the order the items were handed on. A nil fn watches nothing.
type commitWatch struct {
	fn    func(n int)
	queue chan watched
	done  chan struct{}
	once  sync.Once
}

type watched struct {
	n   int
	ack chan error
}

// wait returns the result of the commit that holds the item (an error when
// the writer stopped without taking it).
func (w *writer) wait(it watched) error {
	select {
	case err := <-it.ack:
		return err
	case <-w.done:
		select {
		case err := <-it.ack:
			return err
		default:
			return errors.New("store writer stopped before the page was committed")
		}
	}
}

func newCommitWatch(fn func(n int), w *writer) *commitWatch {
	c := &commitWatch{fn: fn, done: make(chan struct{})}
	if fn == nil {
		close(c.done)
		return c
	}
	// Room for more items than the writer holds uncommitted (a batch in its
	// hands and a batch in its channel), so handing on never waits on acks.
	c.queue = make(chan watched, 4*writeBatch)
	go func() {
		defer close(c.done)
		for wr := range c.queue {
			if err := w.wait(wr); err != nil {
				// The writer failed: nothing after this is committed.
				for range c.queue {
				}
				return
			}
			fn(wr.n)
		}
	}()
	return c
}

// track gives item i (0-based, in order) an ack to watch.
func (c *commitWatch) track(i int, it writeItem) writeItem {
	if c.fn == nil {
		return it
	}
	it.ack = make(chan error, 1)
	c.queue <- watched{n: i + 1, ack: it.ack}
	return it
}

// close waits until every ack handed on so far has been read; the writer
// must be closed first (it answers every ack when it flushes or fails).
func (c *commitWatch) close() {
	c.once.Do(func() {
		if c.queue != nil {
			close(c.queue)
		}
	})
	<-c.done
}
