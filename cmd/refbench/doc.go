// Package refbench measures ccorpus's pipeline against reference extractors
// run in the same process on the same pages: html.Parse alone,
// go-readability (codeberg.org/readeck/go-readability/v2) and go-trafilatura
// (github.com/markusmobius/go-trafilatura). It is a module of its own (its
// go.mod replaces github.com/ccorpus/ccorpus with the checkout above it), so
// that the reference extractors never become dependencies of the product:
//
//	cd cmd/refbench && go test -bench . -benchtime 5x
//
// The pipeline is cmd/internal/pipeline, the one ccorpus's commands run:
// content extraction, cleaning and conversion, fact extraction.
package refbench
