package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"
)

// progress reports how far a long run is: a redrawn bar with pages/s and ETA
// when stderr is a terminal, periodic slog lines otherwise. It is used from
// one goroutine.
type progress struct {
	w      io.Writer
	tty    bool
	label  string
	total  int
	done   int
	failed int
	start  time.Time
	last   time.Time
	every  time.Duration
	now    func() time.Time
	drawn  bool
	logger *slog.Logger
}

func newProgress(w io.Writer, label string, total int) *progress {
	p := &progress{w: w, tty: isTerminal(w), label: label, total: total, now: time.Now, logger: slog.Default()}
	p.start = p.now()
	p.last = p.start
	p.every = 10 * time.Second
	if p.tty {
		p.every = 200 * time.Millisecond
	}
	return p
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// add counts one finished page.
func (p *progress) add(failed bool) {
	p.done++
	if failed {
		p.failed++
	}
	if now := p.now(); now.Sub(p.last) >= p.every {
		p.last = now
		p.report(now)
	}
}

// finish ends the bar.
func (p *progress) finish() {
	if p.tty && p.drawn {
		p.report(p.now())
		fmt.Fprintln(p.w)
	}
}

func (p *progress) rate(now time.Time) (perSec float64, eta time.Duration) {
	el := now.Sub(p.start).Seconds()
	if el <= 0 || p.done == 0 {
		return 0, 0
	}
	perSec = float64(p.done) / el
	if p.total <= 0 {
		return perSec, 0 // total unknown: no ETA
	}
	eta = time.Duration(float64(p.total-p.done) / perSec * float64(time.Second))
	return perSec, eta.Round(time.Second)
}

func (p *progress) report(now time.Time) {
	rate, eta := p.rate(now)
	if !p.tty {
		p.logger.Info(p.label+" progress", "done", p.done, "total", p.total, "failed", p.failed,
			"pages_per_s", fmt.Sprintf("%.1f", rate), "eta", eta.String())
		return
	}
	const width = 30
	filled := 0
	if p.total > 0 {
		filled = min(width, width*p.done/p.total)
	}
	bar := strings.Repeat("=", filled) + strings.Repeat(" ", width-filled)
	fmt.Fprintf(p.w, "\r%s [%s] %d/%d  %.1f pages/s  ETA %s  failed %d ", p.label, bar, p.done, p.total, rate, eta, p.failed)
	p.drawn = true
}
