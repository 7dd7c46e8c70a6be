// Package pipeline is the one place that knows the order of the stages a
// page goes through: content extraction (with the site rules), cleaning and
// conversion, fact extraction. The ccorpus commands and the reference
// benchmark (cmd/refbench) both run pages through it, so what is measured
// is what runs.
package pipeline

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/extract/content"
	"github.com/ccorpus/ccorpus/extract/facts"
	"github.com/ccorpus/ccorpus/extract/gazetteer"
	"github.com/ccorpus/ccorpus/extract/place"
	"github.com/ccorpus/ccorpus/extract/segment"
	"github.com/ccorpus/ccorpus/normalize"
	"github.com/ccorpus/ccorpus/normalize/opencc"
)

// Pipeline runs pages through every stage. It is safe for concurrent use.
type Pipeline struct {
	rules   *content.Rules // the site rules the reader applies, before any overlay
	reader  *content.Reader
	cleaner *normalize.Cleaner
	facts   *facts.Extractor
	seg     *segment.Dict // the facts' segmenter, also cutting text for the search index
}

// Load loads every dictionary (site rules, gazetteer, segmenter, OpenCC's
// t2s) and wires the stages.
func Load() (*Pipeline, error) {
	rules, err := content.DefaultRules()
	if err != nil {
		return nil, fmt.Errorf("load site rules: %w", err)
	}
	gz, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	seg, err := segment.New()
	if err != nil {
		return nil, fmt.Errorf("load segmenter: %w", err)
	}
	// OpenCC's t2s, byte-identical to `opencc -c t2s.json`.
	conv, err := opencc.New("t2s")
	if err != nil {
		return nil, fmt.Errorf("load OpenCC t2s: %w", err)
	}
	return New(rules, normalize.NewCleaner(conv).WithCutter(seg), facts.New(place.New(seg, gz)), seg), nil
}

// New wires stages already built: content extraction with rules, cleaner,
// fx, and seg cutting the search index's words.
func New(rules *content.Rules, cleaner *normalize.Cleaner, fx *facts.Extractor, seg *segment.Dict) *Pipeline {
	return &Pipeline{rules: rules, reader: content.NewReader(rules), cleaner: cleaner, facts: fx, seg: seg}
}

// WithRules returns a pipeline sharing p's dictionaries that applies rules
// instead of p's site rules.
func (p *Pipeline) WithRules(rules *content.Rules) *Pipeline {
	q := *p
	q.rules, q.reader = rules, content.NewReader(rules)
	return &q
}

// With returns a pipeline sharing p's dictionaries whose site rules are p's
// with overlay (a sources file's charset, content and region keys) merged
// over them.
func (p *Pipeline) With(overlay []content.Rule) *Pipeline {
	if len(overlay) == 0 {
		return p
	}
	q := *p
	q.reader = content.NewReader(p.rules.With(overlay))
	return &q
}

// Reader is the content stage.
func (p *Pipeline) Reader() *content.Reader { return p.reader }

// Cleaner is the cleaning and conversion stage.
func (p *Pipeline) Cleaner() *normalize.Cleaner { return p.cleaner }

// Facts is the fact extraction stage.
func (p *Pipeline) Facts() *facts.Extractor { return p.facts }

// Segmenter is the facts' segmenter, which also cuts the search index's words.
func (p *Pipeline) Segmenter() *segment.Dict { return p.seg }

// SearchText is what the store's search index holds of a page: its title
// and cleaned text cut into words, the words inside long words included.
func (p *Pipeline) SearchText(title, text string) string {
	return p.seg.SearchText(title + "\n" + text)
}

// StageError records at which stage a page failed.
type StageError struct {
	Stage string
	Err   error
}

func (e *StageError) Error() string { return e.Stage + ": " + e.Err.Error() }
func (e *StageError) Unwrap() error { return e.Err }

// Processed is everything the pipeline learns about one page: the record,
// and what the store keeps besides it.
type Processed struct {
	Doc          extract.Document
	OriginalText string         // main text before cleaning
	CleanCounts  map[string]int // changes made by each cleaning step
	Charset      string         // charset the page was decoded with, "" for UTF-8 text dumps
	IsIndex      bool           // a list or index page
}

// Process runs one page through every stage and returns its record.
func (p *Pipeline) Process(ctx context.Context, page extract.Page) (extract.Document, error) {
	r, err := p.ProcessPage(ctx, page)
	return r.Doc, err
}

// ProcessPage runs one page through every stage and returns the record and
// what the store needs besides it.
//
// A panic in a stage is recovered here and returned as that stage's error
// (with the stack), so one bad page is a counted failure, never a dead batch.
func (p *Pipeline) ProcessPage(ctx context.Context, page extract.Page) (r Processed, err error) {
	if err := ctx.Err(); err != nil {
		return Processed{}, err
	}
	stage := "content"
	defer func() {
		if v := recover(); v != nil {
			r, err = Processed{}, &StageError{Stage: stage, Err: fmt.Errorf("panic: %v\n%s", v, debug.Stack())}
		}
	}()
	art, err := p.reader.Read(page)
	if err != nil {
		return Processed{}, &StageError{Stage: stage, Err: err}
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
	return Processed{
		Doc:          doc,
		OriginalText: clean.Original,
		CleanCounts:  clean.Counts,
		Charset:      art.Charset,
		IsIndex:      art.IsIndex,
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
