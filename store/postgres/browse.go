package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/ccorpus/ccorpus/store"
)

// The workbench's record list: records with corrections applied (the
// corrected_records view), filtered, sorted, paged, in the order and with
// the values of store/sqlite's.

const recordRowSelect = `SELECT d.id, d.doc_key, coalesce(d.title, ''), coalesce(d.published, ''), coalesce(d.site, ''),
	r.record_index, r.campaign, r.year, r.level, r.province, r.province_code, r.city, r.city_code, r.county,
	r.county_code, r.event_dates, r.department_count, r.activity_count, r.activities, r.theme, r.evidence, r.corrected
	FROM corrected_records r JOIN corrected_documents d ON d.id = r.document_id `

func recordWhere(q store.RecordQuery) where {
	var w where
	docConds(q.ViewFilter, &w)
	recordConds(q.ViewFilter, &w)
	if q.Corrected {
		w.add("r.corrected <> '[]'")
	}
	return w
}

// numericSort are the sort columns compared as numbers; the others are
// text, compared byte for byte as SQLite does.
var numericSort = map[string]bool{"year": true, "department_count": true, "activity_count": true}

// Records returns one page of the records matching q and how many match in all.
func (db *DB) Records(ctx context.Context, q store.RecordQuery) ([]store.RecordRow, int, error) {
	w := recordWhere(q)
	var total int
	if err := db.sql.QueryRowContext(ctx, `SELECT count(*) FROM corrected_records r
		JOIN corrected_documents d ON d.id = r.document_id `+w.sql(), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: records: %w", err)
	}
	order := "d.id, r.record_index"
	for _, c := range store.SortColumns {
		if c == q.Sort {
			alias := "r."
			if c == "published" || c == "title" || c == "site" {
				alias = "d."
			}
			col := alias + c
			if !numericSort[c] {
				col += ` COLLATE "C"`
			}
			dir := " ASC"
			if q.Desc {
				dir = " DESC"
			}
			order = col + dir + " NULLS LAST, " + order
		}
	}
	var limit any // NULL: no limit
	if q.Limit > 0 {
		limit = q.Limit
	}
	args := append(append([]any{}, w.args...), limit, q.Offset)
	rows, err := db.sql.QueryContext(ctx, recordRowSelect+w.sql()+" ORDER BY "+order+
		" LIMIT "+w.next(1)+"::bigint OFFSET "+w.next(2), args...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: records: %w", err)
	}
	defer rows.Close()
	var out []store.RecordRow
	for rows.Next() {
		r, err := scanRecordRow(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("store: records: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: records: %w", err)
	}
	return out, total, nil
}

func scanRecordRow(rows *sql.Rows) (store.RecordRow, error) {
	var (
		r                          store.RecordRow
		dates, acts, evidence, cor sql.NullString
		campaign, level, theme     sql.NullString
		prov, provC, city, cityC   sql.NullString
		county, countyC            sql.NullString
		year, depts, nacts         sql.NullInt64
	)
	if err := rows.Scan(&r.DocumentID, &r.DocKey, &r.Title, &r.Published, &r.Site, &r.Index, &campaign, &year, &level,
		&prov, &provC, &city, &cityC, &county, &countyC, &dates, &depts, &nacts, &acts, &theme, &evidence, &cor); err != nil {
		return store.RecordRow{}, err
	}
	f := &r.Facts
	f.Campaign, f.Level, f.Theme = nstr(campaign), nstr(level), nstr(theme)
	f.Province, f.ProvinceCode, f.City, f.CityCode = nstr(prov), nstr(provC), nstr(city), nstr(cityC)
	f.County, f.CountyCode = nstr(county), nstr(countyC)
	f.Year, f.DepartmentCount, f.ActivityCount = nint(year), nint(depts), nint(nacts)
	for _, j := range []struct {
		src sql.NullString
		dst any
	}{{dates, &f.EventDates}, {acts, &f.Activities}, {evidence, &f.Evidence}, {cor, &r.Corrected}} {
		if j.src.String == "" {
			continue
		}
		if err := json.Unmarshal([]byte(j.src.String), j.dst); err != nil {
			return store.RecordRow{}, err
		}
	}
	return r, nil
}

func nstr(s sql.NullString) *string {
	if !s.Valid {
		return nil
	}
	return &s.String
}

func nint(n sql.NullInt64) *int {
	if !n.Valid {
		return nil
	}
	v := int(n.Int64)
	return &v
}
