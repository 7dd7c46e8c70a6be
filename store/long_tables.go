package store

// The long tables of the lists a record holds: `export --table departments`
// (one row per named co-organising department) and `--table events` (one row
// per event date with its label and sentence), each with its record's keys
// so that it loads without joins.
func init() {
	tables["departments"] = table{
		columns: []Column{
			{"doc_key", kText}, {"url", kText}, {"published", kText}, {"record_index", kInt}, {"department_index", kInt},
			{"department", kText}, {"evidence", kText}, {"campaign", kText}, {"year", kInt}, {"level", kText},
			{"province", kText}, {"province_code", kText}, {"city", kText}, {"county", kText}, {"region_code", kText},
			{"story_id", kInt},
		},
		query: `SELECT d.doc_key, d.url, d.published, r.record_index, j.key, json_extract(j.value, '$.name'),
			json_extract(j.value, '$.evidence'), r.campaign, r.year, r.level, r.province, r.province_code, r.city,
			r.county, ` + regionCodeSQL + `, s.story_id
			FROM records r JOIN documents d ON d.id = r.document_id JOIN json_each(r.departments) j
			LEFT JOIN story_signatures s ON s.document_id = d.id
			ORDER BY d.id, r.record_index, j.key`,
	}
	tables["events"] = table{
		columns: []Column{
			{"doc_key", kText}, {"url", kText}, {"published", kText}, {"record_index", kInt}, {"event_index", kInt},
			{"date", kText}, {"label", kText}, {"evidence", kText}, {"campaign", kText}, {"year", kInt}, {"level", kText},
			{"province", kText}, {"province_code", kText}, {"city", kText}, {"county", kText}, {"region_code", kText},
			{"story_id", kInt},
		},
		query: `SELECT d.doc_key, d.url, d.published, r.record_index, j.key, json_extract(j.value, '$.date'),
			json_extract(j.value, '$.label'),
			json_extract(r.evidence, '$."event_dates[' || json_extract(j.value, '$.date') || ']"'),
			r.campaign, r.year, r.level, r.province, r.province_code, r.city, r.county, ` + regionCodeSQL + `, s.story_id
			FROM records r JOIN documents d ON d.id = r.document_id JOIN json_each(r.events) j
			LEFT JOIN story_signatures s ON s.document_id = d.id
			ORDER BY d.id, r.record_index, j.key`,
	}
}
