// Package web is ccorpus's workbench: a local web UI to search the stored
// pages, read one with its facts on their evidence sentences, list, sort and
// download records, correct facts and undo corrections, and see the corpus
// by campaign, year, province and week. Pages are server-rendered HTML with
// no script; charts are inline SVG; nothing is fetched from elsewhere.
package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"

	"github.com/ccorpus/ccorpus/store"
)

//go:embed templates/*.html static/*
var assets embed.FS

// Store is what the workbench reads and writes: store.Corrections and the
// views of store/sqlite and store/postgres (search, records, documents,
// overview aggregates), all with corrections applied.
type Store interface {
	store.Corrections
	Search(ctx context.Context, q store.SearchQuery) (store.SearchResult, error)
	Records(ctx context.Context, q store.RecordQuery) ([]store.RecordRow, int, error)
	Document(ctx context.Context, id int64) (store.DocumentView, error)
	LoadPage(ctx context.Context, id int64) (store.StoredPage, error)
	CampaignYears(ctx context.Context, f store.ViewFilter) ([]store.CampaignYear, error)
	Provinces(ctx context.Context, f store.ViewFilter) ([]store.ProvinceStat, error)
	EventWeeks(ctx context.Context, f store.ViewFilter) ([]store.WeekCount, error)
	Sites(ctx context.Context) ([]string, error)
	Campaigns(ctx context.Context) ([]string, error)
	Levels(ctx context.Context) ([]string, error)
}

// Options configure the server.
type Options struct {
	DB Store
	// Words cuts a search query into the words pages must contain (the
	// segmenter that built the index).
	Words func(query string) []string
	// Who is the name corrections are stored under unless the form gives one.
	Who string
	// AnyHost accepts requests whatever their Host header says; otherwise
	// only loopback names are served (a guard against DNS rebinding).
	AnyHost bool
	Log     *slog.Logger
}

// Server serves the workbench.
type Server struct {
	opts  Options
	pages map[string]*template.Template
	mux   *http.ServeMux
}

// New builds the server and parses its templates.
func New(o Options) (*Server, error) {
	if o.DB == nil || o.Words == nil {
		return nil, errors.New("web: a database and a query segmenter are needed")
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if o.Who == "" {
		o.Who = "researcher"
	}
	s := &Server{opts: o, pages: map[string]*template.Template{}, mux: http.NewServeMux()}
	if err := s.parse(); err != nil {
		return nil, err
	}
	static, _ := fs.Sub(assets, "static")
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	s.mux.HandleFunc("GET /{$}", s.overview)
	s.mux.HandleFunc("GET /search", s.search)
	s.mux.HandleFunc("GET /doc/{id}", s.document)
	s.mux.HandleFunc("GET /doc/{id}/raw", s.raw)
	s.mux.HandleFunc("POST /doc/{id}/correct", s.correct)
	s.mux.HandleFunc("POST /doc/{id}/topic", s.topic)
	s.mux.HandleFunc("GET /records", s.records)
	s.mux.HandleFunc("GET /corrections", s.corrections)
	s.mux.HandleFunc("POST /corrections/{id}/undo", s.undo)
	return s, nil
}

var funcs = template.FuncMap{
	"join": strings.Join,
	"add":  func(a, b int) int { return a + b },
	"form": func(v view, action string, query bool, button string) formArgs {
		return formArgs{P: v.P, Menus: v.Menus, Action: action, Query: query, Button: button, Metric: action == "/"}
	},
}

// formArgs are what the shared filter form needs.
type formArgs struct {
	P      params
	Menus  menus
	Action string
	Query  bool // with the words box and the on-topic choice (search)
	Button string
	Metric bool // keep the overview's map metric
}

// parse builds one template per page: the layout, the shared parts, the page.
func (s *Server) parse() error {
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(assets, "templates/layout.html", "templates/parts.html")
	if err != nil {
		return fmt.Errorf("web: templates: %w", err)
	}
	names, _ := fs.Glob(assets, "templates/*.html")
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if name == "layout" || name == "parts" {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(assets, n)
		if err != nil {
			return fmt.Errorf("web: template %s: %w", name, err)
		}
		s.pages[name] = t
	}
	return nil
}

// ServeHTTP checks the Host, sets the security headers every response
// carries, and dispatches.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.opts.AnyHost && !loopbackHost(r.Host) {
		http.Error(w, "this workbench answers only to localhost, 127.0.0.1 or [::1]", http.StatusMisdirectedRequest)
		return
	}
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; frame-src 'self'; "+
		"form-action 'self'; base-uri 'none'; frame-ancestors 'self'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Frame-Options", "SAMEORIGIN")
	s.mux.ServeHTTP(w, r)
}

func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// view is what every page template gets.
type view struct {
	Title string
	Nav   string
	CSRF  string
	P     params
	Menus menus
	Data  any
}

// menus are the choices of the filter form.
type menus struct {
	Sites, Campaigns []string
	Levels           []string
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, v view) {
	t, ok := s.pages[name]
	if !ok {
		s.fail(w, r, fmt.Errorf("web: no page %s", name))
		return
	}
	v.CSRF = csrfToken(w, r)
	var b strings.Builder
	if err := t.ExecuteTemplate(&b, "layout.html", v); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(b.String()))
}

func (s *Server) menus(r *http.Request) menus {
	ctx := r.Context()
	var m menus
	m.Sites, _ = s.opts.DB.Sites(ctx)
	m.Campaigns, _ = s.opts.DB.Campaigns(ctx)
	m.Levels, _ = s.opts.DB.Levels(ctx)
	return m
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := http.StatusInternalServerError
	if errors.Is(err, store.ErrNotFound) {
		code = http.StatusNotFound
	}
	var bad badRequest
	if errors.As(err, &bad) {
		code = http.StatusBadRequest
	}
	s.opts.Log.Warn("web", "path", r.URL.Path, "err", err)
	http.Error(w, err.Error(), code)
}

// badRequest is an error in what the user sent.
type badRequest struct{ error }
