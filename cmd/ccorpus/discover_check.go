package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/ccorpus/ccorpus/cmd/internal/pipeline"
	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/crawler/discover"
	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/extract/content"
	"github.com/ccorpus/ccorpus/normalize"
)

// thinArticle is the main text (Han characters) below which a sample
// article counts as thin: a press release has a few sentences at least.
const thinArticle = 120

// discoverCheck is discovery's self-check: the sample articles go through
// the pipeline with the discovered charset; a site is ok when most of them
// have a title and a main text that is not thin, partial otherwise. The
// body container the articles share is proposed as content only when the
// pipeline reads clearly more (or clearly less, i.e. less chrome) with it
// than without it on most articles.
func (a *app) discoverCheck(ctx context.Context, r *discover.Report) discover.Verdict {
	var v discover.Verdict
	hosts := hostsOf(r)
	generic, err := a.pipelineWith(siteOverlay(hosts, r.Charset, ""))
	if err != nil {
		v.Notes = append(v.Notes, "check: pipeline: "+err.Error())
		return v
	}
	plain := readAll(ctx, generic, r.Sample.Articles, "")
	chosen := plain
	if sel := r.Sample.Container; sel != "" {
		if p, err := a.pipelineWith(siteOverlay(hosts, r.Charset, sel)); err == nil {
			with := readAll(ctx, p, r.Sample.Articles, "")
			better := 0
			for i := range plain {
				n, m := plain[i].han, with[i].han
				if m >= thinArticle && (n*10 < m*8 || n*10 > m*15) {
					better++
				}
			}
			if better*2 > len(plain) {
				v.Content, chosen = sel, with
				v.Notes = append(v.Notes, fmt.Sprintf("content: the articles share %s, which the generic extractor misses on %d of %d", sel, better, len(plain)))
			}
		}
	}
	good := 0
	for _, d := range chosen {
		if d.han >= thinArticle && d.title {
			good++
		}
	}
	index := 0
	for _, d := range readAll(ctx, generic, r.Sample.Lists, extract.KindHTML) {
		if d.index {
			index++
		}
	}
	v.Notes = append(v.Notes, fmt.Sprintf("check: %d of %d sample articles read with a title and ≥ %d characters of text; %d of %d list pages read as index pages",
		good, len(chosen), thinArticle, index, len(r.Sample.Lists)))
	if good*3 >= len(chosen)*2 {
		v.Status = discover.StatusOK
	} else {
		v.Status, v.Reason = discover.StatusPartial, fmt.Sprintf("lists found but articles thin: %d of %d sample articles read well", good, len(chosen))
	}
	return v
}

// read is what the check needs of one page's record.
type read struct {
	han   int
	title bool
	index bool
}

func readAll(ctx context.Context, p *pipeline.Pipeline, pages []crawler.Fetched, kind string) []read {
	out := make([]read, len(pages))
	for i, f := range pages {
		r, err := p.ProcessPage(ctx, pipelineInput(f, kind))
		if err != nil {
			continue
		}
		out[i] = read{han: normalize.HanCount(r.Doc.Text), title: strings.TrimSpace(extract.Deref(r.Doc.Title)) != "", index: r.IsIndex}
	}
	return out
}

func hostsOf(r *discover.Report) []string {
	seen := map[string]bool{}
	var out []string
	for _, b := range r.Blocks {
		for _, h := range b.Hosts {
			h, _, _ = strings.Cut(strings.ToLower(h), ":")
			if !seen[h] {
				seen[h] = true
				out = append(out, h)
			}
		}
	}
	return out
}

// siteOverlay is the site rules a block's charset and content amount to,
// as crawl builds them from a sources file (sourceRules).
func siteOverlay(hosts []string, charset, sel string) []content.Rule {
	if charset == "" && sel == "" {
		return nil
	}
	var out []content.Rule
	for _, h := range hosts {
		out = append(out, content.Rule{Host: h, Charset: charset, Content: sel})
	}
	return out
}
