package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/ccorpus/ccorpus/extract"
	"golang.org/x/text/unicode/norm"
)

func init() {
	register(command{name: "eval", summary: "score fact extraction against a labelled sample (same numbers as tools/score_facts.py)", run: runEval})
}

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", stderr,
		"Usage: ccorpus eval --gold GOLD.jsonl [--json] [--errors] PAGES...",
		"       ccorpus eval --gold GOLD.jsonl --pred PREDICTIONS.jsonl [--json] [--errors]",
		"Runs every page through the pipeline (or reads records printed by `ccorpus extract`)",
		"and scores them against gold rows keyed by file name, as tools/score_facts.py does.")
	goldPath := fs.String("gold", "", "gold annotations `FILE` (one JSON object per line, keyed by \"file\")")
	predPath := fs.String("pred", "", "score the records in `FILE` instead of running the pipeline")
	asJSON := fs.Bool("json", false, "print the scores as one JSON object")
	showErrors := fs.Bool("errors", false, "print every disagreement before the scores")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if *goldPath == "" || (*predPath == "") == (fs.NArg() == 0) {
		fs.Usage()
		return errUsage
	}
	gold, err := readJSONLFile(*goldPath)
	if err != nil {
		return err
	}
	var rows []map[string]any
	failed := false
	if *predPath != "" {
		if rows, err = readJSONLFile(*predPath); err != nil {
			return err
		}
	} else if rows, failed, err = extractRows(ctx, fs.Args()); err != nil {
		return err
	}
	preds := map[string]map[string]any{}
	for _, r := range rows {
		preds[baseName(pyStr(r["source"]))] = r
	}
	rep := scoreFacts(gold, preds)
	if *showErrors {
		for _, e := range rep.Errors {
			fmt.Fprintln(stdout, e)
		}
	}
	if *asJSON {
		err = writeEvalJSON(stdout, rep)
	} else {
		err = writeEvalText(stdout, rep)
	}
	if err == nil && failed {
		return errPartial
	}
	return err
}

func readJSONLFile(path string) ([]map[string]any, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	rows, err := decodeJSONL(f)
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", path, err)
	}
	return rows, nil
}

// extractRows runs the pipeline over the pages and returns each record as the
// JSON object `ccorpus extract` prints.
func extractRows(ctx context.Context, args []string) ([]map[string]any, bool, error) {
	paths, err := expandPaths(args)
	if err != nil {
		return nil, false, err
	}
	p, err := loadPipeline()
	if err != nil {
		return nil, false, err
	}
	var rows []map[string]any
	failed := false
	err = runOrdered(ctx, len(paths), func(ctx context.Context, i int) (extract.Document, error) {
		page, err := readPage(paths[i])
		if err != nil {
			return extract.Document{}, err
		}
		return p.process(ctx, page)
	}, func(i int, doc extract.Document, err error) error {
		if err != nil {
			failed = true
			slog.Error("page failed", "source", paths[i], "err", err)
			return nil
		}
		b, err := json.Marshal(doc)
		if err != nil {
			return err
		}
		row, err := decodeJSONL(strings.NewReader(string(b)))
		if err != nil {
			return err
		}
		rows = append(rows, row...)
		return nil
	})
	return rows, failed, err
}

func normNFKC(s string) string { return norm.NFKC.String(s) }

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
