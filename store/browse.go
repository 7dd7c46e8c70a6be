package store

import "github.com/ccorpus/ccorpus/extract"

// RecordRow is one record as browsed: corrections applied, with its page.
type RecordRow struct {
	DocumentID int64
	DocKey     string
	Title      string
	Published  string
	Site       string
	Index      int
	extract.Facts
	Corrected []string // fields whose value is a correction
}

// RecordQuery lists records: filtered, sorted by one column, paged.
type RecordQuery struct {
	ViewFilter
	Sort          string // one of SortColumns; "" is page order
	Desc          bool
	Offset, Limit int // Limit 0 lists every record
}

// SortColumns are the columns a record list can be sorted by.
var SortColumns = []string{"published", "title", "site", "campaign", "year", "level", "province", "city", "county",
	"department_count", "activity_count"}

// DocumentView is a stored page as a reader sees it: metadata, texts, what
// cleaning removed, and its records with corrections applied.
type DocumentView struct {
	ID                                       int64
	Key, Source, URL, ContentType, Kind      string
	Title, Published, Site, Origin, Author   string
	Editor, Charset, Script                  string
	OnTopic                                  bool // as corrected
	ExtractedOnTopic                         bool // as the extractor said
	IsIndex                                  bool
	OriginalText, Text                       string
	SpamRemoved                              []string
	CleanCounts                              map[string]int
	RawSize                                  int
	FetchedAt, FirstSeen, UpdatedAt, Process string
	Records                                  []RecordRow
}

// Aggregates over the corrected records for the overview charts.

// CampaignYear counts the records of one campaign in one year (Year 0: none).
type CampaignYear struct {
	Campaign string
	Year     int
	N        int
}

// ProvinceStat is what the map shows of one province.
type ProvinceStat struct {
	Province    string
	Records     int
	WithDepts   int     // records that name a department count
	MedianDepts float64 // median department count of those
}

// WeekCount is the number of event dates in the week starting Monday Week.
type WeekCount struct {
	Week string // YYYY-MM-DD of the Monday
	N    int
}
