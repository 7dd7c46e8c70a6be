package store

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the README's column tables from codebook.tsv")

// TestREADMEColumnTablesAreTheCodebook keeps each README column table equal
// to the one generated from codebook.tsv (the source of --codebook too);
// `go test ./store -run README -update` rewrites them.
func TestREADMEColumnTablesAreTheCodebook(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	for _, table := range Tables() {
		want, err := ColumnTable(table)
		if err != nil {
			t.Fatal(err)
		}
		open, end := "<!-- columns: "+table+" -->\n", "<!-- end of columns -->"
		i := strings.Index(readme, open)
		if i < 0 {
			t.Errorf("README has no %q marker", strings.TrimSpace(open))
			continue
		}
		j := strings.Index(readme[i:], end)
		if j < 0 {
			t.Errorf("README's %s column table is not closed by %q", table, end)
			continue
		}
		got := readme[i+len(open) : i+j]
		if got != want {
			if !*update {
				t.Errorf("README's %s column table differs from codebook.tsv (run go test ./store -run README -update)", table)
			}
			readme = readme[:i+len(open)] + want + readme[i+j:]
		}
	}
	if *update && readme != string(b) {
		if err := os.WriteFile("../README.md", []byte(readme), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestCodebookCoversEveryColumn(t *testing.T) {
	all, err := parseCodebook(codebookTSV)
	if err != nil {
		t.Fatal(err)
	}
	for _, table := range Tables() {
		docs, err := Codebook(table)
		if err != nil {
			t.Error(err)
			continue
		}
		for i, c := range Columns(table) {
			d := docs[i]
			ok := map[kind][]string{kText: {"string", "date", "datetime"}, kInt: {"integer"}, kBool: {"boolean"},
				kJSON: {"list", "dates", "object", "objects"}, kNum: {"number"}}[c.kind]
			if !contains(ok, d.Type) {
				t.Errorf("%s.%s: codebook type %s does not fit the column's kind", table, c.Name, d.Type)
			}
			delete(all, table+"\t"+c.Name)
		}
	}
	for k := range all {
		t.Errorf("codebook entry %q is no exported column", k)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
