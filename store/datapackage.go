package store

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
)

// PackageInfo is what a codebook says about one export besides its columns.
type PackageInfo struct {
	Opts ExportOptions
	Path string // the exported file, as the datapackage refers to it (relative to the datapackage)
	Rows int
	// Provenance: the ccorpus version and commit, the database, the export
	// time (RFC 3339) and the database's counts at that time.
	Version, Commit, Database, Exported string
	Counts                              map[string]int
}

// DataPackage returns a Frictionless Data Package (datapackage.json) that
// describes one export: its file, dialect and columns (name, type, meaning,
// from the same codebook as the README) and where it came from.
func DataPackage(p PackageInfo) ([]byte, error) {
	sel, err := selectColumns(p.Opts)
	if err != nil {
		return nil, err
	}
	docs, err := Codebook(p.Opts.Table)
	if err != nil {
		return nil, err
	}
	type field struct {
		Name        string `json:"name"`
		Type        string `json:"type"`
		Format      string `json:"format,omitempty"`
		Description string `json:"description"`
	}
	fields := make([]field, len(sel.cols))
	for i, at := range sel.pick {
		d := docs[at]
		f := field{Name: d.Name, Type: frictionless(d.Type), Description: plain(d.Meaning)}
		if d.Type == "dates" {
			f.Description += " (a JSON list of YYYY-MM-DD dates)"
		}
		fields[i] = f
	}
	res := map[string]any{
		"name":    p.Opts.Table,
		"path":    filepath.ToSlash(p.Path),
		"profile": "tabular-data-resource",
		"schema":  map[string]any{"fields": fields, "missingValues": []string{""}},
	}
	switch p.Opts.Format {
	case "csv":
		res["format"], res["mediatype"], res["encoding"] = "csv", "text/csv", "utf-8"
		if p.Opts.BOM {
			res["encoding"] = "utf-8-sig"
		}
		res["dialect"] = map[string]any{"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\"",
			"doubleQuote": true, "header": true}
	case "jsonl":
		res["format"], res["mediatype"], res["encoding"] = "jsonl", "application/jsonl", "utf-8"
	case "parquet":
		res["format"], res["mediatype"] = "parquet", "application/vnd.apache.parquet"
	}
	pkg := map[string]any{
		"profile":   "tabular-data-package",
		"name":      "ccorpus-" + p.Opts.Table,
		"title":     "ccorpus export: " + p.Opts.Table,
		"created":   p.Exported,
		"resources": []any{res},
		"provenance": map[string]any{
			"software": "ccorpus", "version": p.Version, "commit": p.Commit,
			"database": p.Database, "exported_at": p.Exported, "table": p.Opts.Table, "format": p.Opts.Format,
			"filters": p.Opts.Filter.Describe(), "columns": p.Opts.Columns, "rows": p.Rows, "database_counts": p.Counts,
		},
	}
	b, err := json.MarshalIndent(pkg, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("store: datapackage: %w", err)
	}
	return append(b, '\n'), nil
}

// plain strips the README's Markdown code marks from a meaning.
func plain(s string) string { return strings.ReplaceAll(s, "`", "") }
