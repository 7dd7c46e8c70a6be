package store

// The workbench's views of the store (`ccorpus serve`): full-text search,
// record lists, one document, overview aggregates. The values are the same
// for every backend; store/sqlite and store/postgres implement the queries.

// SearchQuery is a full-text search with filters.
type SearchQuery struct {
	// Terms are the words that must all occur in a page's title or text, as
	// the caller's segmenter cut the user's query; none lists every page.
	Terms []string
	ViewFilter
	Offset, Limit int
}

// Hit is one page found.
type Hit struct {
	ID        int64
	Title     string
	Site      string
	Published string
	Region    string // province, city and county of the page's first record
	OnTopic   bool
	Text      string // the cleaned text, for snippets
}

// SearchResult is one page of hits and the number of pages found in all.
type SearchResult struct {
	Total int
	Hits  []Hit
}

// Unindexed is a stored document whose search row is missing or was built
// from another text: what the caller needs to build it.
type Unindexed struct {
	ID          int64
	Title, Text string
	TextHash    string
}
