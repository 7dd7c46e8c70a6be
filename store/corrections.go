package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Correction is a researcher's correction of one fact of one record (or of
// a page's on_topic, with RecordIndex -1). Old and New are JSON values.
type Correction struct {
	ID          int64
	DocumentID  int64
	DocKey      string
	Title       string // the page's title, when listed
	RecordIndex int
	Field       string
	Old, New    json.RawMessage
	Note, Who   string
	CreatedAt   string
	UndoneAt    string // "" while in force or superseded
	UndoneBy    string
	Active      bool // the correction in force for its field (newest not undone)
}

// PageField is the one page-level field a correction can set.
const PageField = "on_topic"

// correctable are the record fields a correction can set, with their kinds,
// in the order forms show them.
var correctable = []Column{
	{"campaign", kText}, {"year", kInt}, {"level", kText}, {"province", kText}, {"province_code", kText},
	{"city", kText}, {"city_code", kText}, {"county", kText}, {"county_code", kText}, {"event_dates", kJSON},
	{"department_count", kInt}, {"activity_count", kInt}, {"activities", kJSON}, {"theme", kText},
}

// CorrectableFields returns the record fields a correction can set, in form order.
func CorrectableFields() []string {
	out := make([]string, len(correctable))
	for i, c := range correctable {
		out[i] = c.Name
	}
	return out
}

func fieldKind(field string) (kind, bool) {
	if field == PageField {
		return kBool, true
	}
	for _, c := range correctable {
		if c.Name == field {
			return c.kind, true
		}
	}
	return 0, false
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// ParseValue reads a value typed into a form for field: text as is (empty
// is null), integers in decimal (empty is null), lists one item per line
// (event dates as YYYY-MM-DD), on_topic as true or false.
func ParseValue(field, input string) (json.RawMessage, error) {
	k, ok := fieldKind(field)
	if !ok {
		return nil, fmt.Errorf("store: no correctable field %q", field)
	}
	input = strings.TrimSpace(strings.ToValidUTF8(input, "\uFFFD"))
	var v any
	switch k {
	case kText:
		if input != "" {
			v = input
		}
	case kInt:
		if input != "" {
			n, err := strconv.Atoi(input)
			if err != nil || n < 0 {
				return nil, fmt.Errorf("store: %s: %q is not a whole number", field, input)
			}
			v = n
		}
	case kBool:
		b, err := strconv.ParseBool(input)
		if err != nil {
			return nil, fmt.Errorf("store: %s: %q is not true or false", field, input)
		}
		v = b
	case kJSON:
		items := []string{}
		for _, line := range strings.Split(input, "\n") {
			if line = strings.TrimSpace(line); line == "" {
				continue
			}
			if field == "event_dates" && !isoDate.MatchString(line) {
				return nil, fmt.Errorf("store: event_dates: %q is not YYYY-MM-DD", line)
			}
			items = append(items, line)
		}
		if field == "event_dates" {
			sort.Strings(items)
		}
		v = items
	}
	b, _ := json.Marshal(v)
	return b, nil
}

// FormatValue writes a stored JSON value the way ParseValue reads it.
func FormatValue(raw json.RawMessage) string {
	var v any
	if len(raw) == 0 || json.Unmarshal(raw, &v) != nil || v == nil {
		return ""
	}
	switch v := v.(type) {
	case string:
		return v
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = fmt.Sprint(x)
		}
		return strings.Join(parts, "\n")
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	default:
		return fmt.Sprint(v)
	}
}

// Check validates a correction before it is stored: a correctable field,
// on_topic for the page (RecordIndex -1) and record fields for records, who
// made it, JSON values. A missing Old becomes null.
func (c *Correction) Check() error {
	if _, ok := fieldKind(c.Field); !ok {
		return fmt.Errorf("store: no correctable field %q", c.Field)
	}
	if (c.Field == PageField) != (c.RecordIndex == -1) {
		return fmt.Errorf("store: %s belongs to %s", c.Field, map[bool]string{true: "the page (record -1)", false: "a record"}[c.Field == PageField])
	}
	if strings.TrimSpace(c.Who) == "" {
		return errors.New("store: a correction needs who made it")
	}
	if !json.Valid(c.New) || (len(c.Old) > 0 && !json.Valid(c.Old)) {
		return errors.New("store: correction values must be JSON")
	}
	if len(c.Old) == 0 {
		c.Old = json.RawMessage("null")
	}
	return nil
}
