package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
)

// The long tables of the lists a record holds: `export --table departments`
// (one row per named co-organising department) and `--table events` (one row
// per event date with its label and sentence), each with its record's keys
// so that it loads without joins. Both are the records table's rows with
// their list spread out, so every backend has them.

var departmentColumns = []Column{
	{"doc_key", kText}, {"url", kText}, {"published", kText}, {"record_index", kInt}, {"department_index", kInt},
	{"department", kText}, {"evidence", kText}, {"campaign", kText}, {"year", kInt}, {"level", kText},
	{"province", kText}, {"province_code", kText}, {"city", kText}, {"county", kText}, {"region_code", kText},
	{"story_id", kInt},
}

var eventColumns = []Column{
	{"doc_key", kText}, {"url", kText}, {"published", kText}, {"record_index", kInt}, {"event_index", kInt},
	{"date", kText}, {"label", kText}, {"evidence", kText}, {"campaign", kText}, {"year", kInt}, {"level", kText},
	{"province", kText}, {"province_code", kText}, {"city", kText}, {"county", kText}, {"region_code", kText},
	{"story_id", kInt},
}

// recordAt returns the positions in recordColumns of the named columns.
func recordAt(names ...string) []int {
	at := make([]int, len(names))
	for i, n := range names {
		at[i] = slices.IndexFunc(recordColumns, func(c Column) bool { return c.Name == n })
		if at[i] < 0 {
			panic("store: records has no column " + n)
		}
	}
	return at
}

var (
	longKeys  = recordAt("doc_key", "url", "published", "record_index") // before the item's columns
	longFacts = recordAt("campaign", "year", "level", "province", "province_code", "city", "county", "region_code", "story_id")
	listAt    = recordAt("departments", "events", "evidence")
)

// longRows calls fn with one row per item of the list in records column
// list: the record's keys, the item's values (from item), the record's facts.
func longRows[T any](ctx context.Context, db Rows, list int, item func(r []Value, i int, v T) []Value, fn func([]Value) error) error {
	out := make([]Value, 0, len(longKeys)+4+len(longFacts))
	return db.EachRow(ctx, "records", func(r []Value) error {
		var items []T
		if err := unmarshalCell(r[list], &items); err != nil {
			return fmt.Errorf("store: %s of %v: %w", recordColumns[list].Name, r[longKeys[0]], err)
		}
		for i, v := range items {
			out = out[:0]
			for _, at := range longKeys {
				out = append(out, r[at])
			}
			out = append(out, item(r, i, v)...)
			for _, at := range longFacts {
				out = append(out, r[at])
			}
			if err := fn(out); err != nil {
				return err
			}
		}
		return nil
	})
}

// unmarshalCell decodes a JSON cell (null or absent: nothing).
func unmarshalCell(v Value, into any) error {
	raw, ok := v.(json.RawMessage)
	if !ok || len(raw) == 0 {
		return nil
	}
	return json.Unmarshal(raw, into)
}

// textOrNil is a text cell: nil for an absent value.
func textOrNil(s *string) Value {
	if s == nil {
		return nil
	}
	return *s
}

func departmentRows(ctx context.Context, db Rows, _ Filter, fn func([]Value) error) error {
	type department struct {
		Name     *string `json:"name"`
		Evidence *string `json:"evidence"`
	}
	return longRows(ctx, db, listAt[0], func(_ []Value, i int, d department) []Value {
		return []Value{int64(i), textOrNil(d.Name), textOrNil(d.Evidence)}
	}, fn)
}

func eventRows(ctx context.Context, db Rows, _ Filter, fn func([]Value) error) error {
	type event struct {
		Date  *string `json:"date"`
		Label *string `json:"label"`
	}
	// The sentence of an event is the record's evidence of its date; the
	// items of a record come one after another, from i = 0.
	var evidence map[string]string
	return longRows(ctx, db, listAt[1], func(r []Value, i int, e event) []Value {
		if i == 0 {
			evidence = nil
			unmarshalCell(r[listAt[2]], &evidence) // stored by this package as a JSON object of strings
		}
		var sentence Value
		if e.Date != nil {
			if s, ok := evidence["event_dates["+*e.Date+"]"]; ok {
				sentence = s
			}
		}
		return []Value{int64(i), textOrNil(e.Date), textOrNil(e.Label), sentence}
	}, fn)
}
