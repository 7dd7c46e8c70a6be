package store

import (
	"regexp"
	"sort"
	"strings"
)

// FailureTally counts failed pages by stage and generalised reason for
// `stats`: the page's own name and the numbers in a reason are taken out, so
// that pages failing the same way count together. Each backend reads the
// processing log and calls Add per failed page.
type FailureTally struct{ n map[string]int }

var digits = regexp.MustCompile(`[0-9]+`)

// Add counts one failure of source at stage with reason.
func (t *FailureTally) Add(stage, reason, source string) {
	if t.n == nil {
		t.n = map[string]int{}
	}
	if source != "" {
		reason = strings.ReplaceAll(reason, source, "…")
	}
	t.n[stage+": "+digits.ReplaceAllString(reason, "N")]++
}

// Counts returns the most frequent limit labels, most frequent first, ties
// by label.
func (t *FailureTally) Counts(limit int) []Count {
	out := make([]Count, 0, len(t.n))
	for label, c := range t.n {
		out = append(out, Count{Label: label, N: c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Label < out[j].Label
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}
