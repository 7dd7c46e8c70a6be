package store

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
)

// ExportOptions configure an export.
type ExportOptions struct {
	Table   string   // one of Tables()
	Format  string   // csv, jsonl or parquet
	BOM     bool     // start CSV with a UTF-8 byte-order mark (for Excel)
	Filter  Filter   // the rows to write (all when zero)
	Columns []string // the columns to write, in this order (all when empty)
}

// Rows is a store that yields the rows of its exportable tables and the
// corrections in force, which Export applies to them (the same code for
// every backend, so that corrected exports agree byte for byte).
type Rows interface {
	// EachRow calls fn with each row of the table, typed as its Columns say,
	// as extracted (its "corrected" column is the empty list).
	EachRow(ctx context.Context, table string, fn func([]Value) error) error
	// CorrectionsInForce returns, for each corrected (page, record, field),
	// the newest correction not undone (DocKey, RecordIndex, Field and New
	// are what Export needs).
	CorrectionsInForce(ctx context.Context) ([]Correction, error)
}

// Export writes a table of db to w and returns the number of rows written.
//
// CSV follows RFC 4180 (CRLF between records, a header row, quotes where
// needed), UTF-8, every cell byte-exact (a newline inside a cell stays as
// stored); lists and objects are JSON text in their cell; null is an empty cell;
// a text cell that a spreadsheet would run as a formula is neutralised (see
// SafeCell). JSON Lines writes one object per row with typed values.
//
// The corrections in force are applied to every row: corrected values
// replace extracted ones, the "corrected" column lists the corrected fields,
// and the records and activities of a page marked off topic are left out;
// the derived tables (panel, departments, events) are built from the
// corrected records.
func Export(ctx context.Context, db Rows, w io.Writer, opts ExportOptions) (int, error) {
	sel, err := selectColumns(opts)
	if err != nil {
		return 0, err
	}
	list, err := db.CorrectionsInForce(ctx)
	if err != nil {
		return 0, err
	}
	db = correctedRows{db, newCorrector(list)}
	cols := sel.cols
	bw := bufio.NewWriterSize(w, 64<<10)
	n := 0
	rows := func(fn func([]Value) error) error { return eachSelected(ctx, db, sel, opts.Filter, fn) }
	switch opts.Format {
	case "csv":
		err = exportCSV(bw, opts, cols, rows, &n)
	case "jsonl":
		err = exportJSONL(bw, cols, rows, &n)
	case "parquet":
		err = exportParquet(bw, opts.Table, cols, rows, &n)
	default:
		return 0, fmt.Errorf("store: unknown export format %q", opts.Format)
	}
	if err != nil {
		return n, err
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("store: export: %w", err)
	}
	return n, nil
}

func exportCSV(w *bufio.Writer, opts ExportOptions, cols []Column, rows func(func([]Value) error) error, n *int) error {
	if opts.BOM {
		w.WriteString("\uFEFF")
	}
	cw := &csvWriter{w: w}
	rec := make([]string, len(cols))
	for i, c := range cols {
		rec[i] = c.Name
	}
	if err := cw.Write(rec); err != nil {
		return fmt.Errorf("store: export: %w", err)
	}
	return rows(func(vals []Value) error {
		for i, v := range vals {
			rec[i] = csvCell(v)
		}
		*n++
		return cw.Write(rec)
	})
}

func csvCell(v Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return SafeCell(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case json.RawMessage:
		return SafeCell(string(v))
	default:
		panic(fmt.Sprintf("store: cell of type %T", v))
	}
}

func exportJSONL(w *bufio.Writer, cols []Column, rows func(func([]Value) error) error, n *int) error {
	obj := make([]byte, 0, 4096)
	return rows(func(vals []Value) error {
		obj = append(obj[:0], '{')
		for i, v := range vals {
			if i > 0 {
				obj = append(obj, ',')
			}
			obj = strconv.AppendQuote(obj, cols[i].Name)
			obj = append(obj, ':')
			b, err := json.Marshal(v)
			if err != nil {
				return fmt.Errorf("store: export %s: %w", cols[i].Name, err)
			}
			obj = append(obj, b...)
		}
		obj = append(obj, '}', '\n')
		*n++
		_, err := w.Write(obj)
		return err
	})
}

// correctedRows is a store whose rows have the corrections in force applied
// (rows the corrections leave out are not yielded).
type correctedRows struct {
	Rows
	fix *corrector
}

func (c correctedRows) EachRow(ctx context.Context, table string, fn func([]Value) error) error {
	cols := Columns(table)
	return c.Rows.EachRow(ctx, table, func(vals []Value) error {
		if !c.fix.apply(table, cols, vals) {
			return nil
		}
		return fn(vals)
	})
}
