package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

// Acquire implements crawler.HostGate: a request to host takes one of its
// parallel slots (a row of crawl_host_slots, leased like a URL so that a
// dead worker's slot comes back). Its spacing is taken later, as it is
// written (Turn), so that a request sent late cannot bunch with the next.
func (f *CrawlFrontier) Acquire(ctx context.Context, host string, interval time.Duration, parallel int) (func(), error) {
	if parallel < 1 {
		parallel = 1
	}
	token := rand.Int64()
	slot, err := f.takeSlot(ctx, host, parallel, token)
	if err != nil {
		return nil, fmt.Errorf("store: host slot %s: %w", host, err)
	}
	return func() {
		f.db.sql.ExecContext(context.Background(), `UPDATE crawl_host_slots SET holder = '', lease_until = '-infinity'
			WHERE host = $1 AND slot = $2 AND token = $3`, host, slot, token)
	}, nil
}

// turnSQL takes the host's turn when it is due: at least the longest
// interval any worker asked for since the host's last request, and past any
// hold-off, by the database's clock read once (n.t). It returns whether the
// turn was taken, and else how many milliseconds until it is due.
const turnSQL = `WITH n AS (SELECT clock_timestamp() AS t),
up AS (
	INSERT INTO crawl_hosts AS h (host, last_start, interval_us) SELECT $1, n.t, $2 FROM n
	ON CONFLICT (host) DO UPDATE SET interval_us = greatest(h.interval_us, $2),
		last_start = CASE
			WHEN greatest(h.last_start + greatest(h.interval_us, $2)::float8 * interval '1 microsecond', h.paused_until) <= (SELECT t FROM n)
			THEN (SELECT t FROM n) ELSE h.last_start END
	RETURNING last_start, interval_us, paused_until)
SELECT up.last_start = n.t,
	extract(epoch FROM (greatest(up.last_start + up.interval_us::float8 * interval '1 microsecond', up.paused_until) - n.t))::float8 * 1000
FROM up, n`

// Turn implements crawler.WireGate: it waits until a request to host may be
// written now, over all workers, and records it as written now. The longest
// spacing any worker asked for in this run applies to all: one worker's
// robots.txt Crawl-delay slows every worker.
func (f *CrawlFrontier) Turn(ctx context.Context, host string, interval time.Duration) error {
	for {
		var took bool
		var waitMS float64
		if err := f.db.sql.QueryRowContext(ctx, turnSQL, host, interval.Microseconds()).Scan(&took, &waitMS); err != nil {
			return fmt.Errorf("store: host turn %s: %w", host, err)
		}
		if took {
			return nil
		}
		t := time.NewTimer(time.Duration(max(waitMS, 1) * float64(time.Millisecond)))
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// takeSlot waits for a free slot of host and takes it.
func (f *CrawlFrontier) takeSlot(ctx context.Context, host string, parallel int, token int64) (int, error) {
	if _, err := f.db.sql.ExecContext(ctx, `INSERT INTO crawl_host_slots (host, slot)
		SELECT $1, g FROM generate_series(0, $2 - 1) g ON CONFLICT DO NOTHING`, host, parallel); err != nil {
		return 0, err
	}
	for wait := 5 * time.Millisecond; ; wait = min(2*wait, 100*time.Millisecond) {
		var slot int
		err := f.db.sql.QueryRowContext(ctx, `UPDATE crawl_host_slots s SET holder = $3, token = $4,
			lease_until = now() + $5::float8 * interval '1 millisecond'
			FROM (SELECT host, slot FROM crawl_host_slots WHERE host = $1 AND slot < $2
				AND (holder = '' OR lease_until < now()) ORDER BY slot LIMIT 1 FOR UPDATE SKIP LOCKED) free
			WHERE s.host = free.host AND s.slot = free.slot RETURNING s.slot`,
			host, parallel, f.db.Worker, token, f.db.Lease.Milliseconds()).Scan(&slot)
		if err == nil {
			return slot, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, err
		}
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(wait):
		}
	}
}

// HoldOff implements crawler.HostGate: no worker starts a request to host
// before until (taken relative to now, so clocks of machines need not agree).
func (f *CrawlFrontier) HoldOff(ctx context.Context, host string, until time.Time) error {
	d := time.Until(until)
	if d <= 0 {
		return nil
	}
	_, err := f.db.sql.ExecContext(ctx, `INSERT INTO crawl_hosts AS h (host, paused_until)
		VALUES ($1, clock_timestamp() + $2::float8 * interval '1 millisecond')
		ON CONFLICT (host) DO UPDATE SET paused_until = greatest(h.paused_until, EXCLUDED.paused_until)`, host, d.Milliseconds())
	if err != nil {
		return fmt.Errorf("store: hold off %s: %w", host, err)
	}
	return nil
}
