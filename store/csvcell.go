package store

import "strings"

// formulaStarts are the first characters that make a spreadsheet treat a
// cell as a formula (OWASP "CSV injection").
const formulaStarts = "=+-@\t\r"

// SafeCell neutralises a text cell against formula injection the OWASP way:
// a cell beginning with = + - @ tab or CR gets a leading single quote. A cell
// that already begins with a single quote gets one too, so that UnsafeCell
// recovers every value exactly.
func SafeCell(s string) string {
	if s != "" && (strings.IndexByte(formulaStarts, s[0]) >= 0 || s[0] == '\'') {
		return "'" + s
	}
	return s
}

// UnsafeCell undoes SafeCell.
func UnsafeCell(s string) string {
	if len(s) >= 2 && s[0] == '\'' && (strings.IndexByte(formulaStarts, s[1]) >= 0 || s[1] == '\'') {
		return s[1:]
	}
	return s
}

// csvWriter writes RFC 4180 records keeping every cell byte-exact: a cell
// holding a comma, a double quote, CR or LF is quoted (quotes doubled) and
// written as it is, so a newline inside a cell stays LF and a lone CR stays.
// CRLF ends each record, and nothing else is CRLF. (encoding/csv with
// UseCRLF turns LF inside a cell into CRLF and drops a lone CR.)
type csvWriter struct {
	w interface {
		WriteString(string) (int, error)
		WriteByte(byte) error
	}
	err error
}

// Write writes one record.
func (c *csvWriter) Write(rec []string) error {
	for i, cell := range rec {
		if i > 0 {
			c.writeByte(',')
		}
		if !strings.ContainsAny(cell, ",\"\r\n") && !(cell != "" && (cell[0] == ' ' || cell[0] == '\t')) {
			c.writeString(cell)
			continue
		}
		c.writeByte('"')
		for {
			j := strings.IndexByte(cell, '"')
			if j < 0 {
				break
			}
			c.writeString(cell[:j+1])
			c.writeByte('"')
			cell = cell[j+1:]
		}
		c.writeString(cell)
		c.writeByte('"')
	}
	c.writeString("\r\n")
	return c.err
}

func (c *csvWriter) writeString(s string) {
	if c.err == nil {
		_, c.err = c.w.WriteString(s)
	}
}

func (c *csvWriter) writeByte(b byte) {
	if c.err == nil {
		c.err = c.w.WriteByte(b)
	}
}
