package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ccorpus/ccorpus/store"
)

func runExport(ctx context.Context, a *app, args []string) error {
	stdout, stderr := a.stdout, a.stderr
	fs := newFlagSet("export", stderr,
		"Usage: ccorpus export [--db FILE] --format csv|jsonl [--table records|activities|documents|fetches] [--out FILE] [--bom]",
		"Writes a stored table. records: one row per regional record with every fact and its GB/T 2260",
		"codes; activities: one row per activity with its record's keys (long format); documents: one",
		"row per page with its metadata; fetches: one row per crawl request (the fetch log). CSV is",
		"RFC 4180, UTF-8, formula-safe; see README for the columns.")
	dbPath := existingDBFlag(fs)
	format := fs.String("format", "", "output format: csv or jsonl (required)")
	table := fs.String("table", "records", "table to write: "+strings.Join(store.Tables(), ", "))
	out := fs.String("out", "", "write to `FILE` instead of standard output (written whole or not at all)")
	bom := fs.Bool("bom", false, "start CSV with a UTF-8 byte-order mark, so that Excel reads it as UTF-8")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 0 || (*format != "csv" && *format != "jsonl") || !slices.Contains(store.Tables(), *table) {
		fs.Usage()
		return errUsage
	}
	db, err := openReadDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	opts := store.ExportOptions{Table: *table, Format: *format, BOM: *bom}
	if *out == "" {
		_, err := store.Export(ctx, db, stdout, opts)
		return err
	}
	n, err := exportFile(ctx, db, *out, opts)
	if err != nil {
		return err
	}
	slog.Info("exported", "table", *table, "rows", n, "file", *out)
	return nil
}

// exportFile writes a table to path through a temporary file renamed into
// place, so that a failed export never leaves a half-written file.
func exportFile(ctx context.Context, db store.Store, path string, opts store.ExportOptions) (int, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	defer os.Remove(f.Name())
	n, err := store.Export(ctx, db, f, opts)
	if err != nil {
		f.Close()
		return n, err
	}
	if err := f.Close(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}
