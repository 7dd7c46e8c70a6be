package main

import (
	"context"
	"strings"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/extract"
)

// isWARC reports whether a path names a WARC file (.warc or .warc.gz).
func isWARC(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".warc") || strings.HasSuffix(p, ".warc.gz")
}

// inputSource reads local files, with each WARC file among them expanded
// to the HTML pages of its response records (ours or Common Crawl's).
func (a *app) inputSource(ctx context.Context, paths []string) (pageSource, error) {
	type item struct {
		path string
		warc *crawler.WARCFile
		i    int
	}
	var items []item
	for _, p := range paths {
		if !isWARC(p) {
			items = append(items, item{path: p})
			continue
		}
		wf, err := crawler.OpenWARC(ctx, p)
		if err != nil {
			return pageSource{}, err
		}
		for i := 0; i < wf.Len(); i++ {
			items = append(items, item{path: p, warc: wf, i: i})
		}
	}
	return pageSource{
		n:    len(items),
		name: func(i int) string { return items[i].path },
		load: func(ctx context.Context, i int) (extract.Page, int64, error) {
			it := items[i]
			if it.warc == nil {
				p, err := a.readPage(ctx, it.path)
				return p, 0, err
			}
			f, err := it.warc.Page(it.i)
			if err != nil {
				return extract.Page{}, 0, err
			}
			// The WARC reader hands on only HTML responses.
			return pipelineInput(f, extract.KindHTML), 0, nil
		},
	}, nil
}
