package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/extract"
)

// isWARC reports whether a path names a WARC file (.warc or .warc.gz).
func isWARC(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".warc") || strings.HasSuffix(p, ".warc.gz")
}

// skipError is an input refused as a page, for a counted reason; it is
// logged as skipped, not failed.
type skipError struct {
	Reason string // sniff.Empty, sniff.NotText, sniff.Unsupported, or a crawler refusal reason
	Detail string
}

func (e *skipError) Error() string { return e.Reason + ": " + e.Detail }

// inputItem is one input of a run: a file or URL, a page of a WARC file,
// or something of a WARC file that is not a page (a refused response, a
// stretch lost) or a WARC file that could not be opened.
type inputItem struct {
	name string
	path string
	warc *crawler.WARCFile
	i    int
	err  error // refused or lost: the item's outcome without reading
}

// inputSource reads local files and URLs, with each WARC file among them
// expanded to the HTML pages of its response records (ours or Common
// Crawl's) and to one failed item per stretch it could not read and one
// skipped item per response refused. A WARC file that cannot be opened is
// one failed item: it never stops the run. notes say, for each WARC file
// without pages, what it held instead.
func (a *app) inputSource(ctx context.Context, paths []string) (src pageSource, notes []string, err error) {
	var items []inputItem
	for _, p := range paths {
		if !isWARC(p) {
			items = append(items, inputItem{name: p, path: p})
			continue
		}
		wf, err := crawler.OpenWARC(ctx, p)
		if ctx.Err() != nil {
			return pageSource{}, nil, ctx.Err()
		}
		if err != nil {
			items = append(items, inputItem{name: p, path: p, err: fmt.Errorf("warc %s: %w", p, unwrapCrawler(err))})
			notes = append(notes, fmt.Sprintf("%s: not readable: %v", p, unwrapCrawler(err)))
			continue
		}
		for i := 0; i < wf.Len(); i++ {
			items = append(items, inputItem{name: p, path: p, warc: wf, i: i})
		}
		rep := wf.Report
		for _, r := range rep.Refused {
			items = append(items, inputItem{name: r.Source, path: p, err: &skipError{Reason: r.Reason, Detail: r.URL + ": " + r.Detail}})
		}
		for _, l := range rep.Lost {
			items = append(items, inputItem{name: p + "#" + l.At(), path: p,
				err: fmt.Errorf("warc %s: unreadable from offset %s: %s", p, l.At(), l.Reason)})
		}
		if wf.Len() == 0 {
			notes = append(notes, fmt.Sprintf("%s: no HTML pages: %s", p, rep.Describe()))
		}
	}
	return pageSource{
		n:    len(items),
		name: func(i int) string { return items[i].name },
		load: func(ctx context.Context, i int) (extract.Page, int64, error) {
			it := items[i]
			switch {
			case it.err != nil:
				return extract.Page{}, 0, it.err
			case it.warc == nil:
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
	}, notes, nil
}

// unwrapCrawler drops the "crawler: warc: " prefix of an open error, which
// the caller's message already says.
func unwrapCrawler(err error) error {
	if u := errors.Unwrap(err); u != nil && strings.HasPrefix(err.Error(), "crawler: warc: ") {
		return u
	}
	return err
}
