package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Correction is a researcher's correction of one fact of one record (or of
// a page's on_topic, with RecordIndex -1). Old and New are JSON values.
type Correction struct {
	ID          int64
	DocumentID  int64
	DocKey      string
	Title       string // the page's title, when listed
	RecordIndex int
	Field       string
	Old, New    json.RawMessage
	Note, Who   string
	CreatedAt   string
	UndoneAt    string // "" while in force or superseded
	UndoneBy    string
	Active      bool // the correction in force for its field (newest not undone)
}

// PageField is the one page-level field a correction can set.
const PageField = "on_topic"

// correctable are the record fields a correction can set, with their kinds,
// in the order forms show them.
var correctable = []Column{
	{"campaign", kText}, {"year", kInt}, {"level", kText}, {"province", kText}, {"province_code", kText},
	{"city", kText}, {"city_code", kText}, {"county", kText}, {"county_code", kText}, {"event_dates", kJSON},
	{"department_count", kInt}, {"activity_count", kInt}, {"activities", kJSON}, {"theme", kText},
}

// CorrectableFields returns the record fields a correction can set, in form order.
func CorrectableFields() []string {
	out := make([]string, len(correctable))
	for i, c := range correctable {
		out[i] = c.Name
	}
	return out
}

func fieldKind(field string) (kind, bool) {
	if field == PageField {
		return kBool, true
	}
	for _, c := range correctable {
		if c.Name == field {
			return c.kind, true
		}
	}
	return 0, false
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// ParseValue reads a value typed into a form for field: text as is (empty
// is null), integers in decimal (empty is null), lists one item per line
// (event dates as YYYY-MM-DD), on_topic as true or false.
func ParseValue(field, input string) (json.RawMessage, error) {
	k, ok := fieldKind(field)
	if !ok {
		return nil, fmt.Errorf("store: no correctable field %q", field)
	}
	input = strings.TrimSpace(strings.ToValidUTF8(input, "\uFFFD"))
	var v any
	switch k {
	case kText:
		if input != "" {
			v = input
		}
	case kInt:
		if input != "" {
			n, err := strconv.Atoi(input)
			if err != nil || n < 0 {
				return nil, fmt.Errorf("store: %s: %q is not a whole number", field, input)
			}
			v = n
		}
	case kBool:
		b, err := strconv.ParseBool(input)
		if err != nil {
			return nil, fmt.Errorf("store: %s: %q is not true or false", field, input)
		}
		v = b
	case kJSON:
		items := []string{}
		for _, line := range strings.Split(input, "\n") {
			if line = strings.TrimSpace(line); line == "" {
				continue
			}
			if field == "event_dates" && !isoDate.MatchString(line) {
				return nil, fmt.Errorf("store: event_dates: %q is not YYYY-MM-DD", line)
			}
			items = append(items, line)
		}
		if field == "event_dates" {
			sort.Strings(items)
		}
		v = items
	}
	b, _ := json.Marshal(v)
	return b, nil
}

// FormatValue writes a stored JSON value the way ParseValue reads it.
func FormatValue(raw json.RawMessage) string {
	var v any
	if len(raw) == 0 || json.Unmarshal(raw, &v) != nil || v == nil {
		return ""
	}
	switch v := v.(type) {
	case string:
		return v
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = fmt.Sprint(x)
		}
		return strings.Join(parts, "\n")
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	default:
		return fmt.Sprint(v)
	}
}

// Correct stores a correction (DocumentID, RecordIndex, Field, Old, New,
// Note, Who) and returns its id. The page must exist and, for a record
// field, so must the record.
func (db *DB) Correct(ctx context.Context, c Correction) (int64, error) {
	if _, ok := fieldKind(c.Field); !ok {
		return 0, fmt.Errorf("store: no correctable field %q", c.Field)
	}
	if (c.Field == PageField) != (c.RecordIndex == -1) {
		return 0, fmt.Errorf("store: %s belongs to %s", c.Field, map[bool]string{true: "the page (record -1)", false: "a record"}[c.Field == PageField])
	}
	if strings.TrimSpace(c.Who) == "" {
		return 0, errors.New("store: a correction needs who made it")
	}
	if !json.Valid(c.New) || (len(c.Old) > 0 && !json.Valid(c.Old)) {
		return 0, errors.New("store: correction values must be JSON")
	}
	if len(c.Old) == 0 {
		c.Old = json.RawMessage("null")
	}
	var id int64
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		var key string
		if err := tx.QueryRowContext(ctx, `SELECT doc_key FROM documents WHERE id = ?`, c.DocumentID).Scan(&key); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("document %d: %w", c.DocumentID, ErrNotFound)
			}
			return err
		}
		if c.RecordIndex >= 0 {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM records WHERE document_id = ? AND record_index = ?`,
				c.DocumentID, c.RecordIndex).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				return fmt.Errorf("record %d of document %d: %w", c.RecordIndex, c.DocumentID, ErrNotFound)
			}
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO corrections (document_id, doc_key, record_index, field, old_value,
			new_value, note, who, created_at) VALUES (?,?,?,?,?,?,?,?,?)`, c.DocumentID, key, c.RecordIndex, c.Field,
			string(c.Old), string(c.New), c.Note, c.Who, db.now())
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: correct: %w", err)
	}
	return id, nil
}

// Undo withdraws a correction; the one it superseded, if any, is in force again.
func (db *DB) Undo(ctx context.Context, id int64, who string) error {
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE corrections SET undone_at = ?, undone_by = ? WHERE id = ? AND undone_at IS NULL`,
			db.now(), who, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("correction %d (or not in force): %w", id, ErrNotFound)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: undo: %w", err)
	}
	return nil
}

// Corrections lists corrections, newest first: of one document when
// documentID is not 0, withdrawn ones too when withUndone.
func (db *DB) Corrections(ctx context.Context, documentID int64, withUndone bool) ([]Correction, error) {
	q := `SELECT c.id, c.document_id, c.doc_key, coalesce(d.title, ''), c.record_index, c.field, c.old_value,
		c.new_value, c.note, c.who, c.created_at, coalesce(c.undone_at, ''), coalesce(c.undone_by, ''),
		c.id IN (SELECT id FROM active_corrections)
		FROM corrections c JOIN documents d ON d.id = c.document_id WHERE (? = 0 OR c.document_id = ?)`
	if !withUndone {
		q += ` AND c.undone_at IS NULL`
	}
	rows, err := db.sql.QueryContext(ctx, q+` ORDER BY c.id DESC`, documentID, documentID)
	if err != nil {
		return nil, fmt.Errorf("store: corrections: %w", err)
	}
	defer rows.Close()
	var out []Correction
	for rows.Next() {
		var c Correction
		var old, nw string
		if err := rows.Scan(&c.ID, &c.DocumentID, &c.DocKey, &c.Title, &c.RecordIndex, &c.Field, &old, &nw, &c.Note,
			&c.Who, &c.CreatedAt, &c.UndoneAt, &c.UndoneBy, &c.Active); err != nil {
			return nil, fmt.Errorf("store: corrections: %w", err)
		}
		c.Old, c.New = json.RawMessage(old), json.RawMessage(nw)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: corrections: %w", err)
	}
	return out, nil
}
