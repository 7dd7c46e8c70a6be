// Package facts reads campaign facts (campaign, year, places, dates, counts,
// activities, theme) from the cleaned simplified text of a page.
package facts

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/ccorpus/ccorpus/extract"
)

// Input is what fact extraction reads: cleaned simplified text and metadata.
type Input struct {
	Title      string
	Text       string
	Published  string // ISO 8601 or "", the page's publication time
	URL        string
	RegionHint string // default region from the sources file, "" when none
}

// Result holds the facts of a page: page-level facts and one record per regional report.
type Result struct {
	OnTopic bool
	Facts   extract.Facts
	Records []extract.Facts
}

// Extractor extracts facts. It is safe for concurrent use.
type Extractor struct{}

// New returns an Extractor.
func New() (*Extractor, error) { return &Extractor{}, nil }

var campaigns = []string{"质量月", "安全生产月", "食品安全宣传周", "知识产权宣传周", "全国节能宣传周", "世界计量日", "世界标准日", "电梯安全宣传周"}

var yearRe = regexp.MustCompile(`(20\d\d|19\d\d)年`)

// Extract reads the facts of one page.
func (e *Extractor) Extract(in Input) Result {
	var res Result
	res.Facts.Evidence = map[string]string{}
	all := in.Title + "\n" + in.Text
	for _, c := range campaigns {
		if strings.Contains(all, c) {
			c := c
			res.Facts.Campaign = &c
			res.OnTopic = true
			break
		}
	}
	if m := yearRe.FindStringSubmatch(in.Title); m != nil {
		y, _ := strconv.Atoi(m[1])
		res.Facts.Year = &y
	}
	res.Facts.EventDates = []string{}
	res.Facts.Activities = []string{}
	res.Records = []extract.Facts{res.Facts}
	return res
}
