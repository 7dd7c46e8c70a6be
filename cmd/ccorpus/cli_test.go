package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseArgsAcceptsFlagsAfterArguments(t *testing.T) {
	for _, c := range []struct {
		args []string
		db   string
		pos  []string
	}{
		{[]string{"a.html", "--db", "x.db"}, "x.db", []string{"a.html"}},
		{[]string{"--db", "x.db", "a.html", "b.html"}, "x.db", []string{"a.html", "b.html"}},
		{[]string{"a.html", "--db=x.db", "b.html"}, "x.db", []string{"a.html", "b.html"}},
		{[]string{"a.html", "--", "--db", "b.html"}, defaultDB, []string{"a.html", "--db", "b.html"}},
		{nil, defaultDB, nil},
	} {
		fs := newFlagSet("t", &bytes.Buffer{}, "Usage: t")
		db := dbFlag(fs)
		if err := parseArgs(fs, c.args); err != nil {
			t.Fatalf("%q: %v", c.args, err)
		}
		if *db != c.db || strings.Join(fs.Args(), " ") != strings.Join(c.pos, " ") {
			t.Errorf("%q: db %q args %q, want %q %q", c.args, *db, fs.Args(), c.db, c.pos)
		}
	}
}

func TestHelpVersionAndUsageErrors(t *testing.T) {
	out, _, code := run(t, "--version")
	if code != exitOK || !strings.HasPrefix(out, "ccorpus ") || !strings.Contains(out, "commit") {
		t.Errorf("--version: %d %q", code, out)
	}
	if out2, _, _ := run(t, "version"); out2 != out {
		t.Errorf("version %q differs from --version %q", out2, out)
	}
	_, errs, code := run(t, "help", "export")
	if code != exitOK || !strings.Contains(errs, "Usage: ccorpus export") || !strings.Contains(errs, "  --format ") {
		t.Errorf("help export: %d\n%s", code, errs)
	}
	if strings.Contains(errs, "\n  -format") {
		t.Errorf("help shows -flag instead of --flag:\n%s", errs)
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	if _, errs, code := run(t, "ingest", seedDir, "--db", db); code != exitOK {
		t.Fatalf("ingest with --db after the folder: %d %s", code, errs)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "--db", db, "--format", "csv", "--table", "record"}, `unknown table "record"; tables: activities, departments, documents, events, fetches, panel, records`},
		{[]string{"export", "--db", db, "--format", "xml"}, `unknown format "xml"; formats: csv, jsonl, parquet`},
		{[]string{"export", "--db", db}, "--format is required"},
		{[]string{"export", "--db", db, "--format", "csv", "--table", "fetches", "--year", "2022"}, "filter year does not apply to table fetches"},
		{[]string{"export", "--db", db, "--format", "csv", "--columns", "doc_key,nope"}, `table records has no column "nope"`},
		{[]string{"export", "--db", db, "--format", "parquet"}, "--format parquet needs --out FILE"},
		{[]string{"export", "--db", db, "--format", "csv", "--since", "2022-13-01"}, `--since "2022-13-01" is not a date`},
		{[]string{"stats", "--db", db, "extra"}, `takes no arguments, got ["extra"]`},
		{[]string{"nope"}, `unknown command "nope"; commands: ingest, extract`},
		{[]string{"crawl", "--progress", "sometimes"}, `--progress "sometimes" is not auto, on or off`},
	} {
		_, errs, code := run(t, c.args...)
		if code != exitFatal || !strings.Contains(errs, c.want) {
			t.Errorf("ccorpus %s: exit %d, stderr %q, want exit 2 and %q", strings.Join(c.args, " "), code, errs, c.want)
		}
	}
}

