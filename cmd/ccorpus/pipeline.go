package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/extract/content"
	"github.com/ccorpus/ccorpus/extract/facts"
	"github.com/ccorpus/ccorpus/extract/segment"
	"github.com/ccorpus/ccorpus/normalize"
)

// pipeline knows the order of the stages: content extraction (with the site
// rules), cleaning and conversion, fact extraction. It is safe for
// concurrent use.
type pipeline struct {
	rules   *content.Rules // the site rules the reader applies, before any overlay
	reader  *content.Reader
	cleaner *normalize.Cleaner
	facts   *facts.Extractor
	seg     *segment.GSE // the facts' segmenter, also cutting text for the search index
}

// stageError records at which stage a page failed.
type stageError struct {
	Stage string
	Err   error
}

func (e *stageError) Error() string { return e.Stage + ": " + e.Err.Error() }
func (e *stageError) Unwrap() error { return e.Err }

// processed is everything the pipeline learns about one page: the record,
// and what the store keeps besides it.
type processed struct {
	Doc          extract.Document
	OriginalText string         // main text before cleaning
	CleanCounts  map[string]int // changes made by each cleaning step
	Charset      string         // charset the page was decoded with, "" for UTF-8 text dumps
	IsIndex      bool           // a list or index page
	RawHash      string         // hex SHA-256 of the raw bytes
	TextHash     string         // hex SHA-256 of the cleaned text
}

// process runs one page through every stage and returns its record.
func (p *pipeline) process(ctx context.Context, page extract.Page) (extract.Document, error) {
	r, err := p.processPage(ctx, page)
	return r.Doc, err
}

// processPage runs one page through every stage and returns the record and
// what the store needs besides it.
//
// A panic in a stage is recovered here and returned as that stage's error
// (with the stack), so one bad page is a counted failure, never a dead batch.
func (p *pipeline) processPage(ctx context.Context, page extract.Page) (r processed, err error) {
	if err := ctx.Err(); err != nil {
		return processed{}, err
	}
	stage := "content"
	defer func() {
		if v := recover(); v != nil {
			r, err = processed{}, &stageError{Stage: stage, Err: fmt.Errorf("panic: %v\n%s", v, debug.Stack())}
		}
	}()
	art, err := p.reader.Read(page)
	if err != nil {
		return processed{}, &stageError{Stage: stage, Err: err}
	}
	stage = "clean"
	clean := p.cleaner.Clean(art.Text)
	title := p.cleaner.CleanTitle(art.Title)
	meta := p.cleaner.ConvertMeta(normalize.Meta{Site: art.Site, Origin: art.Origin, Author: art.Author, Editor: art.Editor})
	stage = "facts"
	fr := p.facts.Extract(facts.Input{
		Title:      title,
		Text:       clean.Text,
		Published:  art.Published,
		URL:        art.URL,
		Origin:     meta.Origin,
		RegionHint: art.Region,
		Spliced:    clean.Spliced,
	})
	doc := extract.Document{
		Source:      page.Source,
		URL:         extract.Str(art.URL),
		Title:       extract.Str(title),
		Published:   extract.Str(art.Published),
		Site:        extract.Str(meta.Site),
		Origin:      extract.Str(meta.Origin),
		Author:      extract.Str(meta.Author),
		Editor:      extract.Str(meta.Editor),
		Charset:     extract.Str(art.Charset),
		Script:      clean.Script,
		Text:        clean.Text,
		OnTopic:     fr.OnTopic && !art.IsIndex,
		Facts:       fr.Facts,
		SpamRemoved: clean.SpamRemoved,
		Records:     fr.Records,
		Reason:      extract.Str(emptyReason(art, clean)),
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
		RawHash:      hashHex(page.Raw),
		TextHash:     hashHex([]byte(doc.Text)),
	}, nil
}

// emptyReason says why a page's cleaned text is empty, "" when it is not:
// the reason content extraction gave, else what cleaning did to the text
// extraction found (every line spam, every line chrome).
func emptyReason(art extract.Article, clean normalize.Result) string {
	switch {
	case clean.Text != "":
		return ""
	case art.Reason != "":
		return art.Reason
	case len(clean.SpamRemoved) > 0:
		return extract.ReasonAllSpam
	case clean.Counts[normalize.StepChrome] > 0:
		return extract.ReasonAllChrome
	case strings.TrimSpace(art.Text) != "":
		// Cleaning removed the rest: mojibake, stray marks, duplicates.
		return extract.ReasonNotText
	}
	return extract.ReasonNoMainText
}

func hashHex(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}
