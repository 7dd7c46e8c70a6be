package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/ccorpus/ccorpus/extract"
)

// Record is one stored regional record with the keys of its page.
type Record struct {
	DocKey string
	Title  string
	Index  int
	extract.Facts
}

// EachRecord calls fn with every stored record, in page order.
func (db *DB) EachRecord(ctx context.Context, fn func(Record) error) error {
	rows, err := db.sql.QueryContext(ctx, `SELECT d.doc_key, coalesce(d.title, ''), r.record_index, r.campaign,
		r.year, r.level, r.province, r.province_code, r.city, r.city_code, r.county, r.county_code, r.event_dates,
		r.department_count, r.activity_count, r.activities, r.theme, r.evidence
		FROM records r JOIN documents d ON d.id = r.document_id ORDER BY d.id, r.record_index`)
	if err != nil {
		return fmt.Errorf("store: records: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			r                        Record
			dates, acts, evidence    string
			campaign, level, theme   sql.NullString
			prov, provC, city, cityC sql.NullString
			county, countyC          sql.NullString
			year, depts, nacts       sql.NullInt64
		)
		if err := rows.Scan(&r.DocKey, &r.Title, &r.Index, &campaign, &year, &level, &prov, &provC, &city, &cityC,
			&county, &countyC, &dates, &depts, &nacts, &acts, &theme, &evidence); err != nil {
			return fmt.Errorf("store: records: %w", err)
		}
		f := &r.Facts
		f.Campaign, f.Level, f.Theme = nstr(campaign), nstr(level), nstr(theme)
		f.Province, f.ProvinceCode, f.City, f.CityCode = nstr(prov), nstr(provC), nstr(city), nstr(cityC)
		f.County, f.CountyCode = nstr(county), nstr(countyC)
		f.Year, f.DepartmentCount, f.ActivityCount = nint(year), nint(depts), nint(nacts)
		for _, j := range []struct {
			src string
			dst any
		}{{dates, &f.EventDates}, {acts, &f.Activities}, {evidence, &f.Evidence}} {
			if err := json.Unmarshal([]byte(j.src), j.dst); err != nil {
				return fmt.Errorf("store: records: %w", err)
			}
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: records: %w", err)
	}
	return nil
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
