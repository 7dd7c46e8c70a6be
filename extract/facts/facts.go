// Package facts reads campaign facts (campaign, year, dates, counts,
// activities, theme) from the cleaned simplified text of a page, each with the
// sentence it was read from, and splits digest pages into one record per
// regional report.
package facts

import (
	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/extract/place"
)

// Input is what fact extraction reads: cleaned simplified text and metadata.
type Input struct {
	Title      string
	Text       string
	Published  string // ISO 8601 or "", the page's publication time
	URL        string
	Origin     string // 来源: the body that issued the release, "" when unknown
	RegionHint string // default region from the sources file, "" when none
	// Spliced are the fragments a content farm spliced into the text,
	// found and removed by cleaning: a spliced copy is not a report.
	Spliced []string
}

// Result holds the facts of a page: page-level facts and one record per regional report.
type Result struct {
	OnTopic bool
	Facts   extract.Facts
	Records []extract.Facts
}

// Extractor extracts facts. It is safe for concurrent use.
type Extractor struct {
	campaigns campaignList
	places    PlaceResolver
}

// New returns an Extractor that resolves places with places (in the program,
// a place.Resolver over the gazetteer and the segmenter).
func New(places PlaceResolver) *Extractor {
	return &Extractor{campaigns: parseCampaigns(campaignsData), places: places}
}

// page is the state shared by the extraction of a page and of its reports.
type page struct {
	d        *doc
	text     doc // what d points to: the page and its doc in one allocation
	campaign campaignResult
	mentions []campaignMention // mentions of the page's campaign in the text
	dates    []dateMention
	year     int
	// yearSentence is the sentence the year was read from.
	yearSentence string
	day          day
	national     bool
	// namedInTitle says the title names the page's campaign.
	namedInTitle bool
	isCampaig    func(string) bool
	// knownCampaign reports whether a name is any campaign of the data file.
	knownCampaign func(string) bool
}

// Extract reads the facts of one page.
func (e *Extractor) Extract(in Input) Result {
	p := e.newPage(in)
	where := e.places.Resolve(place.Input{Title: in.Title, Text: in.Text, Origin: in.Origin, URL: in.URL, RegionHint: in.RegionHint})
	if where.Level != "" {
		p.national = where.Level == place.National
	}
	top := p.facts(0, len(p.d.text), p.year, p.yearSentence)
	setPlace(&top, where)
	on, why := onTopic(p, in)
	res := Result{OnTopic: on, Facts: top}
	res.Facts.Evidence = withTopic(top.Evidence, why)
	res.Records = []extract.Facts{top}
	if records, ru := e.reports(p, in); records != nil {
		res.Records = records
		sharedPlace(&res.Facts, res.Records, ru)
		res.Facts.DepartmentCount = common(res.Records, func(f extract.Facts) *int { return f.DepartmentCount })
		res.Facts.ActivityCount = common(res.Records, func(f extract.Facts) *int { return f.ActivityCount })
		res.Facts.Theme = common(res.Records, func(f extract.Facts) *string { return f.Theme })
		topTheme := top.Evidence["theme"] // the page's evidence map, cleared below
		for _, k := range []string{"department_count", "activity_count", "theme"} {
			delete(res.Facts.Evidence, k)
		}
		if lead := res.Records[0].Theme; res.Facts.Theme == nil && lead != nil && top.Theme != nil && *lead == *top.Theme &&
			res.Records[0].Evidence["theme"] == topTheme && leadTheme(res.Records) {
			// the round-up's lead states the theme for all its reports
			res.Facts.Theme = top.Theme
			res.Facts.Evidence["theme"] = topTheme
		}
	}
	if p.campaign.name != "" && res.Facts.Province != nil && leadNamesProvinces(p.d, in.Title, e.resolverFor(in.URL)) {
		res.Facts = clearPlace(res.Facts) // 陕西西安、广西贵港市、江苏南京等地: no one region's page
	}
	return res
}

func (e *Extractor) newPage(in Input) *page {
	p := &page{text: newLazyDoc(in.Text)}
	d := &p.text
	p.d = d
	var buf [128]spot // the spots of most pages
	textNames, spots, all := e.campaigns.mentionsSpots(d.text, buf[:0])
	titleNames := e.campaigns.mentions(in.Title)
	p.campaign = e.campaigns.find(d, in.Title, textNames, titleNames, spots, all)
	if p.campaign.name == "" {
		// No campaign: the page's facts and its reports' (see facts) read
		// no mention, date, year, day or scope, and onTopic decides
		// before it looks at them.
		return p
	}
	var titleMentions []campaignMention
	for _, m := range textNames {
		if m.def == p.campaign.def && m.def >= 0 && !d.inList(m.start) {
			p.mentions = append(p.mentions, m)
		}
	}
	for _, m := range titleNames {
		if m.def == p.campaign.def && m.def >= 0 {
			titleMentions = append(titleMentions, m)
		}
	}
	if p.campaign.def < 0 && p.campaign.name != "" {
		for _, m := range otherMentions(p.campaign.name, d.text) {
			if !d.inList(m.start) {
				p.mentions = append(p.mentions, m)
			}
		}
		titleMentions = otherMentions(p.campaign.name, in.Title)
	}
	p.namedInTitle = len(titleMentions) > 0
	p.dates = d.allDates()
	stamp, stampLine := pageDay(d, in.Published, p.dates, 0)
	if isTodayBanner(stampLine) {
		stamp, stampLine = day{}, "" // the day of the visit states no year of the campaign
	}
	p.year, p.yearSentence = campaignYear(d, in.Title, p.mentions, titleMentions, stamp)
	if p.yearSentence == "" {
		p.yearSentence = stampLine
	}
	if p.campaign.def < 0 && p.campaign.year != 0 {
		p.year, p.yearSentence = p.campaign.year, p.campaign.sentence
	}
	p.day, _ = pageDay(d, in.Published, p.dates, p.year)
	p.national = !speaksAsLocal(d.text)
	def := p.campaign.def
	p.knownCampaign = e.campaigns.known
	p.isCampaig = func(s string) bool {
		core := stripYear(s)
		return s == p.campaign.name || core == p.campaign.name || "全国"+core == p.campaign.name ||
			e.campaigns.isCampaignName(def, core)
	}
	return p
}

