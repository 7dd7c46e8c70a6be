package main

import (
	"bytes"
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

func runEval(ctx context.Context, a *app, args []string) error {
	stdout, stderr := a.stdout, a.stderr
	fs := newFlagSet("eval", stderr,
		"Usage: ccorpus eval --gold GOLD.jsonl [--json] [--errors] PAGES...",
		"       ccorpus eval --gold GOLD.jsonl --pred PREDICTIONS.jsonl [--json] [--errors]",
		"       ccorpus eval --corrections [--db FILE] [--json] [--errors]",
		"Runs every page through the pipeline (or reads records printed by `ccorpus extract`)",
		"and scores them against gold rows keyed by file name, as tools/score_facts.py does.",
		"With --corrections the gold is the researchers' corrections stored in the database (made in",
		"`ccorpus serve`): the current extractor is re-run on each corrected page and scored per field.")
	goldPath := fs.String("gold", "", "gold annotations `FILE` (one JSON object per line, keyed by \"file\")")
	predPath := fs.String("pred", "", "score the records in `FILE` instead of running the pipeline")
	asJSON := fs.Bool("json", false, "print the scores as one JSON object")
	showErrors := fs.Bool("errors", false, "print every disagreement before the scores")
	corrections := fs.Bool("corrections", false, "score against the corrections stored in --db")
	dbPath := existingDBFlag(fs)
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if *corrections {
		if *goldPath != "" || *predPath != "" || fs.NArg() != 0 {
			fs.Usage()
			return errUsage
		}
		db, err := openExistingDB(ctx, *dbPath)
		if err != nil {
			return err
		}
		defer db.Close()
		rep, err := a.evalCorrections(ctx, db)
		if err != nil {
			return err
		}
		return writeCorrectionReport(stdout, rep, *asJSON, *showErrors)
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
	} else if rows, failed, err = a.extractRows(ctx, fs.Args()); err != nil {
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
func (a *app) extractRows(ctx context.Context, args []string) ([]map[string]any, bool, error) {
	paths, err := expandPaths(args)
	if err != nil {
		return nil, false, err
	}
	p, err := a.pipeline()
	if err != nil {
		return nil, false, err
	}
	var rows []map[string]any
	failed := false
	err = runOrdered(ctx, len(paths), func(ctx context.Context, i int) (extract.Document, error) {
		page, err := a.readPage(ctx, paths[i])
		if err != nil {
			return extract.Document{}, err
		}
		return p.Process(ctx, page)
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

func boolOrNone(v any) any {
	if b, ok := v.(bool); ok {
		return b
	}
	return v
}

func strList(v any) []string {
	list, _ := v.([]any)
	var out []string
	for _, x := range list {
		out = append(out, pyStr(x))
	}
	return out
}

// decodeJSONL reads one JSON object per non-blank line, numbers kept exact.
func decodeJSONL(r io.Reader) ([]map[string]any, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var out []map[string]any
	for i, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.UseNumber()
		var row map[string]any
		if err := dec.Decode(&row); err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		out = append(out, row)
	}
	return out, nil
}
