package store

import (
	"context"
	"fmt"
	"strings"
)

// selection is what an export writes: the chosen columns of a table and the
// rows the filter keeps.
type selection struct {
	table string
	cols  []Column // the columns written, in order
	pick  []int    // their positions among the table's columns
	keep  func([]Value) bool
}

// selectColumns resolves an export's table, columns and filter.
func selectColumns(opts ExportOptions) (selection, error) {
	all := Columns(opts.Table)
	if all == nil {
		return selection{}, fmt.Errorf("store: unknown table %q; tables: %s", opts.Table, strings.Join(Tables(), ", "))
	}
	s := selection{table: opts.Table}
	if len(opts.Columns) == 0 {
		s.cols = all
		for i := range all {
			s.pick = append(s.pick, i)
		}
	}
	for _, name := range opts.Columns {
		i := columnIndex(all, name)
		if i < 0 {
			names := make([]string, len(all))
			for j, c := range all {
				names[j] = c.Name
			}
			return selection{}, fmt.Errorf("store: table %s has no column %q; columns: %s", opts.Table, name, strings.Join(names, ", "))
		}
		s.cols = append(s.cols, all[i])
		s.pick = append(s.pick, i)
	}
	if d, derived := derivedTables[opts.Table]; derived && d.aggregate {
		s.keep = func([]Value) bool { return true } // the filter selects the records aggregated
		return s, nil
	}
	keep, err := opts.Filter.compile(opts.Table, all)
	if err != nil {
		return selection{}, err
	}
	s.keep = keep
	return s, nil
}

func columnIndex(cols []Column, name string) int {
	for i, c := range cols {
		if c.Name == name {
			return i
		}
	}
	return -1
}

// eachSelected calls fn with the chosen values of every row the filter keeps.
func eachSelected(ctx context.Context, db Rows, s selection, f Filter, fn func([]Value) error) error {
	out := make([]Value, len(s.pick))
	visit := func(r []Value) error {
		if !s.keep(r) {
			return nil
		}
		for i, p := range s.pick {
			out[i] = r[p]
		}
		return fn(out)
	}
	if d, ok := derivedTables[s.table]; ok {
		return d.rows(ctx, db, f, visit)
	}
	return db.EachRow(ctx, s.table, visit)
}
