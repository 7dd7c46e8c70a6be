package web

import (
	"encoding/json"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
)

type docData struct {
	Doc         store.DocumentView
	Record      *store.RecordRow // the record shown, nil for a page without records
	RecordIndex int
	Tabs        []tab
	Text        []span    // the cleaned text, evidence sentences marked
	Facts       []factRow // the shown record's fields
	Evidence    []evidenceRow
	Corrections []store.Correction
	CleanCounts []countRow
}

type tab struct {
	Index   int
	Label   string
	Current bool
}

// factRow is one field of a record as the correction form shows it.
type factRow struct {
	Field     string
	Value     string // as ParseValue reads it
	List      bool   // edited in a textarea, one item per line
	Corrected bool
	Extracted string // the extractor's value, when corrected
	Evidence  string
}

type evidenceRow struct {
	Field, Value, Sentence, Anchor string
	Found                          bool
}

type countRow struct {
	Step string
	N    int
}

func docID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return 0, badRequest{err}
	}
	return id, nil
}

func (s *Server) document(w http.ResponseWriter, r *http.Request) {
	id, err := docID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx := r.Context()
	doc, err := s.opts.DB.Document(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d := docData{Doc: doc}
	d.RecordIndex, _ = strconv.Atoi(r.URL.Query().Get("r"))
	for i, rec := range doc.Records {
		label := strings.Join(nonEmpty(deref(rec.Province), deref(rec.City), deref(rec.County)), "")
		if label == "" {
			label = "record " + strconv.Itoa(rec.Index)
		}
		d.Tabs = append(d.Tabs, tab{Index: rec.Index, Label: label, Current: rec.Index == d.RecordIndex})
		if rec.Index == d.RecordIndex {
			d.Record = &doc.Records[i]
		}
	}
	if d.Record == nil && len(doc.Records) > 0 {
		d.Record, d.RecordIndex = &doc.Records[0], doc.Records[0].Index
		d.Tabs[0].Current = true
	}
	if d.Corrections, err = s.opts.DB.Corrections(ctx, id, true); err != nil {
		s.fail(w, r, err)
		return
	}
	if d.Record != nil {
		d.Facts = factRows(*d.Record, d.Corrections)
		d.Text, d.Evidence = highlight(doc.Text, d.Record.Facts)
	} else {
		d.Text = []span{{Text: doc.Text}}
	}
	for k, n := range doc.CleanCounts {
		d.CleanCounts = append(d.CleanCounts, countRow{k, n})
	}
	sort.Slice(d.CleanCounts, func(i, j int) bool { return d.CleanCounts[i].Step < d.CleanCounts[j].Step })
	title := doc.Title
	if title == "" {
		title = "document " + strconv.FormatInt(id, 10)
	}
	s.render(w, r, "document", view{Title: title, Nav: "search", P: parseParams(nil), Data: d})
}

// factValues returns the record's fields as JSON values by name.
func factValues(f extract.Facts) map[string]json.RawMessage {
	b, _ := json.Marshal(f)
	var m map[string]json.RawMessage
	json.Unmarshal(b, &m)
	return m
}

func factRows(rec store.RecordRow, corr []store.Correction) []factRow {
	vals := factValues(rec.Facts)
	var out []factRow
	for _, f := range store.CorrectableFields() {
		row := factRow{Field: f, Value: store.FormatValue(vals[f]), List: f == "event_dates" || f == "activities",
			Evidence: rec.Evidence[f]}
		for _, c := range rec.Corrected {
			if c == f {
				row.Corrected = true
			}
		}
		if row.Corrected {
			// the oldest correction in force for the field remembers what the extractor said
			for _, c := range corr {
				if c.RecordIndex == rec.Index && c.Field == f && c.UndoneAt == "" {
					row.Extracted = store.FormatValue(c.Old)
				}
			}
		}
		out = append(out, row)
	}
	return out
}

// highlight marks in text the evidence sentence of every fact of the record;
// a sentence that is the evidence of several facts is one mark listing them.
func highlight(text string, f extract.Facts) ([]span, []evidenceRow) {
	vals := factValues(f)
	fields := make([]string, 0, len(f.Evidence))
	for k := range f.Evidence {
		fields = append(fields, k)
	}
	sort.Strings(fields)
	type iv struct {
		lo, hi int
		field  string
	}
	var ivs []iv
	var rows []evidenceRow
	starts := map[int]bool{}         // byte offsets where an evidence sentence starts: the marks' anchors
	label := func(k string) string { // activities[提质强企] → activities → 提质强企
		if base, item, ok := strings.Cut(k, "["); ok && strings.HasSuffix(item, "]") {
			return base + " → " + strings.TrimSuffix(item, "]")
		}
		return k + " → " + strings.ReplaceAll(store.FormatValue(vals[k]), "\n", "、")
	}
	for _, k := range fields {
		sent := f.Evidence[k]
		field, value, _ := strings.Cut(label(k), " → ")
		row := evidenceRow{Field: field, Value: value, Sentence: sent}
		if i := strings.Index(text, sent); sent != "" && i >= 0 {
			ivs = append(ivs, iv{i, i + len(sent), k})
			row.Found, row.Anchor = true, "ev-"+strconv.Itoa(i)
			starts[i] = true
		}
		rows = append(rows, row)
	}
	// cut the text at every boundary; each piece is marked with the facts covering it
	cuts := []int{0, len(text)}
	for _, v := range ivs {
		cuts = append(cuts, v.lo, v.hi)
	}
	sort.Ints(cuts)
	var out []span
	for i := 0; i+1 < len(cuts); i++ {
		lo, hi := cuts[i], cuts[i+1]
		if lo == hi {
			continue
		}
		var on []string
		for _, v := range ivs {
			if v.lo <= lo && hi <= v.hi {
				on = append(on, v.field)
			}
		}
		sp := span{Text: text[lo:hi], Mark: len(on) > 0}
		if sp.Mark {
			labels := make([]string, len(on))
			for j, k := range on {
				labels[j] = label(k)
			}
			sp.Title = strings.Join(labels, "; ")
			if starts[lo] {
				sp.ID = "ev-" + strconv.Itoa(lo)
			}
		}
		out = append(out, sp)
	}
	return out, rows
}

// raw serves the page's bytes as fetched, under a policy that runs none of
// its scripts, loads nothing and lets nothing out (sandbox, default-src 'none').
func (s *Server) raw(w http.ResponseWriter, r *http.Request) {
	id, err := docID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p, err := s.opts.DB.LoadPage(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	doc, err := s.opts.DB.Document(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	ct := "text/plain; charset=utf-8"
	if p.Kind == extract.KindHTML {
		cs := doc.Charset
		if cs == "" || strings.ContainsAny(cs, ";\r\n\" ") {
			cs = "utf-8"
		}
		ct = "text/html; charset=" + cs
	}
	h.Set("Content-Type", ct)
	w.Write(p.Raw)
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func itoa(n int) string { return strconv.Itoa(n) }
