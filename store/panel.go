package store

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"sort"
)

// The panel: `export --table panel`, one row per campaign × year × region at
// the level asked (province, city or county), built from the records. National
// records are rows of their own (level national, no province), records that
// name no unit at the level asked stay at the level they name, and records
// that name no place are one row with no region. Reprints count once: a
// story is counted once per row, and the report figures (department and
// activity counts, activities, event dates) come from one page per story,
// its canonical member when that member is in the row.

// kNum is a floating-point column (the panel's medians); the other kinds are in table.go.
const kNum kind = 100

var panelColumns = []Column{
	{"campaign", kText}, {"year", kInt}, {"level", kText}, {"province", kText}, {"province_code", kText},
	{"city", kText}, {"city_code", kText}, {"county", kText}, {"county_code", kText}, {"region_code", kText},
	{"stories", kInt}, {"reports", kInt}, {"documents", kInt}, {"sites", kInt},
	{"department_count_max", kInt}, {"department_count_median", kNum}, {"activity_count_max", kInt},
	{"activities", kJSON}, {"first_event", kText}, {"last_event", kText}, {"doc_keys", kJSON},
}

// derivedTable is an exportable table computed in Go from the rows of
// another (so that every backend has it from its EachRow).
type derivedTable struct {
	columns []Column
	rows    func(ctx context.Context, db Rows, f Filter, fn func([]Value) error) error
	// aggregate: the filter selects the rows aggregated (it is handed to
	// rows), rather than the rows written.
	aggregate bool
}

var derivedTables = map[string]derivedTable{
	"panel":       {panelColumns, panelRows, true},
	"departments": {departmentColumns, departmentRows, false},
	"events":      {eventColumns, eventRows, false},
}

// PanelLevels are the levels the panel aggregates to.
var PanelLevels = []string{"province", "city", "county"}

// panelKey is a row of the panel; the region fields are "" when absent.
type panelKey struct {
	campaign, level        string
	year                   int64
	province, provinceCode string
	city, cityCode         string
	county, countyCode     string
}

type panelRow struct {
	key      panelKey
	docs     []string
	seenDoc  map[string]bool
	sites    map[string]bool
	stories  map[string]*panelStory
	storyIDs []string
}

// panelStory is one story within a row: the page whose records are counted.
type panelStory struct {
	doc       string
	canonical bool
	recs      [][]Value
}

func panelRows(ctx context.Context, db Rows, f Filter, fn func([]Value) error) error {
	level := f.Level
	if level == "" {
		level = "province"
	}
	if !slices.Contains(PanelLevels, level) {
		return fmt.Errorf("store: panel level %q; levels: province, city, county", level)
	}
	match, err := f.compile("panel", recordColumns)
	if err != nil {
		return err
	}
	col := map[string]int{}
	for i, c := range recordColumns {
		col[c.Name] = i
	}
	str := func(r []Value, name string) string { s, _ := r[col[name]].(string); return s }
	rows := map[panelKey]*panelRow{}
	var order []panelKey
	err = db.EachRow(ctx, "records", func(r []Value) error {
		if !match(r) {
			return nil
		}
		k := panelKeyOf(r, str, level)
		row := rows[k]
		if row == nil {
			row = &panelRow{key: k, seenDoc: map[string]bool{}, sites: map[string]bool{}, stories: map[string]*panelStory{}}
			rows[k] = row
			order = append(order, k)
		}
		doc := str(r, "doc_key")
		if !row.seenDoc[doc] {
			row.seenDoc[doc] = true
			row.docs = append(row.docs, doc)
			if u, err := url.Parse(str(r, "url")); err == nil && u.Host != "" {
				row.sites[u.Host] = true
			}
		}
		sid := "doc:" + doc
		if id, ok := r[col["story_id"]].(int64); ok {
			sid = fmt.Sprint(id)
		}
		canonical, _ := r[col["canonical"]].(bool)
		vals := slices.Clone(r)
		st := row.stories[sid]
		switch {
		case st == nil:
			row.stories[sid] = &panelStory{doc: doc, canonical: canonical, recs: [][]Value{vals}}
			row.storyIDs = append(row.storyIDs, sid)
		case st.doc == doc:
			st.recs = append(st.recs, vals)
		case canonical && !st.canonical:
			*st = panelStory{doc: doc, canonical: true, recs: [][]Value{vals}}
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.SliceStable(order, func(i, j int) bool { return panelLess(order[i], order[j]) })
	for _, k := range order {
		if err := fn(rows[k].values(col)); err != nil {
			return err
		}
	}
	return nil
}

// panelKeyOf places a record in the panel at level.
func panelKeyOf(r []Value, str func([]Value, string) string, level string) panelKey {
	k := panelKey{campaign: str(r, "campaign")}
	if y, ok := r[yearColumn].(int64); ok {
		k.year = y
	}
	prov, city, county := str(r, "province"), str(r, "city"), str(r, "county")
	switch {
	case str(r, "level") == "national" || prov == "全国":
		k.level = "national"
		return k
	case prov == "":
		return k
	}
	k.province, k.provinceCode, k.level = prov, str(r, "province_code"), "province"
	if (level == "city" || level == "county") && city != "" {
		k.city, k.cityCode, k.level = city, str(r, "city_code"), "city"
	}
	if level == "county" && county != "" {
		k.city, k.cityCode = city, str(r, "city_code")
		k.county, k.countyCode, k.level = county, str(r, "county_code"), "county"
	}
	return k
}

func panelLess(a, b panelKey) bool {
	if a.campaign != b.campaign {
		return a.campaign < b.campaign
	}
	if a.year != b.year {
		return a.year < b.year
	}
	ra, rb := a.provinceCode+a.cityCode+a.countyCode, b.provinceCode+b.cityCode+b.countyCode
	if (a.level == "national") != (b.level == "national") {
		return a.level == "national"
	}
	return ra < rb
}

// yearColumn is the index of year in recordColumns.
var yearColumn = slices.IndexFunc(recordColumns, func(c Column) bool { return c.Name == "year" })
