package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/postgres"
)

// exportFormats are the formats export writes.
var exportFormats = []string{"csv", "jsonl", "parquet"}

// levels are the values of --level.
var levels = []string{"national", "province", "city", "county"}

func runExport(ctx context.Context, a *app, args []string) error {
	stdout, stderr := a.stdout, a.stderr
	fs := newFlagSet("export", stderr,
		"Usage: ccorpus export [--db FILE] --format csv|jsonl|parquet [--table TABLE] [--out FILE] [--codebook FILE]",
		"                      [--campaign NAME] [--year N] [--province NAME_OR_CODE] [--level LEVEL]",
		"                      [--since DATE] [--until DATE] [--on-topic] [--columns A,B,…] [--bom]",
		"Writes a stored table. records: one row per regional record with every fact and its GB/T 2260",
		"codes; activities, departments, events: one row per item of a record's lists (long format);",
		"documents: one row per page; fetches: one row per crawl request; panel: one row per campaign ×",
		"year × region at --level (province, city or county), reprints counted once. CSV is RFC 4180,",
		"UTF-8, formula-safe; Parquet has real types; --codebook writes a Frictionless datapackage.json.",
		"See README, \"Exported tables\", for the columns.")
	dbPath := existingDBFlag(fs)
	format := fs.String("format", "", "output format: "+strings.Join(exportFormats, ", ")+" (required)")
	table := fs.String("table", "records", "table to write: "+strings.Join(store.Tables(), ", "))
	out := fs.String("out", "", "write to `FILE` instead of standard output (written whole or not at all)")
	codebook := fs.String("codebook", "", "also write a Frictionless data package describing the export to `FILE` (datapackage.json); needs --out")
	bom := fs.Bool("bom", false, "start CSV with a UTF-8 byte-order mark, so that Excel reads it as UTF-8")
	var f store.Filter
	fs.StringVar(&f.Campaign, "campaign", "", "only rows of campaign `NAME` (as written in the campaign column: 质量月)")
	year := fs.String("year", "", "only rows of campaign year `N`")
	fs.StringVar(&f.Province, "province", "", "only rows of province `NAME_OR_CODE` (河北省, 河北, 130000 or 13)")
	fs.StringVar(&f.Level, "level", "", "only rows of `LEVEL` (national, province, city, county); on the panel, the level aggregated to (default province)")
	fs.StringVar(&f.Since, "since", "", "only pages published on or after `DATE` (YYYY-MM-DD)")
	fs.StringVar(&f.Until, "until", "", "only pages published on or before `DATE` (YYYY-MM-DD)")
	fs.BoolVar(&f.OnTopic, "on-topic", false, "only on-topic pages (documents; the record tables are on topic already)")
	columns := fs.String("columns", "", "write only these comma-separated `COLUMNS`, in this order")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	fail := func(format string, args ...any) error { return usageError(stderr, "export", format, args...) }
	switch {
	case fs.NArg() != 0:
		return fail("takes no arguments, got %q (the table is --table NAME)", fs.Args())
	case *format == "":
		return fail("--format is required: %s", strings.Join(exportFormats, ", "))
	case !slices.Contains(exportFormats, *format):
		return fail("unknown format %q; formats: %s", *format, strings.Join(exportFormats, ", "))
	case !slices.Contains(store.Tables(), *table):
		return fail("unknown table %q; tables: %s", *table, strings.Join(store.Tables(), ", "))
	case *format == "parquet" && *out == "":
		return fail("--format parquet needs --out FILE")
	case *codebook != "" && *out == "":
		return fail("--codebook needs --out FILE (the data package names the exported file)")
	case f.Level != "" && !slices.Contains(levels, f.Level):
		return fail("unknown level %q; levels: %s", f.Level, strings.Join(levels, ", "))
	case *table == "panel" && f.Level == "national":
		return fail("the panel aggregates to province, city or county; national rows are always kept apart")
	}
	if *year != "" {
		n, err := strconv.Atoi(*year)
		if err != nil || n < 1900 || n > 2200 {
			return fail("--year %q is not a year", *year)
		}
		f.Year = n
	}
	for _, d := range []struct{ flag, v string }{{"--since", f.Since}, {"--until", f.Until}} {
		if _, err := time.Parse("2006-01-02", d.v); d.v != "" && err != nil {
			return fail("%s %q is not a date YYYY-MM-DD", d.flag, d.v)
		}
	}
	opts := store.ExportOptions{Table: *table, Format: *format, BOM: *bom, Filter: f}
	if *columns != "" {
		for _, c := range strings.Split(*columns, ",") {
			opts.Columns = append(opts.Columns, strings.TrimSpace(c))
		}
	}
	if _, err := store.DataPackage(store.PackageInfo{Opts: opts}); err != nil {
		return fail("%s", strings.TrimPrefix(err.Error(), "store: ")) // unknown column, filter without its column
	}
	db, err := openReadDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if *out == "" {
		_, err := store.Export(ctx, db, stdout, opts)
		return err
	}
	n, err := exportFile(ctx, *out, func(w io.Writer) (int, error) { return store.Export(ctx, db, w, opts) })
	if err != nil {
		return err
	}
	slog.Info("exported", "table", *table, "rows", n, "file", *out)
	if *codebook == "" {
		return nil
	}
	return a.writeCodebook(ctx, db, *codebook, *out, opts, n)
}

// writeCodebook writes the data package of an export written to out.
func (a *app) writeCodebook(ctx context.Context, db store.Store, path, out string, opts store.ExportOptions, rows int) error {
	s, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	rel, err := filepath.Rel(filepath.Dir(path), out)
	if err != nil {
		rel = out
	}
	abs := db.Path() // a server's URL (without password) as it is
	if !postgres.IsURL(abs) {
		if p, err := filepath.Abs(abs); err == nil {
			abs = p
		}
	}
	bi := readBuildInfo()
	b, err := store.DataPackage(store.PackageInfo{Opts: opts, Path: rel, Rows: rows, Version: bi.Version, Commit: bi.Commit,
		Database: abs, Exported: a.now().UTC().Format(time.RFC3339),
		Counts: map[string]int{"documents": s.Documents, "on_topic": s.OnTopic, "records": s.Records, "activities": s.Activities}})
	if err != nil {
		return err
	}
	_, err = exportFile(ctx, path, func(w io.Writer) (int, error) { _, err := w.Write(b); return 0, err })
	return err
}

// exportFile writes a file through a temporary file renamed into place, so
// that a failed export never leaves a half-written file.
func exportFile(ctx context.Context, path string, write func(io.Writer) (int, error)) (int, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	defer os.Remove(f.Name())
	n, err := write(f)
	if err != nil {
		f.Close()
		return n, err
	}
	if err := ctx.Err(); err != nil {
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
