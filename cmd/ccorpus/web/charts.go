package web

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ccorpus/ccorpus/store"
)

// Charts are drawn here as numbers for inline SVG: every mark is a link into
// the filtered records.

//go:embed tiles.tsv
var tilesTSV string

// tile is one province of the tile-grid map.
type tile struct {
	Province, Label string
	X, Y            int // pixels of the tile's top left corner
	Fill, Ink       string
	Value           string
	Title           string
	Link            string
}

const tileSize, tileGap = 56, 4

type tilePos struct {
	province, label string
	col, row        int
}

func parseTiles(src string) ([]tilePos, error) {
	var out []tilePos
	for i, line := range strings.Split(src, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("web: tiles.tsv line %d: want 4 fields", i+1)
		}
		c, err1 := strconv.Atoi(f[2])
		r, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("web: tiles.tsv line %d: bad position", i+1)
		}
		out = append(out, tilePos{f[0], f[1], c, r})
	}
	return out, nil
}

// shades run from no records to the most.
var shades = []string{"#eef3f8", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"}

func shade(v, max float64) (fill, ink string) {
	if v <= 0 || max <= 0 {
		return "#e4e7eb", "#555"
	}
	i := 1 + int(v/max*float64(len(shades)-2)+0.5)
	if i >= len(shades) {
		i = len(shades) - 1
	}
	if i >= 4 {
		return shades[i], "#fff"
	}
	return shades[i], "#123"
}

// mapTiles shades each province by its records or its median department count.
func mapTiles(pos []tilePos, stats []store.ProvinceStat, p params) []tile {
	by := map[string]store.ProvinceStat{}
	for _, s := range stats {
		by[s.Province] = s
	}
	val := func(s store.ProvinceStat) float64 {
		if p.Metric == "depts" {
			return s.MedianDepts
		}
		return float64(s.Records)
	}
	max := 0.0
	for _, s := range stats {
		max = maxf(max, val(s))
	}
	out := make([]tile, 0, len(pos))
	for _, t := range pos {
		s := by[t.province]
		v := val(s)
		fill, ink := shade(v, max)
		tl := tile{Province: t.province, Label: t.label, X: t.col * (tileSize + tileGap), Y: t.row * (tileSize + tileGap),
			Fill: fill, Ink: ink, Link: p.FilterURL("/records", "province", t.province)}
		switch {
		case p.Metric == "depts" && s.WithDepts > 0:
			tl.Value = strconv.FormatFloat(v, 'f', -1, 64)
			tl.Title = fmt.Sprintf("%s: median %s departments over %d records", t.province, tl.Value, s.WithDepts)
		case p.Metric != "depts" && s.Records > 0:
			tl.Value = strconv.Itoa(s.Records)
			tl.Title = fmt.Sprintf("%s: %d records", t.province, s.Records)
		default:
			tl.Title = t.province + ": none"
		}
		out = append(out, tl)
	}
	return out
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// bar is one week of the timeline.
type bar struct {
	X, Y, W, H int
	Week       string
	N          int
	Title      string
	Link       string
	Label      string // month label under the first week of a month
}

const timelineH = 160

// timeline draws every week from the first to the last event date (weeks
// without one included) as bars of event-date counts.
func timeline(weeks []store.WeekCount, p params) ([]bar, int) {
	if len(weeks) == 0 {
		return nil, 0
	}
	first, err1 := time.Parse(time.DateOnly, weeks[0].Week)
	last, err2 := time.Parse(time.DateOnly, weeks[len(weeks)-1].Week)
	if err1 != nil || err2 != nil {
		return nil, 0
	}
	n := map[string]int{}
	top := 0
	for _, w := range weeks {
		n[w.Week] = w.N
		top = max(top, w.N)
	}
	span := int(last.Sub(first).Hours()/24/7) + 1
	if span > 260 { // five years of weeks at most: the rest is in the table
		span = 260
	}
	bw := 12
	if span > 60 {
		bw = 4
	}
	var out []bar
	prevMonth := -1
	for i := 0; i < span; i++ {
		wk := first.AddDate(0, 0, 7*i)
		d := wk.Format(time.DateOnly)
		c := n[d]
		h := 0
		if top > 0 {
			h = c * (timelineH - 20) / top
		}
		if c > 0 && h < 2 {
			h = 2
		}
		b := bar{X: i * (bw + 2), Y: timelineH - 20 - h, W: bw, H: h, Week: d, N: c,
			Title: fmt.Sprintf("week of %s: %d event dates", d, c),
			Link:  p.FilterURL("/records", "event_from", d, "event_to", wk.AddDate(0, 0, 6).Format(time.DateOnly))}
		if m := int(wk.Month()); m != prevMonth {
			b.Label = wk.Format("2006-01")
			if prevMonth == -1 || m == 1 || span <= 60 {
				prevMonth = m
			} else {
				b.Label, prevMonth = wk.Format("01"), m
			}
		}
		out = append(out, b)
	}
	return out, span * (bw + 2)
}
