package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
)

// kind is how a column's value is typed on output.
type kind int

const (
	kText kind = iota // a string or null
	kInt              // an integer or null
	kBool             // stored as 0/1, written true/false
	kJSON             // a JSON list or object, stored as JSON text
)

// Column is one column of an exported table.
type Column struct {
	Name string
	kind kind
}

// table is an exportable view of the store: its columns and the query that
// yields them in that order.
type table struct {
	columns []Column
	query   string
}

var recordColumns = []Column{
	{"doc_key", kText}, {"url", kText}, {"source", kText}, {"title", kText}, {"published", kText}, {"origin", kText},
	{"record_index", kInt}, {"campaign", kText}, {"year", kInt}, {"level", kText},
	{"province", kText}, {"province_code", kText}, {"city", kText}, {"city_code", kText},
	{"county", kText}, {"county_code", kText}, {"event_dates", kJSON}, {"department_count", kInt},
	{"activity_count", kInt}, {"activities", kJSON}, {"theme", kText}, {"evidence", kJSON},
	{"region_code", kText}, {"story_id", kInt}, {"canonical", kBool}, {"departments", kJSON}, {"events", kJSON},
	{"corrected", kJSON},
}

var activityColumns = []Column{
	{"doc_key", kText}, {"url", kText}, {"published", kText}, {"record_index", kInt}, {"activity_index", kInt},
	{"activity", kText}, {"campaign", kText}, {"year", kInt}, {"level", kText},
	{"province", kText}, {"province_code", kText}, {"city", kText}, {"city_code", kText},
	{"county", kText}, {"county_code", kText}, {"region_code", kText}, {"story_id", kInt}, {"corrected", kJSON},
}

var documentColumns = []Column{
	{"doc_key", kText}, {"source", kText}, {"url", kText}, {"title", kText}, {"published", kText},
	{"site", kText}, {"origin", kText}, {"author", kText}, {"editor", kText}, {"charset", kText},
	{"kind", kText}, {"script", kText}, {"on_topic", kBool}, {"is_index", kBool}, {"campaign", kText},
	{"year", kInt}, {"record_count", kInt}, {"spam_removed", kJSON}, {"clean_counts", kJSON},
	{"raw_size", kInt}, {"raw_hash", kText}, {"text_hash", kText}, {"previous_hashes", kJSON},
	{"fetched_at", kText}, {"first_seen", kText}, {"updated_at", kText}, {"processed_at", kText}, {"reason", kText},
	{"text", kText},
	{"level", kText}, {"province", kText}, {"province_code", kText}, {"region_code", kText}, {"story_id", kInt},
	{"canonical", kBool}, {"corrected", kJSON},
}

var fetchColumns = []Column{
	{"run_id", kInt}, {"time", kText}, {"url", kText}, {"via", kText}, {"kind", kText},
	{"status", kInt}, {"size", kInt}, {"content_type", kText}, {"duration_ms", kInt}, {"hash", kText},
	{"tries", kInt}, {"warc_file", kText}, {"warc_offset", kInt}, {"outcome", kText}, {"reason", kText},
}

// tables are the exportable tables (`ccorpus export --table NAME`).
var tables = map[string]table{
	"records": {recordColumns, `SELECT d.doc_key, d.url, d.source, d.title, d.published, d.origin,
		r.record_index, r.campaign, r.year, r.level, r.province, r.province_code, r.city, r.city_code,
		r.county, r.county_code, r.event_dates, r.department_count, r.activity_count, r.activities, r.theme, r.evidence,
		` + regionCodeSQL + `, s.story_id, s.canonical, r.departments, r.events, '[]'
		FROM records r JOIN documents d ON d.id = r.document_id LEFT JOIN story_signatures s ON s.document_id = d.id
		ORDER BY d.id, r.record_index`},
	"activities": {activityColumns, `SELECT d.doc_key, d.url, d.published, r.record_index, a.activity_index,
		a.name, r.campaign, r.year, r.level, r.province, r.province_code, r.city, r.city_code, r.county, r.county_code,
		` + regionCodeSQL + `, s.story_id, '[]'
		FROM activities a JOIN records r ON r.id = a.record_id JOIN documents d ON d.id = r.document_id
		LEFT JOIN story_signatures s ON s.document_id = d.id
		ORDER BY d.id, r.record_index, a.activity_index`},
	"documents": {documentColumns, `SELECT doc_key, source, url, title, published, site, origin, author, editor,
		charset, kind, script, on_topic, is_index, json_extract(facts, '$.campaign'), json_extract(facts, '$.year'),
		(SELECT count(*) FROM records r WHERE r.document_id = d.id), spam_removed, clean_counts, raw_size,
		raw_hash, text_hash, previous_hashes, fetched_at, first_seen, updated_at, processed_at, reason, text,
		json_extract(facts, '$.level'), json_extract(facts, '$.province'), json_extract(facts, '$.province_code'),
		coalesce(json_extract(facts, '$.county_code'), json_extract(facts, '$.city_code'), json_extract(facts, '$.province_code')),
		s.story_id, s.canonical, '[]'
		FROM documents d LEFT JOIN story_signatures s ON s.document_id = d.id ORDER BY d.id`},
	// The crawl's fetch log.
	"fetches": {fetchColumns, `SELECT run_id, time, url, via, kind, status, size, content_type, duration_ms, hash, tries,
		warc_file, warc_offset, outcome, reason FROM crawl_fetches ORDER BY id`},
}

// regionCodeSQL is a record's region_code: the code of its most specific unit.
const regionCodeSQL = `coalesce(r.county_code, r.city_code, r.province_code)`

// Tables returns the names of the exportable tables.
func Tables() []string {
	names := make([]string, 0, len(tables)+len(derivedTables))
	for n := range tables {
		names = append(names, n)
	}
	for n := range derivedTables {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Columns returns the columns of an exportable table, nil for an unknown name.
func Columns(name string) []Column {
	if d, ok := derivedTables[name]; ok {
		return d.columns
	}
	return tables[name].columns
}

// Value is one cell: nil, string, int64, float64 (the panel's medians), bool,
// or json.RawMessage.
type Value = any

// Table returns the columns of an exportable table and the query that yields
// them in that order, in SQLite's dialect (a backend may translate it).
func Table(name string) (cols []Column, query string, ok bool) {
	t, ok := tables[name]
	return t.columns, t.query, ok
}

// ScanRows reads the rows of a table's query and calls fn with each row's
// typed values (the slice is reused between calls). It closes rows.
func ScanRows(rows *sql.Rows, name string, cols []Column, fn func([]Value) error) error {
	defer rows.Close()
	dest := make([]any, len(cols))
	strs := make([]sql.NullString, len(cols))
	ints := make([]sql.NullInt64, len(cols))
	for i, c := range cols {
		if c.kind == kInt || c.kind == kBool {
			dest[i] = &ints[i]
		} else {
			dest[i] = &strs[i]
		}
	}
	vals := make([]Value, len(cols))
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("store: export %s: %w", name, err)
		}
		for i, c := range cols {
			vals[i] = nil
			switch {
			case c.kind == kInt && ints[i].Valid:
				vals[i] = ints[i].Int64
			case c.kind == kBool && ints[i].Valid:
				vals[i] = ints[i].Int64 != 0
			case c.kind == kText && strs[i].Valid:
				vals[i] = strs[i].String
			case c.kind == kJSON && strs[i].Valid:
				vals[i] = json.RawMessage(strs[i].String)
			}
		}
		if err := fn(vals); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: export %s: %w", name, err)
	}
	return nil
}
