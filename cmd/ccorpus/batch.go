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

// runOrdered runs fn over n jobs on a pool of workers sized to the CPUs and
// calls emit with each result in job order, as soon as it and all before it are done.
// It is the one place where the pipeline runs concurrently.
func runOrdered[T any](ctx context.Context, n int, fn func(ctx context.Context, i int) (T, error), emit func(i int, v T, err error) error) error {
	workers := runtime.GOMAXPROCS(0)
	if workers > n {
		workers = n
	}
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
