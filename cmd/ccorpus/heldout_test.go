package main

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// heldoutSets are pages invented for this project, each set written and
// labelled by hand (conventions of GOLD.md) before the extractor was run on it,
// to measure whether the rules generalise beyond the labelled pages of
// ../shared. Sets 1 and 2 were then used to fix the rules they showed failing,
// so they now guard against regressions more than they measure; set 3 (eight
// HTML pages with site chrome, two in GBK behind a utf-8 meta, and seven text
// dumps) came last.
//
// The floors are lower bounds a little below the scores measured when each
// set was last worked on: one more page wrong in a field still passes.
var heldoutSets = []struct {
	dir    string
	floors map[string]float64
}{
	{"heldout", map[string]float64{
		"on_topic": 0.88, "campaign": 0.9, "year": 0.9, "province": 0.9, "city": 0.85, "county": 0.85,
		"published": 0.9, "department_count": 0.95, "activity_count": 0.95, "theme": 0.92,
		"event_dates F1": 0.95, "activities F1": 0.93, "spam_removed": 0.9,
	}},
	{"heldout2", map[string]float64{
		"on_topic": 0.95, "campaign": 0.94, "year": 0.94, "province": 0.94, "city": 0.94, "county": 0.94,
		"published": 0.94, "department_count": 0.94, "activity_count": 0.94, "theme": 0.94,
		"event_dates F1": 0.97, "activities F1": 0.97, "spam_removed": 0.95,
	}},
	// Set 3 has no spam, so spam_removed has no score and no floor.
	{"heldout3", map[string]float64{
		"on_topic": 0.86, "campaign": 0.92, "year": 0.92, "province": 0.84, "city": 0.92, "county": 0.84,
		"published": 0.92, "department_count": 0.84, "activity_count": 0.84, "theme": 0.92,
		"event_dates F1": 0.95, "activities F1": 0.95,
	}},
}

func heldoutDir(name string) string { return filepath.Join("..", "..", "testdata", name) }

// TestHeldoutPagesAllLabelled checks that in every set each page has exactly
// one gold row and each gold row a page.
func TestHeldoutPagesAllLabelled(t *testing.T) {
	for _, set := range heldoutSets {
		t.Run(set.dir, func(t *testing.T) {
			dir := heldoutDir(set.dir)
			pages, err := expandPaths([]string{dir})
			if err != nil {
				t.Fatal(err)
			}
			gold, err := readJSONLFile(filepath.Join(dir, "gold.jsonl"))
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
			sort.Strings(names)
			sort.Strings(labelled)
			if strings.Join(names, " ") != strings.Join(labelled, " ") {
				t.Errorf("pages %v\ngold rows %v", names, labelled)
			}
		})
	}
}

// TestHeldoutScores runs the pipeline over each held-out set, scores it as
// tools/score_facts.py does, logs the scores and every disagreement, and fails
// when a score drops below its floor.
func TestHeldoutScores(t *testing.T) {
	for _, set := range heldoutSets {
		t.Run(set.dir, func(t *testing.T) {
			dir := heldoutDir(set.dir)
			checkFloors(t, set.dir, filepath.Join(dir, "gold.jsonl"), dir, set.floors)
		})
	}
}
