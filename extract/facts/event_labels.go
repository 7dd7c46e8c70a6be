package facts

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/extract"
)

//go:embed data/event_labels.txt
var eventLabelsData string

// eventLabels are the kinds of event a date's sentence can name, longest first.
var eventLabels = parseEventLabels(eventLabelsData)

func parseEventLabels(data string) []string {
	var out []string
	for _, l := range strings.Split(data, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return utf8.RuneCountInString(out[i]) > utf8.RuneCountInString(out[j]) })
	return out
}

// labelEvents gives each event date a label read from its evidence
// sentence: the kind of event named nearest after the date as written
// there (9月1日上午，…启动仪式), else nearest before it; nil when the
// sentence names none.
func labelEvents(dates []string, ev map[string]string) []extract.Event {
	out := make([]extract.Event, 0, len(dates))
	for _, date := range dates {
		out = append(out, extract.Event{Date: date, Label: eventLabel(ev[itemKey("event_dates", date)], date)})
	}
	return out
}

// eventLabel returns the label of the event on date (YYYY-MM-DD) in sentence.
func eventLabel(sentence, date string) *string {
	if sentence == "" {
		return nil
	}
	at := dateOffset(sentence, date)
	best, bestDist := "", -1
	for _, l := range eventLabels {
		for i := 0; ; {
			j := strings.Index(sentence[i:], l)
			if j < 0 {
				break
			}
			pos := i + j
			i = pos + len(l)
			dist := pos - at
			if dist < 0 {
				dist = len(sentence) - dist // before the date: only when nothing follows it
			}
			if bestDist < 0 || dist < bestDist || dist == bestDist && len(l) > len(best) {
				best, bestDist = l, dist
			}
		}
	}
	if best == "" {
		return nil
	}
	return &best
}

// dateOffset finds where the sentence writes date: as 9月1日 (or 9月1号),
// else 0.
func dateOffset(sentence, date string) int {
	if len(date) != 10 {
		return 0
	}
	m, err1 := strconv.Atoi(date[5:7])
	d, err2 := strconv.Atoi(date[8:10])
	if err1 != nil || err2 != nil {
		return 0
	}
	md := strconv.Itoa(m) + "月" + strconv.Itoa(d)
	for _, suffix := range []string{"日", "号"} {
		if i := strings.Index(sentence, md+suffix); i >= 0 {
			return i
		}
	}
	if i := strings.Index(sentence, date); i >= 0 {
		return i
	}
	return 0
}
