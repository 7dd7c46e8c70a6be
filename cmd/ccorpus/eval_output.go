package main

import (
	"fmt"
	"io"
	"strings"
)

// writeEvalJSON prints the report as score_facts.py --json does.
func writeEvalJSON(w io.Writer, r evalReport) error {
	var b strings.Builder
	num := func(f *float64) string {
		if f == nil {
			return "null"
		}
		return pyFloat(*f)
	}
	fmt.Fprintf(&b, `{"pages": %d, "missing_predictions": %d, "on_topic_accuracy": %s`, r.Pages, r.Missing, num(r.OnTopic))
	for _, f := range evalScalars {
		v := r.Scalars[f]
		fmt.Fprintf(&b, `, "%s": {"accuracy": %s, "p": %s, "r": %s}`, f, num(v[0]), num(v[1]), num(v[2]))
	}
	for _, f := range evalSets {
		v := r.Sets[f]
		fmt.Fprintf(&b, `, "%s": {"p": %s, "r": %s, "f1": %s}`, f, pyFloat(v[0]), pyFloat(v[1]), pyFloat(v[2]))
	}
	fmt.Fprintf(&b, `, "spam_removed": %s, "activities_kept_in_text": %s, "text_checks": %s`, num(r.Spam), num(r.Kept), num(r.Checks))
	if rc := r.Records; rc != nil {
		fmt.Fprintf(&b, `, "records": %s`, recordsJSON(rc))
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func recordsJSON(rc *evalRecords) string {
	return fmt.Sprintf(`{"gold": %d, "paired": %d, "department_count": %s, "activity_count": %s, "event_dates": %s}`,
		rc.Gold, rc.Paired, pyFloat(rc.Dept), pyFloat(rc.Activity), pyFloat(rc.EventDts))
}

// writeEvalText prints the report as score_facts.py does without --json.
func writeEvalText(w io.Writer, r evalReport) error {
	var b strings.Builder
	num := func(f *float64) string {
		if f == nil {
			return "None"
		}
		return pyFloat(*f)
	}
	fmt.Fprintf(&b, "pages=%d missing=%d on_topic_accuracy=%s\n", r.Pages, r.Missing, num(r.OnTopic))
	for _, f := range evalScalars {
		v := r.Scalars[f]
		fmt.Fprintf(&b, "%-18s acc=%s  P=%s  R=%s\n", f, num(v[0]), num(v[1]), num(v[2]))
	}
	for _, f := range evalSets {
		v := r.Sets[f]
		fmt.Fprintf(&b, "%-18s P=%s  R=%s  F1=%s\n", f, pyFloat(v[0]), pyFloat(v[1]), pyFloat(v[2]))
	}
	fmt.Fprintf(&b, "spam_removed=%s  activities_kept_in_text=%s  text_checks=%s\n", num(r.Spam), num(r.Kept), num(r.Checks))
	if rc := r.Records; rc != nil {
		fmt.Fprintf(&b, "records %s\n", recordsJSON(rc))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
