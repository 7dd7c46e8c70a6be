package main

import (
	"encoding/json"
	"math"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file is a port of tools/score_facts.py: the same normalization (NFKC,
// then white space, quotes and punctuation removed), the same fields and the
// same numbers on the same input.

var (
	evalScalars = []string{"campaign", "year", "province", "city", "county", "published", "department_count", "activity_count", "theme"}
	evalSets    = []string{"event_dates", "activities"}
	// evalPunct is the scorer's PUNCT class; \s is Python's Unicode white space.
	evalPunct = regexp.MustCompile("[\\t\\n\\v\\f\\r\\x1c-\\x1f\\x85\\p{Z}\u3000“”\"'‘’「」『』《》〈〉()（）\\[\\]【】,，.。、:：;；!！?？·•・\\-—–_~～|/\\\\]+")
)

// gv is a normalized value as the Python scorer holds it: nil (None), bool,
// int or string.
type gv = any

// pyEqual compares two normalized values as Python's == does (True == 1).
func pyEqual(a, b gv) bool {
	ai, aNum := asPyInt(a)
	bi, bNum := asPyInt(b)
	if aNum && bNum {
		return ai == bi
	}
	return a == b
}

func asPyInt(v gv) (int64, bool) {
	switch x := v.(type) {
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case int64:
		return x, true
	}
	return 0, false
}

func squash(s string) string { return evalPunct.ReplaceAllString(norm.NFKC.String(s), "") }

// pyStr renders a JSON value as Python's str() would.
func pyStr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case string:
		return x
	case json.Number:
		return x.String()
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// pyRepr renders a JSON value as Python's repr() would, for error lines.
func pyRepr(v any) string {
	s, ok := v.(string)
	if !ok {
		return pyStr(v)
	}
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	r := strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, q, `\`+q)
	return q + r.Replace(s) + q
}

func normValue(v any) gv {
	switch x := v.(type) {
	case nil:
		return nil
	case bool:
		return x
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return int64(math.Trunc(f))
	}
	s := squash(pyStr(v))
	if s == "" {
		return nil
	}
	return s
}

func normActivity(v any) gv {
	n := normValue(v)
	s, ok := n.(string)
	if !ok || s == "" {
		return n
	}
	for _, suf := range []string{"系列活动", "活动", "行动"} {
		if strings.HasSuffix(s, suf) && utf8.RuneCountInString(s) > utf8.RuneCountInString(suf)+1 {
			return strings.TrimSuffix(s, suf)
		}
	}
	return s
}

func pyTruthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case json.Number:
		f, _ := x.Float64()
		return f != 0
	case []any:
		return len(x) > 0
	case map[string]any:
		return len(x) > 0
	}
	return true
}

func normField(field string, v any) gv {
	switch field {
	case "published":
		if !pyTruthy(v) {
			return nil
		}
		return prefixCodePoints(pyStr(v), 10)
	case "year", "department_count", "activity_count":
		if v == nil || v == "" {
			return nil
		}
		switch x := v.(type) {
		case bool:
			return normValue(x)
		case json.Number:
			return normValue(x)
		case string:
			if i, err := strconv.ParseInt(strings.TrimSpace(x), 10, 64); err == nil {
				return i
			}
		}
		return "bad:" + pyStr(v)
	}
	return normValue(v)
}

func prefixCodePoints(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// normSet normalizes a list field into a set of strings.
func normSet(field string, v any) map[string]bool {
	out := map[string]bool{}
	list, _ := v.([]any)
	for _, x := range list {
		if field == "activities" {
			if s, ok := normActivity(x).(string); ok && s != "" {
				out[s] = true
			}
		} else if pyTruthy(x) {
			out[prefixCodePoints(pyStr(x), 10)] = true
		}
	}
	return out
}

func setMinus(a, b map[string]bool) []string {
	var out []string
	for k := range a {
		if !b[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func pyList(xs []string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = pyRepr(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// baseName is Python's os.path.basename.
func baseName(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		return p[i+1:]
	}
	return filepath.Base(p)
}

// round4 rounds as Python's round(x, 4) does (to the nearest of the exact
// binary value, ties to even).
func round4(x float64) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return f
}

// pyFloat renders a float as Python's repr does for these values (1.0, 0.9722).
func pyFloat(x float64) string {
	s := strconv.FormatFloat(x, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eE") {
		s += ".0"
	}
	return s
}
