package main

import (
	"context"
	"fmt"
	"sync"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/extract/facts"
	"github.com/ccorpus/ccorpus/normalize"
)

// pipeline knows the order of the stages: content extraction, cleaning and
// conversion, fact extraction. It is safe for concurrent use.
type pipeline struct {
	cleaner *normalize.Cleaner
	facts   *facts.Extractor
}

// stageError records at which stage a page failed.
type stageError struct {
	Stage string
	Err   error
}

func (e *stageError) Error() string { return e.Stage + ": " + e.Err.Error() }
func (e *stageError) Unwrap() error { return e.Err }

var (
	pipelineOnce sync.Once
	pipelineInst *pipeline
	pipelineErr  error
)

// loadPipeline builds the pipeline once per process (dictionaries load slowly).
func loadPipeline() (*pipeline, error) {
	pipelineOnce.Do(func() {
		fx, err := facts.New()
		if err != nil {
			pipelineErr = fmt.Errorf("load facts extractor: %w", err)
			return
		}
		pipelineInst = &pipeline{cleaner: normalize.NewCleaner(defaultConverter()), facts: fx}
	})
	return pipelineInst, pipelineErr
}

// processed is everything the pipeline learns about one page: the record,
// and what the store keeps besides it.
type processed struct {
	Doc          extract.Document
	OriginalText string         // main text before cleaning
	CleanCounts  map[string]int // changes made by each cleaning step
	Charset      string         // charset the page was decoded with, "" for UTF-8 text dumps
	IsIndex      bool           // a list or index page
}

// process runs one page through every stage and returns its record.
func (p *pipeline) process(ctx context.Context, page extract.Page) (extract.Document, error) {
	r, err := p.processPage(ctx, page)
	return r.Doc, err
}

// processPage runs one page through every stage and returns the record and
// what the store needs besides it.
func (p *pipeline) processPage(ctx context.Context, page extract.Page) (processed, error) {
	if err := ctx.Err(); err != nil {
		return processed{}, err
	}
	art, err := extract.Read(page)
	if err != nil {
		return processed{}, &stageError{Stage: "content", Err: err}
	}
	clean := p.cleaner.Clean(art.Text)
	title := p.cleaner.CleanTitle(art.Title)
	fr := p.facts.Extract(facts.Input{
		Title:      title,
		Text:       clean.Text,
		Published:  art.Published,
		URL:        art.URL,
		Origin:     p.cleaner.Convert(art.Origin),
		RegionHint: page.Hints.Region,
	})
	doc := extract.Document{
		Source:      page.Source,
		URL:         extract.Str(art.URL),
		Title:       extract.Str(title),
		Published:   extract.Str(art.Published),
		Site:        extract.Str(p.cleaner.Convert(art.Site)),
		Origin:      extract.Str(p.cleaner.Convert(art.Origin)),
		Author:      extract.Str(p.cleaner.Convert(art.Author)),
		Editor:      extract.Str(p.cleaner.Convert(art.Editor)),
		Charset:     extract.Str(art.Charset),
		Script:      clean.Script,
		Text:        clean.Text,
		OnTopic:     fr.OnTopic && !art.IsIndex,
		Facts:       fr.Facts,
		SpamRemoved: clean.SpamRemoved,
		Records:     fr.Records,
	}
	if doc.SpamRemoved == nil {
		doc.SpamRemoved = []string{}
	}
	if doc.Records == nil {
		doc.Records = []extract.Facts{}
	}
	return processed{
		Doc:          doc,
		OriginalText: clean.Original,
		CleanCounts:  clean.Counts,
		Charset:      art.Charset,
		IsIndex:      art.IsIndex,
	}, nil
}
