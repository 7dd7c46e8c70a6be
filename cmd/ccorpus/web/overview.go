package web

import (
	"net/http"
	"sort"
	"strconv"
)

type overviewData struct {
	Campaigns []string
	Years     []int
	Cells     map[string]map[int]cell // campaign -> year -> count
	Tiles     []tile
	MapW      int
	MapH      int
	Bars      []bar
	BarsW     int
	TimelineH int
	Weeks     int
}

type cell struct {
	N    int
	Link string
}

func (s *Server) overview(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	p := parseParams(r.URL.Query())
	f := p.filter()
	cy, err := s.opts.DB.CampaignYears(ctx, f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d := overviewData{Cells: map[string]map[int]cell{}, TimelineH: timelineH}
	years := map[int]bool{}
	for _, c := range cy {
		if d.Cells[c.Campaign] == nil {
			d.Cells[c.Campaign] = map[int]cell{}
			d.Campaigns = append(d.Campaigns, c.Campaign)
		}
		year := ""
		if c.Year != 0 {
			year = strconv.Itoa(c.Year)
		}
		d.Cells[c.Campaign][c.Year] = cell{N: c.N, Link: p.FilterURL("/records", "campaign", c.Campaign, "year", year)}
		years[c.Year] = true
	}
	for y := range years {
		d.Years = append(d.Years, y)
	}
	sort.Ints(d.Years)
	provs, err := s.opts.DB.Provinces(ctx, f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	pos, err := parseTiles(tilesTSV)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d.Tiles = mapTiles(pos, provs, p)
	for _, t := range d.Tiles {
		d.MapW = max(d.MapW, t.X+tileSize)
		d.MapH = max(d.MapH, t.Y+tileSize)
	}
	weeks, err := s.opts.DB.EventWeeks(ctx, f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d.Bars, d.BarsW = timeline(weeks, p)
	d.Weeks = len(weeks)
	s.render(w, r, "overview", view{Title: "Overview", Nav: "overview", P: p, Menus: s.menus(r), Data: d})
}
