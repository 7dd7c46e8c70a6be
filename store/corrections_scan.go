package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
)

// CorrectionsInForceQuery yields the correction in force for each corrected
// (page, record, field) from the active_corrections view every backend
// defines, in the columns ScanCorrections reads (no placeholders: the same
// text runs on SQLite and PostgreSQL).
const CorrectionsInForceQuery = `SELECT c.id, c.document_id, c.doc_key, coalesce(d.title, ''), c.record_index, c.field,
	c.old_value, c.new_value, c.note, c.who, c.created_at, '', '', 1
	FROM active_corrections c JOIN documents d ON d.id = c.document_id ORDER BY c.id`

// ScanCorrections reads rows of id, document_id, doc_key, title,
// record_index, field, old_value, new_value, note, who, created_at,
// undone_at, undone_by and whether in force. It closes rows.
func ScanCorrections(rows *sql.Rows) ([]Correction, error) {
	defer rows.Close()
	var out []Correction
	for rows.Next() {
		var c Correction
		var old, nw string
		var active int
		if err := rows.Scan(&c.ID, &c.DocumentID, &c.DocKey, &c.Title, &c.RecordIndex, &c.Field, &old, &nw, &c.Note,
			&c.Who, &c.CreatedAt, &c.UndoneAt, &c.UndoneBy, &active); err != nil {
			return nil, fmt.Errorf("store: corrections: %w", err)
		}
		c.Old, c.New, c.Active = json.RawMessage(old), json.RawMessage(nw), active != 0
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: corrections: %w", err)
	}
	return out, nil
}
