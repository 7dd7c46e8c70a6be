package store

import (
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"time"

	"github.com/parquet-go/parquet-go"
)

// Parquet export: one file per table with real types, so pandas, polars, R
// arrow and DuckDB read it without parsing JSON cells: integers as INT64,
// booleans as BOOLEAN, dates as DATE, lists of names as LIST<STRING>, lists
// of dates as LIST<DATE>, objects and lists of objects as JSON text (the
// JSON logical type). Null is null; a list is never null (empty instead).

// parquetGroupRows is how many rows go in one row group.
const parquetGroupRows = 16384

// parquetField builds the Go field a codebook type is written from.
func parquetField(i int, d ColumnDoc) reflect.StructField {
	f := reflect.StructField{Name: fmt.Sprintf("F%d", i)}
	switch d.Type {
	case "integer":
		f.Type, f.Tag = reflect.TypeFor[*int64](), reflect.StructTag(fmt.Sprintf(`parquet:"%s,optional"`, d.Name))
	case "number":
		f.Type, f.Tag = reflect.TypeFor[*float64](), reflect.StructTag(fmt.Sprintf(`parquet:"%s,optional"`, d.Name))
	case "boolean":
		f.Type, f.Tag = reflect.TypeFor[*bool](), reflect.StructTag(fmt.Sprintf(`parquet:"%s,optional"`, d.Name))
	case "date":
		f.Type, f.Tag = reflect.TypeFor[*int32](), reflect.StructTag(fmt.Sprintf(`parquet:"%s,optional,date"`, d.Name))
	case "list":
		f.Type, f.Tag = reflect.TypeFor[[]string](), reflect.StructTag(fmt.Sprintf(`parquet:"%s,list"`, d.Name))
	case "dates":
		f.Type, f.Tag = reflect.TypeFor[[]int32](), reflect.StructTag(fmt.Sprintf(`parquet:"%s,list" parquet-element:",date"`, d.Name))
	case "object", "objects":
		f.Type, f.Tag = reflect.TypeFor[*string](), reflect.StructTag(fmt.Sprintf(`parquet:"%s,optional,json"`, d.Name))
	default: // string, datetime
		f.Type, f.Tag = reflect.TypeFor[*string](), reflect.StructTag(fmt.Sprintf(`parquet:"%s,optional"`, d.Name))
	}
	return f
}

func exportParquet(w io.Writer, table string, cols []Column, rows func(func([]Value) error) error, n *int) error {
	all, err := Codebook(table)
	if err != nil {
		return err
	}
	docs := make([]ColumnDoc, len(cols))
	fields := make([]reflect.StructField, len(cols))
	for i, c := range cols {
		docs[i] = all[columnIndex(Columns(table), c.Name)]
		fields[i] = parquetField(i, docs[i])
	}
	typ := reflect.StructOf(fields)
	pw := parquet.NewWriter(w, parquet.SchemaOf(reflect.New(typ).Interface()), parquet.Compression(&parquet.Zstd))
	row := reflect.New(typ)
	err = rows(func(vals []Value) error {
		row.Elem().SetZero()
		for i, v := range vals {
			if err := setParquet(row.Elem().Field(i), docs[i].Type, v); err != nil {
				return fmt.Errorf("store: parquet %s: %w", docs[i].Name, err)
			}
		}
		if err := pw.Write(row.Interface()); err != nil {
			return fmt.Errorf("store: parquet: %w", err)
		}
		*n++
		if *n%parquetGroupRows == 0 {
			return pw.Flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := pw.Close(); err != nil {
		return fmt.Errorf("store: parquet: %w", err)
	}
	return nil
}

// setParquet stores one cell in its field.
func setParquet(f reflect.Value, typ string, v Value) error {
	switch typ {
	case "list":
		s := []string{}
		if raw, ok := v.(json.RawMessage); ok {
			if err := json.Unmarshal(raw, &s); err != nil {
				return err
			}
		}
		f.Set(reflect.ValueOf(s))
		return nil
	case "dates":
		var s []string
		if raw, ok := v.(json.RawMessage); ok {
			if err := json.Unmarshal(raw, &s); err != nil {
				return err
			}
		}
		days := make([]int32, 0, len(s))
		for _, d := range s {
			n, err := epochDay(d)
			if err != nil {
				return err
			}
			days = append(days, n)
		}
		f.Set(reflect.ValueOf(days))
		return nil
	}
	if v == nil {
		return nil
	}
	switch x := v.(type) {
	case int64:
		f.Set(reflect.ValueOf(&x))
	case float64:
		f.Set(reflect.ValueOf(&x))
	case bool:
		f.Set(reflect.ValueOf(&x))
	case json.RawMessage:
		s := string(x)
		f.Set(reflect.ValueOf(&s))
	case string:
		if typ == "date" {
			n, err := epochDay(x)
			if err != nil {
				return err
			}
			f.Set(reflect.ValueOf(&n))
			return nil
		}
		f.Set(reflect.ValueOf(&x))
	default:
		return fmt.Errorf("cell of type %T", v)
	}
	return nil
}

// epochDay is a YYYY-MM-DD day as days since 1970-01-01 (the DATE type).
func epochDay(s string) (int32, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, err
	}
	return int32(t.Unix() / 86400), nil
}