func TestExtractReportsMissingInputAndPrintsTheOthers(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	missing := filepath.Join(t.TempDir(), "missing.txt")
	var out, errb bytes.Buffer
	a := testApp(&out, &errb)
	err := a.run(context.Background(), []string{"extract", pages[0], missing, pages[1]})
	if exitCode(err) != exitPartial {
		t.Fatalf("exit %d (%v), want 1", exitCode(err), err)
	}
	if n := strings.Count(out.String(), "\n"); n != 2 {
		t.Errorf("%d records printed, want the 2 existing inputs", n)
	}
	if !strings.Contains(errb.String()+err.Error(), "1 of 3 inputs failed") {
		t.Errorf("the failure is not reported: %v", err)
	}
}

func TestShowStatsJSONAndExportTables(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	if _, errs, code := run(t, "ingest", "--db", db, seedDir); code != exitOK {
		t.Fatalf("ingest: %s", errs)
	}
	out, _, code := run(t, "stats", "--json", "--db", db)
	var st struct {
		Documents int `json:"documents"`
		Records   int `json:"records"`
		ByYear    []struct {
			Label string `json:"label"`
			N     int    `json:"n"`
		} `json:"by_year"`
	}
	if err := json.Unmarshal([]byte(out), &st); code != exitOK || err != nil || st.Documents != 5 || st.Records == 0 || len(st.ByYear) == 0 {
		t.Fatalf("stats --json: %d %v %+v", code, err, st)
	}
	keys, _, _ := run(t, "export", "--db", db, "--format", "csv", "--table", "documents", "--columns", "doc_key")
	key := strings.Split(strings.TrimSpace(keys), "\r\n")[1]
	out, errs, code := run(t, "show", key, "--db", db)
	var shown struct {
		Document map[string]any   `json:"document"`
		Records  []map[string]any `json:"records"`
	}
	if err := json.Unmarshal([]byte(out), &shown); code != exitOK || err != nil || shown.Document["doc_key"] != key || len(shown.Records) == 0 ||
		shown.Records[0]["evidence"] == nil {
		t.Fatalf("show: %d %v %s", code, err, errs)
	}
	if _, errs, code := run(t, "show", "sha256:nothing", "--db", db); code != exitFatal || !strings.Contains(errs, "no stored document") {
		t.Errorf("show of an unknown key: %d %q", code, errs)
	}
	for _, table := range []string{"panel", "departments", "events"} {
		out, errs, code := run(t, "export", "--db", db, "--format", "jsonl", "--table", table)
		if code != exitOK || strings.TrimSpace(out) == "" {
			t.Errorf("export %s: %d %s", table, code, errs)
		}
	}
	out, _, _ = run(t, "export", "--db", db, "--format", "csv", "--table", "records", "--province", "江西", "--columns", "province,region_code")
	for _, l := range strings.Split(strings.TrimSpace(out), "\r\n")[1:] {
		if !strings.HasPrefix(l, "江西省,36") {
			t.Errorf("--province 江西 kept %q", l)
		}
	}
	pq, cb := filepath.Join(dir, "records.parquet"), filepath.Join(dir, "datapackage.json")
	if _, errs, code := run(t, "export", "--db", db, "--format", "parquet", "--out", pq, "--codebook", cb, "--year", "2022"); code != exitOK {
		t.Fatalf("parquet export: %s", errs)
	}
	var pkg struct {
		Resources []struct {
			Path   string `json:"path"`
			Schema struct {
				Fields []struct{ Name, Type, Description string } `json:"fields"`
			} `json:"schema"`
		} `json:"resources"`
		Provenance struct {
			Filters map[string]string `json:"filters"`
			Rows    int               `json:"rows"`
		} `json:"provenance"`
	}
	b, err := os.ReadFile(cb)
	if err != nil || json.Unmarshal(b, &pkg) != nil || len(pkg.Resources) != 1 || pkg.Resources[0].Path != "records.parquet" ||
		pkg.Provenance.Filters["year"] != "2022" || len(pkg.Resources[0].Schema.Fields) == 0 || pkg.Resources[0].Schema.Fields[0].Description == "" {
		t.Fatalf("datapackage: %v\n%s", err, b)
	}
}
