// Package place decides which region a page, or one regional report of a
// digest page, is about: the issuing body, the headline, the dateline and the
// most specific consistent unit, not every place the text mentions.
package place

import (
	"fmt"
	"sync"

	"github.com/ccorpus/ccorpus/extract/gazetteer"
	"github.com/ccorpus/ccorpus/extract/segment"
)

// Input is what the resolver reads: cleaned simplified text and metadata.
type Input struct {
	Title      string // the headline, "" when unknown
	Text       string // main text, one paragraph per line
	Origin     string // 来源: the issuing body, "" when unknown
	URL        string // the page address (not used to guess a region)
	RegionHint string // the sources file's region for the site, "" when none
	// ActingOnly counts only the bodies that act, the places events are
	// held in and the homes of those who take part (the region of one report
	// of a round-up: 在上海|东方绿舟|拉开帷幕, 吉林省公安…), not every place named.
	ActingOnly bool
}

// Levels of the result.
const (
	National = "national"
	Province = "province"
	City     = "city"
	County   = "county"
)

// NationalName is the province value of national releases.
const NationalName = "全国"

// Result is the region a text reports on. Empty strings are nulls: a national
// release has Province "全国" and no codes; a joint action of several
// provinces, or a text that names no place, has no province.
type Result struct {
	Level        string
	Province     string
	ProvinceCode string
	City         string
	CityCode     string
	County       string
	CountyCode   string
	Evidence     string // the sentence the decision rests on
}

// Resolver decides regions. It is safe for concurrent use.
type Resolver struct {
	seg    segment.Segmenter
	gz     *gazetteer.Gazetteer
	starts *startSet // the first runes of the words the scan acts on
	pre    *precheck // nil: cut every sentence
}

// New returns a resolver that cuts text with seg and looks places up in gz.
func New(seg segment.Segmenter, gz *gazetteer.Gazetteer) *Resolver {
	r := &Resolver{seg: seg, gz: gz, starts: newStartSet(gz)}
	if _, ok := seg.(*segment.Dict); ok {
		// Its words are the lower-cased text cut in pieces, as the
		// precheck needs.
		r.pre = newPrecheck(gz)
	}
	return r
}

var (
	defaultOnce sync.Once
	defaultRes  *Resolver
	defaultErr  error
)

// Default returns the process-wide resolver over the embedded gazetteer and
// the gse segmenter, loaded on first use (about 1.5 s).
func Default() (*Resolver, error) {
	defaultOnce.Do(func() {
		gz, err := gazetteer.Default()
		if err != nil {
			defaultErr = fmt.Errorf("place: %w", err)
			return
		}
		seg, err := segment.Default()
		if err != nil {
			defaultErr = fmt.Errorf("place: %w", err)
			return
		}
		defaultRes = New(seg, gz)
	})
	return defaultRes, defaultErr
}

// Resolve decides the region that in reports on.
func (r *Resolver) Resolve(in Input) Result {
	s := r.scan(in)
	if in.ActingOnly {
		s.mentions = acting(s.mentions)
	}
	return r.decide(s)
}

// result fills a Result from the chain of unit u at the given level.
func (r *Resolver) result(u *gazetteer.Unit, level, evidence string) Result {
	p, c, k := r.gz.Chain(u)
	res := Result{Level: level, Evidence: evidence}
	if p != nil {
		res.Province, res.ProvinceCode = p.Name, p.Code
	}
	if c != nil && level != Province {
		res.City, res.CityCode = c.Name, c.Code
	}
	if k != nil && level == County {
		res.County, res.CountyCode = k.Name, k.Code
	}
	return res
}

// acting keeps the mentions of bodies that act, of venues and of the homes of
// those who take part.
func acting(ms []*mention) []*mention {
	var out []*mention
	for _, m := range ms {
		if m.actor || m.venue || m.resident {
			out = append(out, m)
		}
	}
	return out
}
