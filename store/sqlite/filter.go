package sqlite

import (
	"strings"

	"github.com/ccorpus/ccorpus/store"
)

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

// recordConds adds the record-level conditions of f on the corrected_records alias r.
func recordConds(f store.ViewFilter, w *where) {
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

// docConds adds the page-level conditions of f on the corrected_documents alias d.
func docConds(f store.ViewFilter, w *where) {
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
