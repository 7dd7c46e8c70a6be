package store

import (
	"fmt"
	"strconv"
	"strings"
)

// Filter selects the rows of an export. Zero fields select everything; each
// set field applies to the column of its name, and a table without that
// column is an error (a filter that silently matched everything would be
// worse). On a derived table (panel) it selects the records aggregated.
type Filter struct {
	Campaign string // campaign == Campaign
	Year     int    // year == Year
	// Province is a name (河北省, or its start: 河北) or a code (130000, or
	// the two-digit province prefix 13).
	Province string
	Level    string // level == Level; on the panel, the level aggregated to instead
	Since    string // published on or after this day (YYYY-MM-DD); rows without a date are dropped
	Until    string // published on or before this day
	OnTopic  bool   // only on-topic pages (records and the tables built from them are on topic already)
	DocKey   string // doc_key == DocKey
}

// IsZero reports whether the filter selects everything.
func (f Filter) IsZero() bool { return f == Filter{} }

// Describe lists the set fields as name=value, for provenance.
func (f Filter) Describe() map[string]string {
	m := map[string]string{}
	add := func(k, v string) {
		if v != "" {
			m[k] = v
		}
	}
	add("campaign", f.Campaign)
	if f.Year != 0 {
		add("year", strconv.Itoa(f.Year))
	}
	add("province", f.Province)
	add("level", f.Level)
	add("since", f.Since)
	add("until", f.Until)
	if f.OnTopic {
		add("on_topic", "true")
	}
	add("doc_key", f.DocKey)
	return m
}

// onTopicTables are built from records, which only on-topic pages have.
var onTopicTables = map[string]bool{"records": true, "activities": true, "departments": true, "events": true}

// compile returns the row test of the filter on a table's columns.
func (f Filter) compile(table string, cols []Column) (func([]Value) bool, error) {
	idx := map[string]int{}
	for i, c := range cols {
		idx[c.Name] = i
	}
	var tests []func([]Value) bool
	need := func(col, flag string) (int, error) {
		i, ok := idx[col]
		if !ok {
			return 0, fmt.Errorf("store: filter %s does not apply to table %s (it has no %s column)", flag, table, col)
		}
		return i, nil
	}
	str := func(v Value) string { s, _ := v.(string); return s }
	if f.Campaign != "" {
		i, err := need("campaign", "campaign")
		if err != nil {
			return nil, err
		}
		tests = append(tests, func(r []Value) bool { return str(r[i]) == f.Campaign })
	}
	if f.Year != 0 {
		i, err := need("year", "year")
		if err != nil {
			return nil, err
		}
		tests = append(tests, func(r []Value) bool { y, ok := r[i].(int64); return ok && y == int64(f.Year) })
	}
	if f.Province != "" {
		i, err := need("province", "province")
		if err != nil {
			return nil, err
		}
		j, hasCode := idx["province_code"]
		want := f.Province
		tests = append(tests, func(r []Value) bool {
			if isDigits(want) {
				code := ""
				if hasCode {
					code = str(r[j])
				}
				return code == want || len(want) == 2 && strings.HasPrefix(code, want)
			}
			name := str(r[i])
			return name == want || strings.HasPrefix(name, want)
		})
	}
	if f.Level != "" && table != "panel" {
		i, err := need("level", "level")
		if err != nil {
			return nil, err
		}
		tests = append(tests, func(r []Value) bool { return str(r[i]) == f.Level })
	}
	if f.Since != "" || f.Until != "" {
		i, err := need("published", "since/until")
		if err != nil {
			return nil, err
		}
		tests = append(tests, func(r []Value) bool {
			day := str(r[i])
			if len(day) < 10 {
				return false
			}
			day = day[:10]
			return (f.Since == "" || day >= f.Since) && (f.Until == "" || day <= f.Until)
		})
	}
	if f.OnTopic && !onTopicTables[table] && table != "panel" {
		i, err := need("on_topic", "on-topic")
		if err != nil {
			return nil, err
		}
		tests = append(tests, func(r []Value) bool { b, _ := r[i].(bool); return b })
	}
	if f.DocKey != "" {
		i, err := need("doc_key", "doc_key")
		if err != nil {
			return nil, err
		}
		tests = append(tests, func(r []Value) bool { return str(r[i]) == f.DocKey })
	}
	return func(r []Value) bool {
		for _, t := range tests {
			if !t(r) {
				return false
			}
		}
		return true
	}, nil
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
