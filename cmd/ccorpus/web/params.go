package web

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/ccorpus/ccorpus/store"
)

// params are a view's query parameters: the search words, the filters, the
// sort and the page. Every view keeps them in its URL, so a view can be shared.
type params struct {
	Q                      string
	Campaign, Level, Year  string
	Province, City, County string
	Site, OnTopic          string
	From, To               string
	EventFrom, EventTo     string
	Corrected              bool
	Sort                   string
	Desc                   bool
	Page                   int
	Metric                 string // overview map: records or depts
}

// filterKeys are the URL names of the filters, in the order links write them.
var filterKeys = []string{"campaign", "year", "level", "province", "city", "county", "site", "on_topic",
	"from", "to", "event_from", "event_to", "corrected"}

func parseParams(v url.Values) params {
	p := params{
		Q: strings.TrimSpace(v.Get("q")), Campaign: v.Get("campaign"), Level: v.Get("level"), Year: v.Get("year"),
		Province: v.Get("province"), City: v.Get("city"), County: v.Get("county"), Site: v.Get("site"),
		OnTopic: v.Get("on_topic"), From: v.Get("from"), To: v.Get("to"),
		EventFrom: v.Get("event_from"), EventTo: v.Get("event_to"), Corrected: v.Get("corrected") == "1",
		Sort: v.Get("sort"), Desc: v.Get("dir") == "desc", Metric: v.Get("metric"),
	}
	if !slices.Contains(store.SortColumns, p.Sort) {
		p.Sort = ""
	}
	if p.OnTopic != "yes" && p.OnTopic != "no" {
		p.OnTopic = ""
	}
	if p.Metric != "depts" {
		p.Metric = "records"
	}
	p.Page, _ = strconv.Atoi(v.Get("page"))
	if p.Page < 1 {
		p.Page = 1
	}
	return p
}

// filter is the store filter the parameters name.
func (p params) filter() store.ViewFilter {
	year, _ := strconv.Atoi(p.Year)
	return store.ViewFilter{Campaign: p.Campaign, Level: p.Level, Year: year, Province: p.Province, City: p.City,
		County: p.County, Site: p.Site, OnTopic: p.OnTopic, From: p.From, To: p.To, EventFrom: p.EventFrom,
		EventTo: p.EventTo, Corrected: p.Corrected}
}

// values writes the parameters back as a query (empty ones left out).
func (p params) values() url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set("q", p.Q)
	for k, s := range map[string]string{"campaign": p.Campaign, "year": p.Year, "level": p.Level,
		"province": p.Province, "city": p.City, "county": p.County, "site": p.Site, "on_topic": p.OnTopic,
		"from": p.From, "to": p.To, "event_from": p.EventFrom, "event_to": p.EventTo, "sort": p.Sort} {
		set(k, s)
	}
	if p.Corrected {
		v.Set("corrected", "1")
	}
	if p.Desc {
		v.Set("dir", "desc")
	}
	if p.Page > 1 {
		v.Set("page", strconv.Itoa(p.Page))
	}
	if p.Metric == "depts" {
		v.Set("metric", "depts")
	}
	return v
}

// URL returns path with these parameters changed by kv (key, value pairs;
// an empty value removes the key). Changing anything but the page goes back
// to page 1.
func (p params) URL(path string, kv ...string) string {
	v := p.values()
	resetPage := true
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i] == "page" {
			resetPage = false
		}
		if kv[i+1] == "" {
			v.Del(kv[i])
		} else {
			v.Set(kv[i], kv[i+1])
		}
	}
	if resetPage && len(kv) > 0 {
		v.Del("page")
	}
	if len(v) == 0 {
		return path
	}
	return path + "?" + v.Encode()
}

// FilterURL is URL keeping only the filters (no query words, sort or page).
func (p params) FilterURL(path string, kv ...string) string {
	q := params{Campaign: p.Campaign, Level: p.Level, Year: p.Year, Province: p.Province, City: p.City,
		County: p.County, Site: p.Site, OnTopic: p.OnTopic, From: p.From, To: p.To, EventFrom: p.EventFrom,
		EventTo: p.EventTo, Corrected: p.Corrected, Metric: "records"}
	return q.URL(path, kv...)
}

// SortURL is the records URL sorted by col: ascending first, then descending.
func (p params) SortURL(col string) string {
	dir := ""
	if p.Sort == col && !p.Desc {
		dir = "desc"
	}
	return p.URL("/records", "sort", col, "dir", dir)
}

// SortMark is the arrow shown beside the sorted column.
func (p params) SortMark(col string) string {
	switch {
	case p.Sort != col:
		return ""
	case p.Desc:
		return " ↓"
	default:
		return " ↑"
	}
}

// Active lists the filters in force, for the "filtered by" line.
func (p params) Active() []string {
	var out []string
	v := p.values()
	for _, k := range filterKeys {
		if s := v.Get(k); s != "" {
			out = append(out, k+"="+s)
		}
	}
	return out
}
