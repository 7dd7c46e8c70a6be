package store

import (
	"encoding/json"
	"sort"
)

// corrector applies the corrections in force to exported rows: the one hook
// of the export code (Export calls apply on every row of every table).
type corrector struct {
	// byKey: doc_key -> record index (-1 for the page) -> field -> JSON value.
	byKey map[string]map[int]map[string]json.RawMessage
}

// newCorrector indexes the corrections in force.
func newCorrector(list []Correction) *corrector {
	c := &corrector{byKey: map[string]map[int]map[string]json.RawMessage{}}
	for _, x := range list {
		recs := c.byKey[x.DocKey]
		if recs == nil {
			recs = map[int]map[string]json.RawMessage{}
			c.byKey[x.DocKey] = recs
		}
		if recs[x.RecordIndex] == nil {
			recs[x.RecordIndex] = map[string]json.RawMessage{}
		}
		recs[x.RecordIndex][x.Field] = x.New
	}
	return c
}

// apply corrects one row of table in place and fills its "corrected" column
// (the JSON list of corrected field names). It returns false for a row to
// leave out: a record or activity of a page marked off topic, or an activity
// past the end of a corrected activities list.
func (c *corrector) apply(table string, cols []Column, vals []Value) bool {
	at := func(name string) int {
		for i, col := range cols {
			if col.Name == name {
				return i
			}
		}
		return -1
	}
	ci := at("corrected")
	if ci >= 0 {
		vals[ci] = json.RawMessage("[]")
	}
	ki := at("doc_key")
	if ki < 0 { // a table of something else than pages (the crawl's fetches)
		return true
	}
	key, _ := vals[ki].(string)
	recs := c.byKey[key]
	if recs == nil {
		return true
	}
	var done []string
	if page := recs[-1]; page != nil {
		if v, ok := page[PageField]; ok {
			var on bool
			json.Unmarshal(v, &on)
			if table != "documents" && !on {
				return false
			}
			if i := at(PageField); i >= 0 {
				vals[i] = on
				done = append(done, PageField)
			}
		}
	}
	if ri := at("record_index"); ri >= 0 {
		idx, _ := vals[ri].(int64)
		for field, v := range recs[int(idx)] {
			if field == "activities" && table == "activities" {
				var names []string
				json.Unmarshal(v, &names)
				k, _ := vals[at("activity_index")].(int64)
				if int(k) >= len(names) {
					return false
				}
				vals[at("activity")] = names[k]
				done = append(done, "activity")
				continue
			}
			if i := at(field); i >= 0 {
				vals[i] = typedValue(cols[i].kind, v)
				done = append(done, field)
			}
		}
	}
	if ci >= 0 && len(done) > 0 {
		sort.Strings(done)
		b, _ := json.Marshal(done)
		vals[ci] = json.RawMessage(b)
	}
	return true
}

// typedValue converts a correction's JSON value to an exported cell of kind k.
func typedValue(k kind, v json.RawMessage) Value {
	var x any
	if json.Unmarshal(v, &x) != nil || x == nil {
		return nil
	}
	switch k {
	case kInt:
		if f, ok := x.(float64); ok {
			return int64(f)
		}
	case kBool:
		if b, ok := x.(bool); ok {
			return b
		}
	case kText:
		if s, ok := x.(string); ok {
			return s
		}
	case kJSON:
		return v
	}
	return nil
}
