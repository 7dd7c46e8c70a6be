package web

import (
	"net/http"

	"github.com/ccorpus/ccorpus/store"
)

const hitsPerPage = 20

type searchData struct {
	Terms  []string
	Total  int
	Hits   []hitView
	Pager  pager
	Search bool // a query or a filter was given
}

type hitView struct {
	store.Hit
	Snippet []span
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	p := parseParams(r.URL.Query())
	d := searchData{Search: p.Q != "" || len(p.Active()) > 0}
	if d.Search {
		d.Terms = s.opts.Words(p.Q)
		res, err := s.opts.DB.Search(r.Context(), store.SearchQuery{Terms: d.Terms, ViewFilter: p.filter(),
			Offset: (p.Page - 1) * hitsPerPage, Limit: hitsPerPage})
		if err != nil {
			s.fail(w, r, err)
			return
		}
		d.Total = res.Total
		for _, h := range res.Hits {
			d.Hits = append(d.Hits, hitView{Hit: h, Snippet: snippet(h.Text, d.Terms, 120)})
		}
		d.Pager = newPager(p, "/search", res.Total, hitsPerPage)
	}
	s.render(w, r, "search", view{Title: "Search", Nav: "search", P: p, Menus: s.menus(r), Data: d})
}

// pager links the pages of a long list.
type pager struct {
	Page, Pages int
	First, Last int // 1-based positions of the items shown
	Prev, Next  string
}

func newPager(p params, path string, total, per int) pager {
	pg := pager{Page: p.Page, Pages: (total + per - 1) / per}
	if total == 0 {
		return pg
	}
	pg.First = (p.Page-1)*per + 1
	pg.Last = min(p.Page*per, total)
	if p.Page > 1 {
		pg.Prev = p.URL(path, "page", itoa(p.Page-1))
	}
	if p.Page < pg.Pages {
		pg.Next = p.URL(path, "page", itoa(p.Page+1))
	}
	return pg
}
