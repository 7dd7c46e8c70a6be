package crawler

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the display goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestShowProgress crawls a small site with the display on and checks it
// drew per-host lines and erased itself at the end.
func TestShowProgress(t *testing.T) {
	s := newTestSite(t)
	s.pages["/news/index.html"] = listPage(1, 0, "/news/t20240901_1.html", "质量月活动启动仪式", "2024-09-01")
	s.pages["/news/t20240901_1.html"] = article("质量月", "x")
	cfg := testConfig()
	cfg.HostRate = 10
	src := Sources{Crawl: cfg, Sites: []Site{{Name: "s", Start: []string{s.URL + "/news/index.html"}}}}
	c, _ := New(src, NewMemoryFrontier(), newMemorySink(), nil, Options{})
	var out syncBuffer
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { ShowProgress(ctx, &out, c, 20*time.Millisecond, 5); close(done) }()
	if _, err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	stop()
	<-done
	text := out.String()
	host := strings.TrimPrefix(s.URL, "http://")
	if !strings.Contains(text, "crawl: ") || !strings.Contains(text, host) || !strings.Contains(text, "\x1b[2K") {
		t.Errorf("display output %q", text)
	}
}
