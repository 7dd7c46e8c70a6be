package store

import (
	"errors"
	"fmt"
	"strings"
)

// ReadCSV reads what Export writes as CSV, byte-exact: RFC 4180 records,
// CRLF (or LF) ending a record outside quotes, every byte inside quotes the
// cell's (encoding/csv would turn a CRLF inside a cell into LF). Cells are
// returned as written (formula-neutralised cells keep their quote: see
// UnsafeCell).
func ReadCSV(b []byte) ([][]string, error) {
	var recs [][]string
	var rec []string
	var cell strings.Builder
	quoted, inQuotes, fresh := false, false, true
	end := func() { rec = append(rec, cell.String()); cell.Reset(); quoted, fresh = false, true }
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case inQuotes && c == '"' && i+1 < len(b) && b[i+1] == '"':
			cell.WriteByte('"')
			i++
		case inQuotes && c == '"':
			inQuotes = false
		case inQuotes:
			cell.WriteByte(c)
		case c == '"' && fresh:
			inQuotes, quoted, fresh = true, true, false
		case c == ',':
			end()
		case c == '\r' && i+1 < len(b) && b[i+1] == '\n', c == '\n':
			if c == '\r' {
				i++
			}
			end()
			recs, rec = append(recs, rec), nil
		case quoted:
			return nil, fmt.Errorf("store: csv: byte %q after a closing quote at %d", c, i)
		default:
			cell.WriteByte(c)
			fresh = false
		}
	}
	if inQuotes {
		return nil, errors.New("store: csv: quote not closed")
	}
	if rec != nil || cell.Len() > 0 {
		end()
		recs = append(recs, rec)
	}
	return recs, nil
}
