package crawler

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestRequestClock: the clock cancels the request when it runs out, not
// while it stands still, and with the time it had left once it runs again.
func TestRequestClock(t *testing.T) {
	const d = 100 * time.Millisecond
	t.Run("runs out", func(t *testing.T) {
		ctx, c := startRequestClock(context.Background(), d)
		defer c.stop()
		select {
		case <-ctx.Done():
		case <-time.After(5 * time.Second):
			t.Fatal("not cancelled")
		}
		if err := c.explain(context.Canceled); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("explain = %v, want a deadline error", err)
		}
	})
	t.Run("stands still while paused", func(t *testing.T) {
		ctx, c := startRequestClock(context.Background(), d)
		defer c.stop()
		c.pause()
		time.Sleep(2 * d)
		if ctx.Err() != nil {
			t.Fatal("cancelled while paused")
		}
		start := time.Now()
		c.resume()
		<-ctx.Done()
		if waited := time.Since(start); waited > 5*time.Second {
			t.Fatalf("ran out %v after resuming", waited)
		}
	})
	t.Run("parent cancelled", func(t *testing.T) {
		parent, cancel := context.WithCancel(context.Background())
		ctx, c := startRequestClock(parent, time.Hour)
		defer c.stop()
		cancel()
		<-ctx.Done()
		if err := c.explain(context.Canceled); errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("explain = %v: the parent's cancellation is no timeout", err)
		}
	})
	t.Run("no error", func(t *testing.T) {
		_, c := startRequestClock(context.Background(), d)
		c.stop()
		if err := c.explain(nil); err != nil {
			t.Fatalf("explain(nil) = %v", err)
		}
	})
}
