package postgres

import (
	"strconv"
	"strings"

	"github.com/ccorpus/ccorpus/store"
)

// where is a conjunction of SQL conditions with their arguments; each "?"
// of a condition becomes the next $n placeholder.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	var b strings.Builder
	n := len(w.args)
	for _, r := range cond {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	w.conds = append(w.conds, b.String())
	w.args = append(w.args, args...)
}

// next is the placeholder of the argument after the conditions' own.
func (w *where) next(k int) string { return "$" + strconv.Itoa(len(w.args)+k) }

// sql returns "WHERE ..." or "" when there are no conditions.
func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(w.conds, " AND ")
}

// recordConds adds the record-level conditions of f on the corrected_records
// alias r. Text is compared byte for byte (COLLATE "C"), as SQLite does.
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
		w.add(`EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.event_dates::jsonb) e(v)
			WHERE e.v COLLATE "C" >= ? AND e.v COLLATE "C" <= ?)`, lo, hi)
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
		w.add(`d.published COLLATE "C" >= ?`, f.From)
	}
	if f.To != "" {
		w.add(`substr(d.published, 1, 10) COLLATE "C" <= ?`, f.To)
	}
}
