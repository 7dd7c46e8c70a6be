package store

import (
	"encoding/json"
	"slices"
)

// values computes the panel columns of one row.
func (p *panelRow) values(col map[string]int) []Value {
	k := p.key
	out := make([]Value, 0, len(panelColumns))
	text := func(s string) Value {
		if s == "" {
			return nil
		}
		return s
	}
	var year Value
	if k.year != 0 {
		year = k.year
	}
	region := k.countyCode
	if region == "" {
		region = k.cityCode
	}
	if region == "" {
		region = k.provinceCode
	}
	out = append(out, text(k.campaign), year, text(k.level), text(k.province), text(k.provinceCode), text(k.city),
		text(k.cityCode), text(k.county), text(k.countyCode), text(region))
	var (
		depts, acts []int64
		activities  []string
		seenAct     = map[string]bool{}
		first, last string
		reports     int64
	)
	for _, sid := range p.storyIDs {
		for _, r := range p.stories[sid].recs {
			reports++
			if n, ok := r[col["department_count"]].(int64); ok {
				depts = append(depts, n)
			}
			if n, ok := r[col["activity_count"]].(int64); ok {
				acts = append(acts, n)
			}
			var names, dates []string
			if raw, ok := r[col["activities"]].(json.RawMessage); ok {
				json.Unmarshal(raw, &names) // stored by this package as a JSON list
			}
			for _, a := range names {
				if !seenAct[a] {
					seenAct[a] = true
					activities = append(activities, a)
				}
			}
			if raw, ok := r[col["event_dates"]].(json.RawMessage); ok {
				json.Unmarshal(raw, &dates)
			}
			for _, d := range dates {
				if first == "" || d < first {
					first = d
				}
				if d > last {
					last = d
				}
			}
		}
	}
	out = append(out, int64(len(p.storyIDs)), reports, int64(len(p.docs)), int64(len(p.sites)))
	out = append(out, maxOrNil(depts), medianOrNil(depts), maxOrNil(acts))
	out = append(out, jsonList(activities), text(first), text(last), jsonList(p.docs))
	return out
}

func maxOrNil(ns []int64) Value {
	if len(ns) == 0 {
		return nil
	}
	return slices.Max(ns)
}

func medianOrNil(ns []int64) Value {
	if len(ns) == 0 {
		return nil
	}
	return Median(ns)
}

func jsonList(s []string) json.RawMessage {
	if s == nil {
		s = []string{}
	}
	b, _ := json.Marshal(s) // a list of strings always marshals
	return b
}
