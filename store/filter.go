package store

import "strings"

// Filter narrows searches, record lists and overviews. Empty fields do not
// filter. Record fields (campaign to county, event dates) match a page when
// any of its records matches; values are compared after corrections.
type Filter struct {
	Campaign, Level        string
	Year                   int
	Province, City, County string
	Site                   string
	OnTopic                string // "yes", "no" or "" for both
	From, To               string // published date range, YYYY-MM-DD inclusive
	EventFrom, EventTo     string // some event date in this range, YYYY-MM-DD inclusive
	Corrected              bool   // only records (or pages) with a correction in force
}

// where is a conjunction of SQL conditions with their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// sql returns "WHERE ..." or "" when there are no conditions.
func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(w.conds, " AND ")
}

// recordConds adds the record-level conditions on the corrected_records alias r.
func (f Filter) recordConds(w *where) {
	for _, c := range []struct{ col, v string }{
		{"campaign", f.Campaign}, {"level", f.Level}, {"province", f.Province}, {"city", f.City}, {"county", f.County},
	} {
		if c.v != "" {
			w.add("r."+c.col+" = ?", c.v)
		}
	}
	if f.Year != 0 {
		w.add("r.year = ?", f.Year)
	}
	if f.EventFrom != "" || f.EventTo != "" {
		lo, hi := f.EventFrom, f.EventTo
		if hi == "" {
			hi = "9999"
		}
		w.add("EXISTS (SELECT 1 FROM json_each(r.event_dates) e WHERE e.value >= ? AND e.value <= ?)", lo, hi)
	}
}

// hasRecordConds reports whether the filter says anything about records.
func (f Filter) hasRecordConds() bool {
	return f.Campaign != "" || f.Level != "" || f.Province != "" || f.City != "" || f.County != "" || f.Year != 0 ||
		f.EventFrom != "" || f.EventTo != ""
}

// docConds adds the page-level conditions on the corrected_documents alias d.
func (f Filter) docConds(w *where) {
	if f.Site != "" {
		w.add("d.site = ?", f.Site)
	}
	switch f.OnTopic {
	case "yes":
		w.add("d.on_topic")
	case "no":
		w.add("NOT d.on_topic")
	}
	if f.From != "" {
		w.add("d.published >= ?", f.From)
	}
	if f.To != "" {
		w.add("substr(d.published, 1, 10) <= ?", f.To)
	}
}
