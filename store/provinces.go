package store

import (
	"slices"
	"sort"
)

// ProvinceTally builds the overview's per-province statistics from the
// records each backend reads: one Add per record.
type ProvinceTally struct {
	n     map[string]int
	depts map[string][]int64
}

// Add counts one record of province with its department count (nil when the
// record names none).
func (t *ProvinceTally) Add(province string, dept *int64) {
	if t.n == nil {
		t.n, t.depts = map[string]int{}, map[string][]int64{}
	}
	t.n[province]++
	if dept != nil {
		t.depts[province] = append(t.depts[province], *dept)
	}
}

// Stats returns the statistics by province, in name order.
func (t *ProvinceTally) Stats() []ProvinceStat {
	out := make([]ProvinceStat, 0, len(t.n))
	for p, c := range t.n {
		out = append(out, ProvinceStat{Province: p, Records: c, WithDepts: len(t.depts[p]), MedianDepts: Median(t.depts[p])})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Province < out[j].Province })
	return out
}

// Median is the median of ns (the mean of the middle two for an even count),
// 0 for none. ns is not changed.
func Median(ns []int64) float64 {
	if len(ns) == 0 {
		return 0
	}
	s := slices.Clone(ns)
	slices.Sort(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return float64(s[m])
	}
	return float64(s[m-1]+s[m]) / 2
}
