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
