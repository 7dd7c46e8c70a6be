package story

import "strings"

// Member is one document of a story, with what decides which member stands
// for the story.
type Member struct {
	ID                      int64
	Origin, Site, Published *string
}

// Issuer reports whether the page is on the issuing body's own site: its
// 来源 (origin) and its site name each other.
func (m Member) Issuer() bool {
	o, s := deref(m.Origin), deref(m.Site)
	return o != "" && s != "" && (o == s || strings.Contains(s, o) || strings.Contains(o, s))
}

// Before reports whether m ranks before o as the member that stands for a
// story: a page on the issuing body's own site first, then the earliest
// published day (pages without a date last), then the first stored.
func (m Member) Before(o Member) bool {
	if a, b := m.Issuer(), o.Issuer(); a != b {
		return a
	}
	if (m.Published == nil) != (o.Published == nil) {
		return m.Published != nil
	}
	if a, b := day(m.Published), day(o.Published); a != b {
		return a < b
	}
	return m.ID < o.ID
}

// Canonical returns the id of the member that stands for the story (0 for none).
func Canonical(members []Member) int64 {
	if len(members) == 0 {
		return 0
	}
	best := members[0]
	for _, m := range members[1:] {
		if m.Before(best) {
			best = m
		}
	}
	return best.ID
}

// day is the first ten characters of a published time: its day.
func day(s *string) string {
	r := []rune(deref(s))
	return string(r[:min(len(r), 10)])
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
