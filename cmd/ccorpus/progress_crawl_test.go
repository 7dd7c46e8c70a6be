package main

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

// lockedBuffer is a bytes.Buffer safe for the display goroutine and the test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *lockedBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *lockedBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// fixedProgress reports the same snapshot every time.
type fixedProgress crawler.Progress

func (f fixedProgress) Progress() crawler.Progress { return crawler.Progress(f) }

func TestShowCrawlProgress(t *testing.T) {
	p := fixedProgress{Requests: 7, Stored: 3, Pending: 2, Hosts: []crawler.HostProgress{
		{Host: "a.gov.cn", Status: "ok", Done: 5}, {Host: "b.gov.cn", Status: "paused", Done: 2, Errors: 1},
		{Host: "c.gov.cn", Status: "ok"},
	}}
	var out lockedBuffer
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { showCrawlProgress(ctx, &out, p, 5*time.Millisecond, 2); close(done) }()
	time.Sleep(40 * time.Millisecond)
	stop()
	<-done
	text := out.String()
	for _, want := range []string{"crawl: 7 requests, 3 stored", "a.gov.cn", "b.gov.cn", "… 1 more hosts", "\x1b[2K"} {
		if !strings.Contains(text, want) {
			t.Errorf("display lacks %q: %q", want, text)
		}
	}
	if strings.Contains(text, "c.gov.cn") {
		t.Errorf("display shows more than maxHosts hosts: %q", text)
	}
	// The display erases itself: its last lines are cleared.
	if !strings.HasSuffix(text, "\x1b[2K\n\x1b[4A") {
		t.Errorf("display not erased at the end: %q", text[max(0, len(text)-40):])
	}
}
