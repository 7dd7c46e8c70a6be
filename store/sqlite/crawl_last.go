package sqlite

import (
	"context"
	"fmt"
	"net/url"
	"time"
)

// lastRequestRows is how far back in the fetch log LastRequests looks.
const lastRequestRows = 10000

// LastRequests implements crawler.LastRequester: for each host requested
// since the given time, when its last fetch was logged (just after its
// request was answered, so never earlier than the request). Skipped
// entries made no request and are left out.
func (f *CrawlFrontier) LastRequests(ctx context.Context, since time.Time) (map[string]time.Time, error) {
	rows, err := f.db.sql.QueryContext(ctx, `SELECT url, time FROM crawl_fetches WHERE outcome != 'skipped'
		ORDER BY id DESC LIMIT ?`, lastRequestRows)
	if err != nil {
		return nil, fmt.Errorf("store: last requests: %w", err)
	}
	defer rows.Close()
	last := map[string]time.Time{}
	for rows.Next() {
		var u, at string
		if err := rows.Scan(&u, &at); err != nil {
			return nil, fmt.Errorf("store: last requests: %w", err)
		}
		t, err := time.Parse(time.RFC3339Nano, at)
		pu, perr := url.Parse(u)
		if err != nil || perr != nil || t.Before(since) {
			continue
		}
		if t.After(last[pu.Host]) {
			last[pu.Host] = t
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: last requests: %w", err)
	}
	return last, nil
}
