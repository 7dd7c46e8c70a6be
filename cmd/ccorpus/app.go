package main

import (
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/ccorpus/ccorpus/cmd/internal/pipeline"
	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/extract/content"
)

// app is everything a command runs with, built once in Run and passed down:
// output streams, logger, clock, and the dependencies that are costly to
// build (the pipeline's dictionaries, the fetcher for pages named by URL),
// made on first use so that commands that need none of them load none.
type app struct {
	stdout, stderr io.Writer
	log            *slog.Logger
	now            func() time.Time
	// allowPrivate lets pages named by URL come from private, loopback or
	// link-local addresses (the --allow-private flag of extract and ingest).
	allowPrivate bool

	pipes *pipelines

	fetcherOnce sync.Once
	fetcher     *crawler.Fetcher
}

func newApp(stdout, stderr io.Writer) *app {
	return &app{stdout: stdout, stderr: stderr, log: slog.Default(), now: time.Now, pipes: &pipelines{}}
}

// pipeline returns the pipeline with the embedded site rules, built on first use.
func (a *app) pipeline() (*pipeline.Pipeline, error) { return a.pipes.get(nil) }

// pipelineWith returns a pipeline whose site rules are the embedded table
// with overlay (a sources file's charset, content and region keys) merged
// over it.
func (a *app) pipelineWith(overlay []content.Rule) (*pipeline.Pipeline, error) {
	return a.pipes.get(overlay)
}

// urlFetcher returns the fetcher for pages named by URL on the command line.
func (a *app) urlFetcher() *crawler.Fetcher {
	a.fetcherOnce.Do(func() {
		a.fetcher = crawler.NewFetcher(crawler.Config{AllowPrivate: a.allowPrivate}, nil)
	})
	return a.fetcher
}

// pipelines builds the costly parts of the pipeline (gazetteer, segmenter,
// place resolver, fact extractor, cleaner) once and hands out pipelines that
// share them, one per site-rule overlay.
type pipelines struct {
	once sync.Once
	base *pipeline.Pipeline
	err  error
}

func (ps *pipelines) get(overlay []content.Rule) (*pipeline.Pipeline, error) {
	ps.once.Do(func() { ps.base, ps.err = pipeline.Load() })
	if ps.err != nil {
		return nil, ps.err
	}
	return ps.base.With(overlay), nil
}
