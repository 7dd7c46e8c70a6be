package store

import (
	"encoding/json"
	"fmt"

	"github.com/ccorpus/ccorpus/extract"
)

// Conversions of Go values to what the columns hold, shared by the backends.

// DocURL is the page's address: its URL, else the one its record names.
func DocURL(p *Page) string {
	if p.URL != "" {
		return p.URL
	}
	return extract.Deref(p.Doc.URL)
}

// NullStr is nil for "" (stored as NULL), else s.
func NullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// JSONText is v as JSON text.
func JSONText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("store: marshal %T: %v", v, err)) // only plain data types are marshalled
	}
	return string(b)
}

// OrEmpty is s, or an empty list for nil (stored as [] rather than null).
func OrEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// OrEmptyMap is m, or an empty object for nil.
func OrEmptyMap(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

// CountsOrEmpty is m, or an empty object for nil.
func CountsOrEmpty(m map[string]int) map[string]int {
	if m == nil {
		return map[string]int{}
	}
	return m
}

// OrEmptyList is s, or an empty list for nil (stored as [] rather than null).
func OrEmptyList[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
