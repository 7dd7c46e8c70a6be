package web

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/ccorpus/ccorpus/store"
)

const recordsPerPage = 50

// recordColumns are the columns the records view shows and its downloads
// write, in that order.
var recordColumns = []string{"doc_key", "title", "published", "site", "record_index", "campaign", "year", "level",
	"province", "city", "county", "event_dates", "department_count", "activity_count", "corrected"}

type recordsData struct {
	Rows  []store.RecordRow
	Total int
	Pager pager
	CSV   string
	JSONL string
}

func (s *Server) records(w http.ResponseWriter, r *http.Request) {
	p := parseParams(r.URL.Query())
	q := store.RecordQuery{ViewFilter: p.filter(), Sort: p.Sort, Desc: p.Desc}
	format := r.URL.Query().Get("format")
	if format == "" {
		q.Offset, q.Limit = (p.Page-1)*recordsPerPage, recordsPerPage
	}
	rows, total, err := s.opts.DB.Records(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	switch format {
	case "":
	case "csv", "jsonl":
		s.download(w, format, rows)
		return
	default:
		s.fail(w, r, badRequest{fmt.Errorf("web: unknown format %q", format)})
		return
	}
	d := recordsData{Rows: rows, Total: total, Pager: newPager(p, "/records", total, recordsPerPage),
		CSV: p.URL("/records", "format", "csv", "page", ""), JSONL: p.URL("/records", "format", "jsonl", "page", "")}
	s.render(w, r, "records", view{Title: "Records", Nav: "records", P: p, Menus: s.menus(r), Data: d})
}

// cells returns a row's values in recordColumns order, typed as JSON has them.
func cells(r store.RecordRow) []any {
	opt := func(p *string) any {
		if p == nil {
			return nil
		}
		return *p
	}
	num := func(p *int) any {
		if p == nil {
			return nil
		}
		return *p
	}
	list := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	return []any{r.DocKey, r.Title, r.Published, r.Site, r.Index, opt(r.Campaign), num(r.Year), opt(r.Level),
		opt(r.Province), opt(r.City), opt(r.County), list(r.EventDates), num(r.DepartmentCount),
		num(r.ActivityCount), list(r.Corrected)}
}

// download writes every matching row, in the view's order and columns: CSV
// as `ccorpus export` writes it (CRLF, UTF-8 BOM for Excel, lists as JSON,
// formula-like cells neutralised) or JSON Lines.
func (s *Server) download(w http.ResponseWriter, format string, rows []store.RecordRow) {
	h := w.Header()
	h.Set("Content-Disposition", "attachment; filename=records."+format)
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	if format == "jsonl" {
		h.Set("Content-Type", "application/x-ndjson; charset=utf-8")
		for _, r := range rows {
			obj := make(map[string]any, len(recordColumns))
			for i, v := range cells(r) {
				obj[recordColumns[i]] = v
			}
			b, _ := json.Marshal(orderedObject(recordColumns, obj))
			bw.Write(b)
			bw.WriteByte('\n')
		}
		return
	}
	h.Set("Content-Type", "text/csv; charset=utf-8")
	bw.WriteString("\uFEFF")
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	cw.Write(recordColumns)
	rec := make([]string, len(recordColumns))
	for _, r := range rows {
		for i, v := range cells(r) {
			switch v := v.(type) {
			case nil:
				rec[i] = ""
			case string:
				rec[i] = store.SafeCell(v)
			case int:
				rec[i] = strconv.Itoa(v)
			default:
				b, _ := json.Marshal(v)
				rec[i] = store.SafeCell(string(b))
			}
		}
		cw.Write(rec)
	}
	cw.Flush()
}

// orderedObject marshals obj with its keys in the order of keys.
type ordered struct {
	keys []string
	obj  map[string]any
}

func orderedObject(keys []string, obj map[string]any) ordered { return ordered{keys, obj} }

func (o ordered) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		vb, err := json.Marshal(o.obj[k])
		if err != nil {
			return nil, err
		}
		b.Write(kb)
		b.WriteByte(':')
		b.Write(vb)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}
