package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
)

// A researcher's corrections are their labelled sample: for every correction
// in force, the current extractor is run again on the stored page and its
// value of the field compared with the researcher's.

// correctionScore counts, for one field, the corrections the extractor now
// agrees with.
type correctionScore struct {
	Field    string  `json:"field"`
	N        int     `json:"n"`
	Agree    int     `json:"agree"`
	Accuracy float64 `json:"accuracy"`
}

type correctionReport struct {
	Fields []correctionScore `json:"fields"`
	All    correctionScore   `json:"all"`
	Errors []string          `json:"-"`
}

func (a *app) evalCorrections(ctx context.Context, db store.Store) (correctionReport, error) {
	list, err := db.Corrections(ctx, 0, false)
	if err != nil {
		return correctionReport{}, err
	}
	p, err := a.pipeline()
	if err != nil {
		return correctionReport{}, err
	}
	docs := map[int64]extract.Document{}
	by := map[string]*correctionScore{}
	var rep correctionReport
	for _, c := range list {
		if !c.Active {
			continue
		}
		doc, ok := docs[c.DocumentID]
		if !ok {
			sp, err := db.LoadPage(ctx, c.DocumentID)
			if err != nil {
				return correctionReport{}, err
			}
			doc, err = p.Process(ctx, extract.Page{Source: sp.Source, URL: sp.URL, Raw: sp.Raw,
				ContentType: sp.ContentType, Kind: sp.Kind, FetchedAt: sp.FetchedAt})
			if err != nil {
				return correctionReport{}, fmt.Errorf("eval: document %d: %w", c.DocumentID, err)
			}
			docs[c.DocumentID] = doc
		}
		got := extractedValue(doc, c.RecordIndex, c.Field)
		s := by[c.Field]
		if s == nil {
			s = &correctionScore{Field: c.Field}
			by[c.Field] = s
		}
		s.N++
		rep.All.N++
		if sameValue(got, c.New) {
			s.Agree++
			rep.All.Agree++
		} else {
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s record %d %s: extractor %s, corrected %s", c.DocKey,
				c.RecordIndex, c.Field, got, c.New))
		}
	}
	for _, s := range by {
		s.Accuracy = agreement(s.Agree, s.N)
		rep.Fields = append(rep.Fields, *s)
	}
	sort.Slice(rep.Fields, func(i, j int) bool { return rep.Fields[i].Field < rep.Fields[j].Field })
	rep.All.Field, rep.All.Accuracy = "all", agreement(rep.All.Agree, rep.All.N)
	return rep, nil
}

// extractedValue is the extractor's value of field for record idx (-1: the page), as JSON.
func extractedValue(doc extract.Document, idx int, field string) json.RawMessage {
	if field == store.PageField {
		b, _ := json.Marshal(doc.OnTopic)
		return b
	}
	recs := doc.Records
	if len(recs) == 0 {
		recs = []extract.Facts{doc.Facts}
	}
	if !doc.OnTopic || idx < 0 || idx >= len(recs) {
		return json.RawMessage("null")
	}
	b, _ := json.Marshal(recs[idx])
	var m map[string]json.RawMessage
	json.Unmarshal(b, &m)
	if v, ok := m[field]; ok {
		return v
	}
	return json.RawMessage("null")
}

// sameValue compares two JSON values, lists as sets (order aside), an empty list as null.
func sameValue(a, b json.RawMessage) bool {
	norm := func(r json.RawMessage) string {
		var v any
		if json.Unmarshal(r, &v) != nil {
			return string(r)
		}
		if l, ok := v.([]any); ok {
			if len(l) == 0 {
				return "null"
			}
			s := make([]string, len(l))
			for i, x := range l {
				s[i] = fmt.Sprint(x)
			}
			sort.Strings(s)
			v = s
		}
		out, _ := json.Marshal(v)
		return string(out)
	}
	return norm(a) == norm(b)
}

func agreement(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func writeCorrectionReport(w io.Writer, rep correctionReport, asJSON, showErrors bool) error {
	if showErrors {
		for _, e := range rep.Errors {
			fmt.Fprintln(w, e)
		}
	}
	if asJSON {
		b, err := json.Marshal(rep)
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	}
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "field\tcorrections\textractor agrees\taccuracy")
	for _, s := range append(rep.Fields, rep.All) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\n", s.Field, s.N, s.Agree, s.Accuracy)
	}
	tw.Flush()
	_, err := w.Write(buf.Bytes())
	return err
}
