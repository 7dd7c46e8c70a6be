package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/ccorpus/ccorpus/store"
)

func runShow(ctx context.Context, a *app, args []string) error {
	stderr := a.stderr
	fs := newFlagSet("show", stderr,
		"Usage: ccorpus show [--db FILE] [--text=false] DOC_KEY_OR_URL",
		"Prints one stored document as JSON: its documents row (metadata, cleaning, story), and each of its",
		"records with every fact, the departments and labelled events, and the evidence sentence of each",
		"fact. DOC_KEY is the doc_key of the exports (a canonical URL or sha256:…); any spelling of the URL works.")
	dbPath := existingDBFlag(fs)
	withText := fs.Bool("text", true, "include the cleaned main text")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError(stderr, "show", "takes one DOC_KEY, got %d arguments", fs.NArg())
	}
	key := fs.Arg(0)
	if isURL(key) {
		key = store.CanonicalURL(key)
	}
	db, err := openReadDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	rows := func(table string) ([]json.RawMessage, error) {
		var buf bytes.Buffer
		if _, err := store.Export(ctx, db, &buf, store.ExportOptions{Table: table, Format: "jsonl", Filter: store.Filter{DocKey: key}}); err != nil {
			return nil, err
		}
		var out []json.RawMessage
		for _, l := range bytes.Split(bytes.TrimSpace(buf.Bytes()), []byte("\n")) {
			if len(l) > 0 {
				out = append(out, json.RawMessage(l))
			}
		}
		return out, nil
	}
	docs, err := rows("documents")
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return fmt.Errorf("no stored document has the key %q (see `ccorpus export --table documents --columns doc_key,title`)", key)
	}
	var doc map[string]any
	if err := json.Unmarshal(docs[0], &doc); err != nil {
		return err
	}
	if !*withText {
		delete(doc, "text")
	}
	recs, err := rows("records")
	if err != nil {
		return err
	}
	if recs == nil {
		recs = []json.RawMessage{}
	}
	b, err := json.MarshalIndent(map[string]any{"document": doc, "records": recs}, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(a.stdout, "%s\n", b)
	return err
}
