package postgres

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/ccorpus/ccorpus/store"
)

// Aggregates over the corrected records for the overview charts, as
// store/sqlite computes them; each takes the same ViewFilter as the record
// list, so that a chart's cell links to the records it counts.

// CampaignYears counts records by campaign and year.
func (db *DB) CampaignYears(ctx context.Context, f store.ViewFilter) ([]store.CampaignYear, error) {
	w := recordWhere(store.RecordQuery{ViewFilter: f})
	rows, err := db.sql.QueryContext(ctx, `SELECT coalesce(r.campaign, '') COLLATE "C", coalesce(r.year, 0), count(*)
		FROM corrected_records r JOIN corrected_documents d ON d.id = r.document_id `+w.sql()+`
		GROUP BY 1, 2 ORDER BY 1, 2`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("store: overview: %w", err)
	}
	defer rows.Close()
	var out []store.CampaignYear
	for rows.Next() {
		var c store.CampaignYear
		if err := rows.Scan(&c.Campaign, &c.Year, &c.N); err != nil {
			return nil, fmt.Errorf("store: overview: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Provinces summarises the records of each province.
func (db *DB) Provinces(ctx context.Context, f store.ViewFilter) ([]store.ProvinceStat, error) {
	w := recordWhere(store.RecordQuery{ViewFilter: f})
	rows, err := db.sql.QueryContext(ctx, `SELECT r.province, r.department_count
		FROM corrected_records r JOIN corrected_documents d ON d.id = r.document_id `+w.sql(), w.args...)
	if err != nil {
		return nil, fmt.Errorf("store: overview: %w", err)
	}
	defer rows.Close()
	var tally store.ProvinceTally
	for rows.Next() {
		var (
			prov sql.NullString
			d    sql.NullInt64
		)
		if err := rows.Scan(&prov, &d); err != nil {
			return nil, fmt.Errorf("store: overview: %w", err)
		}
		if !prov.Valid {
			continue
		}
		var dept *int64
		if d.Valid {
			dept = &d.Int64
		}
		tally.Add(prov.String, dept)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: overview: %w", err)
	}
	return tally.Stats(), nil
}

// EventWeeks counts the event dates of the matching records by week (the
// Monday it starts); a value that is not a YYYY-MM-DD date is not counted.
func (db *DB) EventWeeks(ctx context.Context, f store.ViewFilter) ([]store.WeekCount, error) {
	w := recordWhere(store.RecordQuery{ViewFilter: f})
	rows, err := db.sql.QueryContext(ctx, `SELECT to_char(date_trunc('week', e.v::date), 'YYYY-MM-DD') COLLATE "C" AS wk,
		count(*) FROM corrected_records r JOIN corrected_documents d ON d.id = r.document_id,
		LATERAL (SELECT v FROM jsonb_array_elements_text(r.event_dates::jsonb) v
			WHERE v ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') e
		`+w.sql()+` GROUP BY wk ORDER BY wk`, w.args...)
	if err != nil {
		return nil, fmt.Errorf("store: overview: %w", err)
	}
	defer rows.Close()
	var out []store.WeekCount
	for rows.Next() {
		var c store.WeekCount
		if err := rows.Scan(&c.Week, &c.N); err != nil {
			return nil, fmt.Errorf("store: overview: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Sites lists the sites of the stored pages, for filter menus.
func (db *DB) Sites(ctx context.Context) ([]string, error) {
	return db.strings(ctx, `SELECT DISTINCT site COLLATE "C" FROM documents WHERE site IS NOT NULL AND site <> '' ORDER BY 1`)
}

// Campaigns lists the campaigns of the stored records, for filter menus.
func (db *DB) Campaigns(ctx context.Context) ([]string, error) {
	return db.strings(ctx, `SELECT DISTINCT campaign COLLATE "C" FROM corrected_records WHERE campaign IS NOT NULL ORDER BY 1`)
}

// Levels lists the levels of the stored records, for filter menus.
func (db *DB) Levels(ctx context.Context) ([]string, error) {
	return db.strings(ctx, `SELECT DISTINCT level COLLATE "C" FROM records WHERE level IS NOT NULL ORDER BY 1`)
}

func (db *DB) strings(ctx context.Context, q string) ([]string, error) {
	rows, err := db.sql.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("store: list: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("store: list: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
