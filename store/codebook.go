package store

import (
	_ "embed"
	"fmt"
	"strings"
)

// codebookTSV documents every exported column: the one source of the
// README's column tables and of `export --codebook`.
//
//go:embed codebook.tsv
var codebookTSV string

// ColumnDoc is a column's entry in the codebook.
type ColumnDoc struct {
	Table, Name string
	Type        string // string, integer, number, boolean, date, datetime, list, dates, object, objects
	Meaning     string
}

// codebookTypes are the types a codebook entry may have.
var codebookTypes = map[string]bool{"string": true, "integer": true, "number": true, "boolean": true, "date": true,
	"datetime": true, "list": true, "dates": true, "object": true, "objects": true}

// Codebook returns the entries of a table's columns, in column order.
func Codebook(table string) ([]ColumnDoc, error) {
	all, err := parseCodebook(codebookTSV)
	if err != nil {
		return nil, err
	}
	var out []ColumnDoc
	for _, c := range Columns(table) {
		d, ok := all[table+"\t"+c.Name]
		if !ok {
			return nil, fmt.Errorf("store: codebook has no entry for %s.%s", table, c.Name)
		}
		out = append(out, d)
	}
	return out, nil
}

func parseCodebook(tsv string) (map[string]ColumnDoc, error) {
	out := map[string]ColumnDoc{}
	for n, line := range strings.Split(tsv, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || !codebookTypes[f[2]] {
			return nil, fmt.Errorf("store: codebook.tsv line %d: want table, column, a known type and meaning: %q", n+1, line)
		}
		out[f[0]+"\t"+f[1]] = ColumnDoc{Table: f[0], Name: f[1], Type: f[2], Meaning: f[3]}
	}
	return out, nil
}

// frictionless maps a codebook type to the Frictionless Table Schema type
// of the CSV or JSONL column.
func frictionless(t string) string {
	switch t {
	case "list", "dates", "objects":
		return "array"
	}
	return t
}

// ColumnTable is a table's README section: a Markdown table of its columns.
func ColumnTable(table string) (string, error) {
	docs, err := Codebook(table)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("| column | type | meaning |\n|---|---|---|\n")
	for _, d := range docs {
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", d.Name, d.Type, strings.ReplaceAll(d.Meaning, "|", `\|`))
	}
	return b.String(), nil
}
