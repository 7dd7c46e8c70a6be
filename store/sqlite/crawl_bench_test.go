package sqlite

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

// BenchmarkCrawlFrontierNext measures one dispatch query on a frontier of
// 50,000 pending URLs over 50 hosts, half of whose queues are full, against
// the same query on a frontier of 500 URLs (the reference).
func BenchmarkCrawlFrontierNext(b *testing.B) {
	for _, n := range []int{500, 50000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ctx := context.Background()
			f := mustOpen(b).CrawlFrontier()
			run, err := f.BeginRun(ctx, time.Now())
			if err != nil {
				b.Fatal(err)
			}
			entries := make([]crawler.Entry, 0, n)
			skip := map[string]bool{}
			for i := 0; i < n; i++ {
				host := fmt.Sprintf("h%02d.example.gov.cn", i%50)
				if i%50 < 25 {
					skip[host] = true
				}
				entries = append(entries, crawler.Entry{URL: fmt.Sprintf("http://%s/a/%d.html", host, i), Host: host, Site: "s", Kind: crawler.KindArticle, Depth: 1})
			}
			if _, err := f.Add(ctx, run, entries); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				got, err := f.Next(ctx, run, crawler.NextQuery{Now: time.Now(), Limit: 3, PerHost: 3, SkipHosts: skip})
				if err != nil || len(got) != 3 {
					b.Fatal(len(got), err)
				}
				for _, e := range got { // put them back
					e.State = crawler.StatePending
					if err := f.Complete(ctx, run, crawler.Outcome{Entry: e, Fetch: crawler.Fetch{URL: e.URL, Outcome: crawler.OutcomeRetry}}); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
