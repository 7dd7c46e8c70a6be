package main

import (
	"context"
	"runtime"
	"sync"
)

// result is the outcome of one job of a batch.
type result[T any] struct {
	index int
	value T
	err   error
}

// windowPerWorker bounds how many jobs per worker may be started but not yet
// emitted: a slow page holds back at most that many finished results.
const windowPerWorker = 4

// runOrdered runs fn over n jobs on a pool of workers sized to the CPUs and
// calls emit with each result in job order, as soon as it and all before it are done.
// It is the one place where the pipeline runs concurrently. At most
// windowPerWorker jobs per worker are started ahead of the next one to emit,
// so the results held in memory stay few however long the batch.
func runOrdered[T any](ctx context.Context, n int, fn func(ctx context.Context, i int) (T, error), emit func(i int, v T, err error) error) error {
	return runWindowed(ctx, n, runtime.GOMAXPROCS(0), windowPerWorker, fn, emit)
}

// runWindowed is runOrdered with the number of workers and the window per worker given.
func runWindowed[T any](ctx context.Context, n, workers, perWorker int, fn func(ctx context.Context, i int) (T, error), emit func(i int, v T, err error) error) error {
	if workers > n {
		workers = n
	}
	window := make(chan struct{}, workers*perWorker) // a token per job started and not yet emitted
	jobs := make(chan int)
	results := make(chan result[T], workers)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				v, err := fn(ctx, i)
				results <- result[T]{index: i, value: v, err: err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := 0; i < n; i++ {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	pending := map[int]result[T]{}
	next := 0
	var emitErr error
	for r := range results {
		pending[r.index] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if emitErr == nil {
				if err := emit(p.index, p.value, p.err); err != nil {
					emitErr = err
					cancel()
				}
			}
		}
	}
	if emitErr != nil {
		return emitErr
	}
	return ctx.Err()
}
