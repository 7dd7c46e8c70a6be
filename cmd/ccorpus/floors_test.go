package main

import (
	"bytes"
	"context"
	"io"
	"sort"
	"strings"
	"testing"
)

// checkFloors runs the pipeline over pages, scores them against the gold
// file as tools/score_facts.py does, logs the scores and every disagreement,
// and fails when a named score drops below its floor. The held-out sets and
// the shared dev sets are both guarded by it.
func checkFloors(t *testing.T, set, goldPath, pages string, floors map[string]float64) {
	t.Helper()
	gold, err := readJSONLFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	rows, failed, err := testApp(io.Discard, io.Discard).extractRows(context.Background(), []string{pages})
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
	t.Logf("%s scores (%d pages):\n%s", set, rep.Pages, out.String())
	for _, e := range rep.Errors {
		t.Log(e)
	}
	if rep.Missing > 0 {
		t.Errorf("%d gold pages have no prediction", rep.Missing)
	}
	names := make([]string, 0, len(floors))
	for name := range floors {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		got := namedScore(rep, name)
		if got == nil {
			t.Errorf("%s: no score", name)
			continue
		}
		if *got < floors[name] {
			t.Errorf("%s = %.4f, below its floor %.2f", name, *got, floors[name])
		}
	}
}

// namedScore reads one named score out of a report ("on_topic",
// "spam_removed", "text_checks", "records paired", "<set field> F1", or a scalar field's
// accuracy); nil when it has none.
func namedScore(r evalReport, name string) *float64 {
	switch {
	case name == "on_topic":
		return r.OnTopic
	case name == "spam_removed":
		return r.Spam
	case name == "text_checks":
		return r.Checks
	case name == "records paired": // the share of gold digest records paired by province
		if r.Records == nil {
			return nil
		}
		return ratio(r.Records.Paired, r.Records.Gold)
	case strings.HasSuffix(name, " F1"):
		f := r.Sets[strings.TrimSuffix(name, " F1")][2]
		return &f
	default:
		return r.Scalars[name][0]
	}
}
