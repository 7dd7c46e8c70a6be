package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// heldoutDir holds invented pages that the extraction rules were not developed
// against, with hand-made labels in gold.jsonl (conventions of GOLD.md).
var heldoutDir = filepath.Join("..", "..", "testdata", "heldout")

// heldoutFloors are loose lower bounds, set a little below the scores measured
// when the set was labelled: they catch regressions without fitting the set.
var heldoutFloors = []struct {
	name  string
	floor float64
	score func(evalReport) *float64
}{
	{"on_topic", 0.88, func(r evalReport) *float64 { return r.OnTopic }},
	{"campaign", 0.9, scalarAcc("campaign")},
	{"year", 0.9, scalarAcc("year")},
	{"province", 0.9, scalarAcc("province")},
	{"city", 0.85, scalarAcc("city")},
	{"county", 0.85, scalarAcc("county")},
	{"published", 0.9, scalarAcc("published")},
	{"department_count", 0.95, scalarAcc("department_count")},
	{"activity_count", 0.95, scalarAcc("activity_count")},
	{"theme", 0.92, scalarAcc("theme")},
	{"event_dates F1", 0.95, setF1("event_dates")},
	{"activities F1", 0.93, setF1("activities")},
	{"spam_removed", 0.9, func(r evalReport) *float64 { return r.Spam }},
}

func scalarAcc(field string) func(evalReport) *float64 {
	return func(r evalReport) *float64 { return r.Scalars[field][0] }
}

func setF1(field string) func(evalReport) *float64 {
	return func(r evalReport) *float64 { f := r.Sets[field][2]; return &f }
}

// TestHeldoutPagesAllLabelled checks that every page has exactly one gold row
// and every gold row a page.
func TestHeldoutPagesAllLabelled(t *testing.T) {
	pages, err := expandPaths([]string{heldoutDir})
	if err != nil {
		t.Fatal(err)
	}
	gold, err := readJSONLFile(filepath.Join(heldoutDir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var names, labelled []string
	for _, p := range pages {
		names = append(names, filepath.Base(p))
	}
	seen := map[string]bool{}
	for _, g := range gold {
		f := pyStr(g["file"])
		if seen[f] {
			t.Errorf("gold row for %s appears twice", f)
		}
		seen[f] = true
		labelled = append(labelled, f)
	}
	sort.Strings(labelled)
	if strings.Join(names, " ") != strings.Join(labelled, " ") {
		t.Errorf("pages %v\ngold rows %v", names, labelled)
	}
}

// TestHeldoutScores runs the pipeline over the held-out pages, scores them as
// tools/score_facts.py does, logs the scores and every disagreement, and fails
// when a score drops below its floor.
func TestHeldoutScores(t *testing.T) {
	if _, err := os.Stat(filepath.Join(heldoutDir, "gold.jsonl")); err != nil {
		t.Fatal(err)
	}
	gold, err := readJSONLFile(filepath.Join(heldoutDir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	rows, failed, err := extractRows(context.Background(), []string{heldoutDir})
	if err != nil || failed {
		t.Fatalf("extract: failed=%v err=%v", failed, err)
	}
	preds := map[string]map[string]any{}
	for _, r := range rows {
		preds[baseName(pyStr(r["source"]))] = r
	}
	rep := scoreFacts(gold, preds)
	var out bytes.Buffer
	if err := writeEvalText(&out, rep); err != nil {
		t.Fatal(err)
	}
	t.Logf("held-out scores (%d pages):\n%s", rep.Pages, out.String())
	for _, e := range rep.Errors {
		t.Log(e)
	}
	if rep.Missing > 0 {
		t.Errorf("%d gold pages have no prediction", rep.Missing)
	}
	for _, f := range heldoutFloors {
		got := f.score(rep)
		if got == nil {
			t.Errorf("%s: no score", f.name)
			continue
		}
		if *got < f.floor {
			t.Errorf("%s = %.4f, below the floor %.2f", f.name, *got, f.floor)
		}
	}
}
