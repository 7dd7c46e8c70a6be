// Package extract defines the record types that every stage fills in and the
// store keeps: Page (the pipeline's input), Article (what content extraction
// reads from a page), Facts and Document (the record). It holds nothing but
// these types and their helpers and imports only the standard library, so
// any package can name them without linking an extractor. The readers live
// in its subpackages: content (main text and metadata), facts, place,
// segment, gazetteer and lexicon.
//
// Their JSON form is the format of `ccorpus extract --format jsonl` (see
// README, "The record").
package extract

import "time"

// Page is one input to the pipeline: raw bytes as fetched or read from disk.
type Page struct {
	// Source is the input exactly as named by the user (path or URL).
	Source string
	// URL is the page's address when known (HTTP fetch, text-dump header, WARC record).
	URL string
	// Raw holds the bytes as received, before any decoding.
	Raw []byte
	// ContentType is the HTTP Content-Type header, "" when unknown.
	ContentType string
	// Kind says how to read Raw: KindHTML or KindText. Empty means detect.
	Kind string
	// FetchedAt is when the bytes were fetched or read (never used as a publication date).
	FetchedAt time.Time
}

// Page kinds.
const (
	KindHTML = "html"
	KindText = "text"
)

// Article is the result of content extraction: main text and page metadata,
// before normalization (the text may still be traditional and dirty).
type Article struct {
	URL       string
	Title     string
	Published string // ISO 8601: "2006-01-02T15:04:05+08:00" or "2006-01-02"; "" when absent
	// PublishedFrom says where Published came from: "meta", "label", "table", "url", "text",
	// or "header" (the header block of a text dump).
	PublishedFrom string
	Site          string
	Origin        string // 来源
	Author        string // 作者 / 记者
	Editor        string // 责任编辑
	Charset       string // charset used to decode, "" for text dumps read as UTF-8
	// Text is the main text, one paragraph per line.
	Text string
	// IsIndex is true when the page is a list or index page rather than an article.
	IsIndex bool
	// Reason says why Text is empty (one of the Reason* values), "" when it is not.
	Reason string
	// Region is the region the site rule for the page's host names (a
	// county site's pages all report on that county), "" when none.
	Region string
	// Truncated is true when the page was longer than MaxPageBytes and only
	// its first MaxPageBytes were read.
	Truncated bool
}

// Facts are the campaign facts of one regional report (or of a whole page).
// Nil pointers and empty slices mean "the page does not state it".
type Facts struct {
	Campaign        *string           `json:"campaign"`
	Year            *int              `json:"year"`
	Level           *string           `json:"level"`
	Province        *string           `json:"province"`
	ProvinceCode    *string           `json:"province_code"`
	City            *string           `json:"city"`
	CityCode        *string           `json:"city_code"`
	County          *string           `json:"county"`
	CountyCode      *string           `json:"county_code"`
	EventDates      []string          `json:"event_dates"`
	DepartmentCount *int              `json:"department_count"`
	ActivityCount   *int              `json:"activity_count"`
	Activities      []string          `json:"activities"`
	Theme           *string           `json:"theme"`
	Evidence        map[string]string `json:"evidence"`
	// Departments are the co-organising departments the page names (the
	// ones department_count counts, when it lists them), each with its sentence.
	Departments []Department `json:"departments"`
	// Events label each of EventDates with what happens that day (启动仪式,
	// 宣传咨询日); its sentence is Evidence["event_dates[DATE]"].
	Events []Event `json:"events"`
}

// Department is one named co-organising department.
type Department struct {
	Name     string `json:"name"`
	Evidence string `json:"evidence"`
}

// Event is one dated event: the date of EventDates and a short label from
// its sentence, nil when the sentence names no kind of event.
type Event struct {
	Date  string  `json:"date"`
	Label *string `json:"label"`
}

// Document is everything the pipeline knows about one page: the printed,
// stored and exported unit. Its JSON form is the record format.
type Document struct {
	Source    string  `json:"source"`
	URL       *string `json:"url"`
	Title     *string `json:"title"`
	Published *string `json:"published"`
	Site      *string `json:"site"`
	Origin    *string `json:"origin"`
	Author    *string `json:"author"`
	Editor    *string `json:"editor"`
	Charset   *string `json:"charset"`
	Script    string  `json:"script"`
	Text      string  `json:"text"`
	OnTopic   bool    `json:"on_topic"`
	Facts
	SpamRemoved []string `json:"spam_removed"`
	Records     []Facts  `json:"records"`
	// Reason says why Text is empty (one of the Reason* values); nil when it is not.
	Reason *string `json:"reason"`
}

// Reasons for an empty text (Article.Reason, Document.Reason).
const (
	// ReasonIndex: a list or index page, links to other pages rather than a text.
	ReasonIndex = "index-page"
	// ReasonNoMainText: the page holds no region of text at all (an empty
	// body, a frame set, a page drawn by scripts).
	ReasonNoMainText = "no-main-text"
	// ReasonAllChrome: the page has text, but every line of it is page
	// chrome (menus, tool bars, notices) dropped by extraction or cleaning.
	ReasonAllChrome = "all-chrome"
	// ReasonAllSpam: cleaning removed every line as spam (see spam_removed).
	ReasonAllSpam = "all-spam"
	// ReasonNotText: the bytes are not text (binary data, an image, a PDF,
	// or text that decodes to mostly invalid characters).
	ReasonNotText = "not-text"
)

// Str returns a pointer to s, or nil when s is empty: the JSON null of the record format.
func Str(s string) *string {
	if s == "" {
		return nil
	}
	p := new(string) // not &s, which would move s to the heap for "" too
	*p = s
	return p
}

// Int returns a pointer to n.
func Int(n int) *int { return &n }

// Deref returns *p, or "" for nil.
func Deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
