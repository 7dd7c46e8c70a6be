package main

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

// TestRunWindowedBoundsPending holds the first job back until the others
// stop starting, checks that exactly the window of jobs started meanwhile,
// and that every result still comes out once, in order.
func TestRunWindowedBoundsPending(t *testing.T) {
	const n, workers, perWorker = 50, 2, 3
	release := make(chan struct{})
	var started atomic.Int32
	var ahead int32
	go func() {
		defer close(release)
		deadline := time.Now().Add(5 * time.Second)
		for started.Load() < workers*perWorker && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		time.Sleep(50 * time.Millisecond) // time for jobs past the window to start, were they allowed
		ahead = started.Load()
	}()
	var got []int
	err := runWindowed(context.Background(), n, workers, perWorker, func(_ context.Context, i int) (int, error) {
		started.Add(1)
		if i == 0 {
			<-release
		}
		return i * 10, nil
	}, func(i, v int, err error) error {
		if v != i*10 || err != nil {
			t.Errorf("result %d = %d, %v", i, v, err)
		}
		got = append(got, i)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if ahead != workers*perWorker {
		t.Errorf("%d jobs started while the first was held, want the window of %d", ahead, workers*perWorker)
	}
	if len(got) != n {
		t.Fatalf("emitted %d results, want %d", len(got), n)
	}
	for i, g := range got {
		if g != i {
			t.Fatalf("result %d emitted as %d: out of order", i, g)
		}
	}
}
