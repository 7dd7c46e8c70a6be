package main

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func TestProgressLogsWhenNotATerminal(t *testing.T) {
	var logs, out bytes.Buffer
	p := newProgress(&out, "ingest", 100)
	p.logger = slog.New(slog.NewTextHandler(&logs, nil))
	now := p.start
	p.now = func() time.Time { return now }
	for i := 0; i < 50; i++ {
		now = now.Add(time.Second)
		p.add(i == 3)
	}
	p.finish()
	if out.Len() != 0 {
		t.Errorf("drew a bar on a non-terminal: %q", out.String())
	}
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d progress lines for 50 s at one per 10 s:\n%s", len(lines), logs.String())
	}
	last := lines[len(lines)-1]
	for _, want := range []string{"done=50", "total=100", "failed=1", "pages_per_s=1.0", "eta=50s"} {
		if !strings.Contains(last, want) {
			t.Errorf("last progress line %q lacks %s", last, want)
		}
	}
}

func TestProgressBarOnTerminal(t *testing.T) {
	var out bytes.Buffer
	p := newProgress(&out, "ingest", 4)
	p.tty, p.every = true, 0
	now := p.start
	p.now = func() time.Time { return now }
	for i := 0; i < 4; i++ {
		now = now.Add(500 * time.Millisecond)
		p.add(false)
	}
	p.finish()
	s := out.String()
	if !strings.Contains(s, "\r") || !strings.Contains(s, "4/4") || !strings.Contains(s, "2.0 pages/s") || !strings.HasSuffix(s, "\n") {
		t.Fatalf("bar output %q", s)
	}
}
