package discover

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Input is one site to discover: its home page, and the label a
// spreadsheet gave it (a name column), if any.
type Input struct {
	URL   string `json:"url"`
	Label string `json:"label,omitempty"`
}

var (
	looksLikeURL = regexp.MustCompile(`(?i)^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#].*)?$|^(?i)https?://\S+$`)
	nameHeader   = regexp.MustCompile(`(?i)^(?:name|site|title|名称|单位|网站名称|单位名称|站点)$`)
)

// ReadInputs reads a list of sites: one home URL (or bare host) per line,
// '#' comments and blank lines skipped, or a CSV / TSV whose URL column is
// the one where most cells look like URLs (a header row is skipped, and a
// column headed name, 名称, 单位 … gives the labels).
func ReadInputs(r io.Reader) ([]Input, error) {
	b, err := io.ReadAll(io.LimitReader(r, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("discover: inputs: %w", err)
	}
	text := strings.TrimPrefix(string(b), "\ufeff")
	if strings.ContainsAny(text, ",\t") {
		return readTable(text)
	}
	var out []Input
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, Input{URL: line})
	}
	return out, sc.Err()
}

func readTable(text string) ([]Input, error) {
	cr := csv.NewReader(strings.NewReader(text))
	if strings.Count(text, "\t") > strings.Count(text, ",") {
		cr.Comma = '\t'
	}
	cr.FieldsPerRecord, cr.LazyQuotes, cr.Comment = -1, true, '#'
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("discover: inputs: %w", err)
	}
	col, best := -1, 0
	for c := 0; ; c++ {
		n, any := 0, false
		for _, row := range rows {
			if c < len(row) {
				any = true
				if looksLikeURL.MatchString(strings.TrimSpace(row[c])) {
					n++
				}
			}
		}
		if !any {
			break
		}
		if n > best {
			col, best = c, n
		}
	}
	if col < 0 {
		return nil, fmt.Errorf("discover: inputs: no column of URLs")
	}
	label := -1
	start := 0
	if len(rows) > 0 && col < len(rows[0]) && !looksLikeURL.MatchString(strings.TrimSpace(rows[0][col])) {
		start = 1
		for c, h := range rows[0] {
			if nameHeader.MatchString(strings.TrimSpace(h)) {
				label = c
				break
			}
		}
	}
	var out []Input
	for _, row := range rows[start:] {
		if col >= len(row) || !looksLikeURL.MatchString(strings.TrimSpace(row[col])) {
			continue
		}
		in := Input{URL: strings.TrimSpace(row[col])}
		if label >= 0 && label < len(row) {
			in.Label = clip(strings.TrimSpace(row[label]))
		}
		out = append(out, in)
	}
	return out, nil
}
