package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
)

// RecordsQuery yields the stored records in page order, as ScanRecords reads them.
const RecordsQuery = `SELECT d.doc_key, coalesce(d.title, ''), r.record_index, r.campaign,
		r.year, r.level, r.province, r.province_code, r.city, r.city_code, r.county, r.county_code, r.event_dates,
		r.department_count, r.activity_count, r.activities, r.theme, r.evidence
		FROM records r JOIN documents d ON d.id = r.document_id ORDER BY d.id, r.record_index`

// ScanRecords reads the rows of RecordsQuery and calls fn with each. It closes rows.
func ScanRecords(rows *sql.Rows, fn func(Record) error) error {
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
