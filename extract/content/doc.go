// Package content reads a page (HTML or a plain-text dump) into an
// extract.Article: main text, one paragraph a line, and metadata (title,
// published, site, origin, author, editor, charset). Reader.Read is the entry
// point; it looks up the site rule for the page's URL (data/sites.tsv, with
// a sources file's overlay merged by cmd) so every path that reads a page
// (ingest, crawl, reprocess, extract URL, WARC, eval) applies the same rule.
//
// It decodes with crawler/decode and sniffs with crawler/sniff, the one
// owners of those questions, and shares normalize's line predicates
// (breadcrumbs, tool bars, copyright notices) with text-dump cleaning. It
// does no I/O.
package content
