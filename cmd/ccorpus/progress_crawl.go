package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

// crawlProgress is what a crawl reports of itself while it runs.
type crawlProgress interface {
	Progress() crawler.Progress
}

// showCrawlProgress redraws a crawl's progress on a terminal every interval
// until ctx ends: totals on one line, then one line per host with its
// status. It erases itself when done. It is the crawl's form of the progress
// display (progress.go draws the bar of batch commands).
func showCrawlProgress(ctx context.Context, w io.Writer, c crawlProgress, interval time.Duration, maxHosts int) {
	lines := 0
	draw := func(final bool) {
		var b strings.Builder
		if lines > 0 {
			fmt.Fprintf(&b, "\x1b[%dA", lines) // back to the first line
		}
		p := c.Progress()
		n := 0
		put := func(format string, args ...any) {
			b.WriteString("\x1b[2K")
			fmt.Fprintf(&b, format, args...)
			b.WriteByte('\n')
			n++
		}
		if !final {
			put("crawl: %d requests, %d stored, %d unchanged, %d failed, %d retrying, %d skipped, %d in queue",
				p.Requests, p.Stored, p.Unchanged, p.Failed, p.Retried, p.Skipped, p.Pending)
			for i, h := range p.Hosts {
				if i == maxHosts {
					put("  … %d more hosts", len(p.Hosts)-maxHosts)
					break
				}
				put("  %-32s %-9s %5d done %4d errors %3d queued", h.Host, h.Status, h.Done, h.Errors, h.Queued)
			}
		}
		for ; n < lines; n++ {
			b.WriteString("\x1b[2K\n")
		}
		if final && lines > 0 {
			fmt.Fprintf(&b, "\x1b[%dA", lines)
		}
		lines = n
		io.WriteString(w, b.String())
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			draw(true)
			return
		case <-t.C:
			draw(false)
		}
	}
}
