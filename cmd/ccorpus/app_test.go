package main

import (
	"context"
	"io"

	"github.com/ccorpus/ccorpus/cmd/internal/pipeline"
)

// sharedPipes lets the tests of this package load the pipeline's
// dictionaries once instead of once per command line they run.
var sharedPipes = &pipelines{}

// testApp is an app with the tests' shared pipeline.
func testApp(stdout, stderr io.Writer) *app {
	a := newApp(stdout, stderr)
	a.pipes = sharedPipes
	return a
}

// runCLI runs a command line as Run does, with the shared pipeline.
func runCLI(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return testApp(stdout, stderr).run(ctx, args)
}

// loadPipeline returns the tests' shared pipeline.
func loadPipeline() (*pipeline.Pipeline, error) { return sharedPipes.get(nil) }
