package store

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestParseValue(t *testing.T) {
	for _, c := range []struct {
		field, in, want string
		bad             bool
	}{
		{"department_count", " 12 ", "12", false},
		{"department_count", "", "null", false},
		{"department_count", "十二", "", true},
		{"province", "江苏省", `"江苏省"`, false},
		{"province", "", "null", false},
		{"event_dates", "2024-09-03\n\n2024-09-01\n", `["2024-09-01","2024-09-03"]`, false},
		{"event_dates", "9月1日", "", true},
		{"activities", "提质强企\n计量进企业", `["提质强企","计量进企业"]`, false},
		{"on_topic", "false", "false", false},
		{"evidence", "x", "", true},
	} {
		got, err := ParseValue(c.field, c.in)
		if (err != nil) != c.bad || (!c.bad && string(got) != c.want) {
			t.Errorf("ParseValue(%s, %q) = %s, %v; want %s (error %v)", c.field, c.in, got, err, c.want, c.bad)
		}
		if !c.bad && FormatValue(got) != strings.TrimSpace(strings.ReplaceAll(normalizeLines(c.in, c.field), "\n\n", "\n")) {
			t.Errorf("FormatValue(%s) = %q does not give %q back", got, FormatValue(got), c.in)
		}
	}
}

// normalizeLines is what a list input reads as once parsed: sorted dates.
func normalizeLines(s, field string) string {
	if field == "event_dates" {
		return "2024-09-01\n2024-09-03"
	}
	return s
}

func FuzzParseValue(f *testing.F) {
	for _, s := range []string{"12", "", "江苏省", "2024-09-01\n2024-09-02", "true", "-1", "\x00", "\xff"} {
		f.Add("department_count", s)
		f.Add("event_dates", s)
		f.Add("province", s)
		f.Add("activities", s)
	}
	f.Fuzz(func(t *testing.T, field, in string) {
		v, err := ParseValue(field, in)
		if err != nil {
			return
		}
		if !json.Valid(v) {
			t.Fatalf("ParseValue(%q, %q) = %s, not JSON", field, in, v)
		}
		if again, err := ParseValue(field, FormatValue(v)); err != nil || string(again) != string(v) {
			t.Fatalf("ParseValue(FormatValue(%s)) = %s, %v", v, again, err)
		}
	})
}

// TestCorrectorLeavesOtherTablesAlone: a table without pages (the crawl's
// fetches) passes through the export hook untouched.
func TestCorrectorLeavesOtherTablesAlone(t *testing.T) {
	c := &corrector{byKey: map[string]map[int]map[string]json.RawMessage{"k": {0: {"year": json.RawMessage("1")}}}}
	vals := []Value{"http://x/", int64(200)}
	if !c.apply("fetches", []Column{{"url", kText}, {"status", kInt}}, vals) || vals[0] != "http://x/" || vals[1] != int64(200) {
		t.Errorf("apply changed a fetches row: %v", vals)
	}
}
