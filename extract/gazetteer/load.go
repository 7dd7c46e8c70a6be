package gazetteer

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Load parses the embedded tables. Most callers want Default.
func Load() (*Gazetteer, error) {
	div, err := dataFS.ReadFile("data/divisions.tsv")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	extra, err := dataFS.ReadFile("data/extra.tsv")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return Parse(div, extra)
}

// Parse builds a gazetteer from a divisions table and a hand-kept extra table
// (formats described in the headers of data/divisions.tsv and data/extra.tsv).
func Parse(divisions, extra []byte) (*Gazetteer, error) {
	g := &Gazetteer{units: map[string]*Unit{}, byName: map[string][]Match{}, generic: map[string]bool{}, common: map[string]bool{}}
	err := eachRow(divisions, 5, func(f []string) error {
		lv, err := strconv.Atoi(f[2])
		if err != nil || lv < 1 || lv > 3 || len(f[0]) != 6 {
			return fmt.Errorf("bad unit %q", f)
		}
		u := &Unit{Code: f[0], Name: f[1], Level: Level(lv), Parent: f[3]}
		if f[4] != "" {
			u.Short = strings.Split(f[4], ",")
		}
		g.units[u.Code] = u
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("gazetteer: divisions: %w", err)
	}
	for _, u := range g.units {
		if u.Parent != "" && g.units[u.Parent] == nil {
			return nil, fmt.Errorf("gazetteer: unit %s has unknown parent %s", u.Code, u.Parent)
		}
		u.owner, u.up = g, g.units[u.Parent]
		g.add(u.Name, u, Full)
		for _, s := range u.Short {
			g.add(s, u, Short)
		}
	}
	err = eachRow(extra, 3, func(f []string) error {
		kind, name, code := f[0], f[1], f[2]
		switch kind {
		case "generic":
			g.generic[name] = true
			return nil
		case "common":
			g.common[name] = true
			return nil
		}
		u := g.units[code]
		if u == nil {
			return fmt.Errorf("unknown code in %q", f)
		}
		switch kind {
		case "short":
			u.Short = append(u.Short, name)
			g.add(name, u, Short)
		case "alias":
			g.add(name, u, Alias)
		default:
			return fmt.Errorf("unknown kind in %q", f)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("gazetteer: extra: %w", err)
	}
	for name, ms := range g.byName {
		slices.SortStableFunc(ms, func(a, b Match) int {
			if a.Form != b.Form {
				return int(a.Form) - int(b.Form)
			}
			return strings.Compare(a.Unit.Code, b.Unit.Code)
		})
		g.names = append(g.names, name)
	}
	slices.Sort(g.names)
	return g, nil
}

func (g *Gazetteer) add(name string, u *Unit, form Form) {
	for _, m := range g.byName[name] {
		if m.Unit == u {
			return
		}
	}
	g.byName[name] = append(g.byName[name], Match{Unit: u, Form: form})
}

// eachRow calls fn with the tab-separated fields of every non-comment line,
// padded to at least n fields.
func eachRow(data []byte, n int, fn func([]string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < n {
			f = append(f, make([]string, n-len(f))...)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
	}
	return sc.Err()
}
