package main

import (
	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/extract"
)

// pipelineInput turns what the crawler fetched (from the network or a WARC
// record) into the pipeline's input. kind is "" to let content extraction
// detect it.
func pipelineInput(f crawler.Fetched, kind string) extract.Page {
	return extract.Page{
		Source:      f.Source,
		URL:         f.URL,
		Raw:         f.Body,
		ContentType: f.ContentType(),
		Kind:        kind,
		FetchedAt:   f.FetchedAt,
	}
}