// reports returns one record per regional report of a digest page, or nil
// when the page is not a digest: fewer than three reports closed by bylines,
// or reports that do not span at least two regions (a long report with photo
// credits is one report). A round-up without bylines is split by the regions
// its blocks report (regionParts), which it returns too.
func (e *Extractor) reports(p *page, in Input) ([]extract.Facts, *roundup) {
	parts := digestParts(p.d)
	var ru *roundup
	if parts == nil && p.campaign.name != "" { // a round-up is one of a campaign's reports
		if ru = regionParts(p.d, in.Title, e.resolverFor(in.URL)); ru == nil {
			return nil, nil
		}
		for _, rp := range ru.parts {
			parts = append(parts, rp.facts)
		}
	}
	var records []extract.Facts
	regions := map[string]bool{}
	for i, part := range parts {
		year, sentence := p.year, p.yearSentence
		if p.campaign.name == "" {
			// facts reads no year without a campaign
		} else if y, s := campaignYear(p.d.sub(part), "", p.mentionsIn(part), nil, day{}); y != 0 {
			year, sentence = y, s
		}
		rec := p.facts(part.start, part.end, year, sentence)
		if ru != nil {
			setPlace(&rec, ru.parts[i].place)
		} else {
			setPlace(&rec, e.places.Resolve(place.Input{Text: p.d.text[part.start:part.end], URL: in.URL}))
		}
		if rec.Province != nil {
			regions[*rec.Province] = true
		}
		records = append(records, rec)
	}
	if len(regions) < 2 && ru == nil {
		return nil, nil
	}
	return records, ru
}

// standing reports whether the page's campaign is a standing programme (质量强省).
func (p *page) standing() bool { return p.campaign.def >= 0 && p.campaign.standing }

// mentionsIn returns the campaign mentions inside part, relative to part.
func (p *page) mentionsIn(part span) []campaignMention {
	var out []campaignMention
	for _, m := range p.mentions {
		if m.start >= part.start && m.end <= part.end {
			out = append(out, campaignMention{m.def, m.start - part.start, m.end - part.start})
		}
	}
	return out
}

// facts reads the facts of the report in d.text[from:to].
func (p *page) facts(from, to, year int, yearSentence string) extract.Facts {
	ev := evidence{}
	f := extract.Facts{Evidence: ev, EventDates: []string{}, Activities: []string{},
		Departments: []extract.Department{}, Events: []extract.Event{}}
	if p.campaign.name == "" {
		return f // no campaign: no campaign year, events, counts, activities or theme
	}
	f.Campaign = extract.Str(p.campaign.name)
	ev.set("campaign", p.campaign.sentence)
	if year != 0 {
		f.Year = extract.Int(year)
		ev.set("year", yearSentence)
	}
	f.EventDates = eventDates(p.d, p.dates, from, to, year, p.day, p.isCampaig, ev)
	if c, ok := pickDepartmentCount(departmentCounts(p.d, p.mentions, from, to), p.national); ok {
		f.DepartmentCount = extract.Int(c.n)
		ev.set("department_count", p.d.sentenceAt(c.at))
	}
	if cs := activityCounts(p.d, p.mentions, from, to, p.national); len(cs) > 0 {
		f.ActivityCount = extract.Int(cs[0].n)
		ev.set("activity_count", p.d.sentenceAt(cs[0].at))
	}
	theme, sentence := findTheme(p.d, from, to, p.isCampaig)
	if theme != "" && !p.isCampaig(theme) {
		f.Theme = extract.Str(theme)
		ev.set("theme", sentence)
	}
	filter := activityFilter{isCampaign: p.isCampaig, knownCampaign: p.knownCampaign, theme: theme, campaign: p.campaign.name}
	for _, a := range findActivities(p.d, from, to, filter, p.mentions) {
		f.Activities = append(f.Activities, a.name)
		ev.set(itemKey("activities", a.name), p.d.sentenceAt(a.at))
	}
	if ds := findDepartments(p.d, from, to, ev["department_count"]); ds != nil {
		f.Departments = ds
	}
	f.Events = labelEvents(f.EventDates, ev)
	return f
}

// common returns the value every record holds for a field, or nil when one
// lacks it or two differ.
func common[T comparable](rs []extract.Facts, get func(extract.Facts) *T) *T {
	var v *T
	for _, r := range rs {
		x := get(r)
		if x == nil || v != nil && *v != *x {
			return nil
		}
		v = x
	}
	return v
}
