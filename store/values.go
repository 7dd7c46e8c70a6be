package store

import (
	"encoding/json"
	"fmt"

	"github.com/ccorpus/ccorpus/extract"
)

// Conversions of Go values to what the columns hold.

func docURL(p *Page) string {
	if p.URL != "" {
		return p.URL
	}
	return extract.Deref(p.Doc.URL)
}

func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("store: marshal %T: %v", v, err)) // only plain data types are marshalled
	}
	return string(b)
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func orEmptyMap(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

func countsOrEmpty(m map[string]int) map[string]int {
	if m == nil {
		return map[string]int{}
	}
	return m
}

// orEmptyList makes a nil list marshal as [] rather than null.
func orEmptyList[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
