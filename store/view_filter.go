package store

// ViewFilter narrows searches, record lists and overviews. Empty fields do not
// filter. Record fields (campaign to county, event dates) match a page when
// any of its records matches; values are compared after corrections.
type ViewFilter struct {
	Campaign, Level        string
	Year                   int
	Province, City, County string
	Site                   string
	OnTopic                string // "yes", "no" or "" for both
	From, To               string // published date range, YYYY-MM-DD inclusive
	EventFrom, EventTo     string // some event date in this range, YYYY-MM-DD inclusive
	Corrected              bool   // only records (or pages) with a correction in force
}

// HasRecordConds reports whether the filter says anything about records.
func (f ViewFilter) HasRecordConds() bool {
	return f.Campaign != "" || f.Level != "" || f.Province != "" || f.City != "" || f.County != "" || f.Year != 0 ||
		f.EventFrom != "" || f.EventTo != ""
}
