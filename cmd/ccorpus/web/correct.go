package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/ccorpus/ccorpus/store"
)

// correct stores a correction for every field of one record whose value in
// the form differs from the value the form was shown with.
func (s *Server) correct(w http.ResponseWriter, r *http.Request) {
	if err := checkPost(r); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	id, err := docID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx := r.Context()
	idx, err := strconv.Atoi(r.PostFormValue("record"))
	if err != nil {
		s.fail(w, r, badRequest{fmt.Errorf("web: record: %w", err)})
		return
	}
	doc, err := s.opts.DB.Document(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var rec *store.RecordRow
	for i := range doc.Records {
		if doc.Records[i].Index == idx {
			rec = &doc.Records[i]
		}
	}
	if rec == nil {
		s.fail(w, r, fmt.Errorf("web: record %d of document %d: %w", idx, id, store.ErrNotFound))
		return
	}
	current := factValues(rec.Facts)
	who, note := s.who(r), strings.TrimSpace(r.PostFormValue("note"))
	var changes []store.Correction
	for _, f := range store.CorrectableFields() {
		if _, sent := r.PostForm["f_"+f]; !sent {
			continue
		}
		nv, err := store.ParseValue(f, r.PostFormValue("f_"+f))
		if err != nil {
			s.fail(w, r, badRequest{err})
			return
		}
		old := current[f]
		if len(old) == 0 {
			old = json.RawMessage("null")
		}
		if sameJSON(old, nv) || (string(nv) == "[]" && string(old) == "null") {
			continue
		}
		changes = append(changes, store.Correction{DocumentID: id, RecordIndex: idx, Field: f, Old: old, New: nv,
			Note: note, Who: who})
	}
	for _, c := range changes {
		if _, err := s.opts.DB.Correct(ctx, c); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	http.Redirect(w, r, fmt.Sprintf("/doc/%d?r=%d&saved=%d#facts", id, idx, len(changes)), http.StatusSeeOther)
}

// topic marks the page on or off topic.
func (s *Server) topic(w http.ResponseWriter, r *http.Request) {
	if err := checkPost(r); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	id, err := docID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	nv, err := store.ParseValue(store.PageField, r.PostFormValue("on_topic"))
	if err != nil {
		s.fail(w, r, badRequest{err})
		return
	}
	doc, err := s.opts.DB.Document(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	old, _ := json.Marshal(doc.OnTopic)
	if !sameJSON(old, nv) {
		_, err = s.opts.DB.Correct(r.Context(), store.Correction{DocumentID: id, RecordIndex: -1, Field: store.PageField,
			Old: old, New: nv, Note: strings.TrimSpace(r.PostFormValue("note")), Who: s.who(r)})
		if err != nil {
			s.fail(w, r, err)
			return
		}
	}
	http.Redirect(w, r, fmt.Sprintf("/doc/%d", id), http.StatusSeeOther)
}

// undo withdraws a correction and goes back where the form was.
func (s *Server) undo(w http.ResponseWriter, r *http.Request) {
	if err := checkPost(r); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.fail(w, r, badRequest{err})
		return
	}
	if err := s.opts.DB.Undo(r.Context(), id, s.who(r)); err != nil {
		s.fail(w, r, err)
		return
	}
	back := r.PostFormValue("back")
	if !strings.HasPrefix(back, "/") || strings.HasPrefix(back, "//") || strings.ContainsAny(back, "\\\r\n") {
		back = "/corrections"
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}

func (s *Server) who(r *http.Request) string {
	if w := strings.TrimSpace(r.PostFormValue("who")); w != "" {
		return w
	}
	return s.opts.Who
}

func sameJSON(a, b json.RawMessage) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return bytes.Equal(a, b)
	}
	ja, _ := json.Marshal(x)
	jb, _ := json.Marshal(y)
	return bytes.Equal(ja, jb)
}

type correctionsData struct {
	List []store.Correction
}

func (s *Server) corrections(w http.ResponseWriter, r *http.Request) {
	list, err := s.opts.DB.Corrections(r.Context(), 0, true)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, "corrections", view{Title: "Corrections", Nav: "corrections", P: parseParams(nil),
		Data: correctionsData{List: list}})
}
