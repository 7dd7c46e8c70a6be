package place

import (
	"strings"

	"github.com/ccorpus/ccorpus/extract/gazetteer"
)

// tally is the evidence of a scan with ambiguous names resolved.
type tally struct {
	named     []*mention                   // mentions resolved to one unit (cands[0])
	self      map[gazetteer.Level]float64  // self references and abbreviated bodies by level
	selfMax   map[gazetteer.Level]*mention // the strongest of those per level
	selfNamed map[gazetteer.Level]bool     // the level has a self reference of the writer's own region (我省, 本市)
	prov      map[*gazetteer.Unit]float64  // weight of the mentions within each province
	chain     map[*gazetteer.Unit]float64  // weight of the mentions of each unit or below it
	shi       float64                      // the part of self[City] said with 市 (市市场监管局, 全市)
	shiOwn    bool                         // that part has 我市/本市
}

// decide turns a scan into a Result.
func (r *Resolver) decide(sc *scan) Result {
	if sc.joint {
		return Result{Evidence: sc.headline}
	}
	if len(sc.mentions) == 0 {
		// No unit named and no self reference: what resolveMentions would
		// tally is empty (no province on top, no self weight).
		if sc.national > 0 {
			return Result{Level: National, Province: NationalName, Evidence: sc.headline}
		}
		return Result{}
	}
	t := r.resolveMentions(sc)
	var top *gazetteer.Unit
	for p, w := range t.prov {
		if top == nil || w > t.prov[top] || (w == t.prov[top] && p.Code < top.Code) {
			top = p
		}
	}
	selfTotal := t.self[gazetteer.Province] + t.self[gazetteer.City] + t.self[gazetteer.County]
	if top == nil {
		if sc.national > 0 && selfTotal == 0 {
			return Result{Level: National, Province: NationalName, Evidence: sc.headline}
		}
		return Result{}
	}
	// Several provinces, none dominant (a national round-up, a digest of
	// provincial reports): national when national bodies speak, else none.
	sum, n := 0.0, 0
	for _, w := range t.prov {
		sum += w
		n++
	}
	if n >= 3 && t.prov[top] < 0.5*sum {
		if sc.national > 0 {
			return Result{Level: National, Province: NationalName, Evidence: sc.headline}
		}
		return Result{Evidence: sc.headline}
	}
	if sc.national > t.prov[top]+selfTotal {
		return Result{Level: National, Province: NationalName, Evidence: sc.headline}
	}
	level := r.level(top, t)
	u := top
	if level >= gazetteer.City {
		if c := r.best(top, gazetteer.City, t, nil); c != nil {
			u = c
		} else if level == gazetteer.City {
			level = gazetteer.Province
		}
	}
	if level == gazetteer.County {
		if k := r.best(top, gazetteer.County, t, u); k != nil {
			u = k
		} else if u.Level == gazetteer.City {
			level = gazetteer.City
		} else {
			level = gazetteer.Province
		}
	}
	return r.result(u, level.String(), r.evidence(u, level, t))
}

// level decides at which level the text reports within province p. Bodies
// and self references vote for their level, and so do places named in the
// headline. The least specific level wins that has at least three quarters
// of the votes of the strongest and is voted for by a named place, a headline
// or 我省/本市, not only by abbreviated bodies: a provincial event held in a
// city is provincial (吉林省质监局、长春市政府联合…), while a level voted for
// by abbreviated bodies only (省市场监管局 cited in a city's page) must be the
// strongest. 市 bodies and 全市 vote for the county level when the text
// reports on a county-level city (see countyCity). Without votes, the most specific unit named about as often as
// the province wins.
func (r *Resolver) level(p *gazetteer.Unit, t *tally) gazetteer.Level {
	municipality := r.isMunicipality(p)
	var act [4]float64
	var named [4]bool
	for said, w := range t.self {
		lv := said
		if municipality && lv == gazetteer.City {
			lv = gazetteer.Province
		}
		if lv == levelQu {
			lv = r.quLevel(p, t)
		}
		if lv == gazetteer.City && t.shi > 0 && r.countyCity(p, t) != nil {
			// 市 bodies of a county-level city are the county's (余姚市: 市市场监管局).
			act[gazetteer.County] += t.shi
			named[gazetteer.County] = named[gazetteer.County] || t.shiOwn
			w -= t.shi
		}
		act[lv] += w
		named[lv] = named[lv] || t.selfNamed[said]
	}
	for _, m := range t.named {
		u := m.cands[0]
		if (m.actor || m.headline) && r.gz.Contains(p, u) && !r.outranked(m, t) {
			act[u.Level] += m.weight
			named[u.Level] = true
		}
	}
	max := 0.0
	for _, w := range act {
		max = maxf(max, w)
	}
	if max > 0 {
		for lv := gazetteer.Province; lv <= gazetteer.County; lv++ {
			if act[lv] >= max || (named[lv] && act[lv] >= 0.75*max) {
				return lv
			}
		}
	}
	lv := gazetteer.Province
	for u, w := range t.chain {
		if u.Level > lv && r.gz.Contains(p, u) && w >= 0.5*t.prov[p] {
			lv = u.Level
		}
	}
	return lv
}

// outranked reports whether m is a credit (the origin, 来源:某某) that a
// body of the text acting below it outranks: a provincial bureau that
// republishes a city's report (来源:某省质监局; 某市质监局举办…) names who
// published, not the level reported on. It still names the region.
func (r *Resolver) outranked(m *mention, t *tally) bool {
	if !m.credit {
		return false
	}
	u := m.cands[0]
	for _, o := range t.named {
		if v := o.cands[0]; !o.credit && o.actor && v.Level > u.Level && r.gz.Contains(u, v) {
			return true
		}
	}
	return false
}

// best returns the unit of the given level within p (and within under, when
// not nil) with the most weight, or nil.
func (r *Resolver) best(p *gazetteer.Unit, lv gazetteer.Level, t *tally, under *gazetteer.Unit) *gazetteer.Unit {
	var b *gazetteer.Unit
	for u, w := range t.chain {
		if u.Level != lv || !r.gz.Contains(p, u) || (under != nil && !r.gz.Contains(under, u)) {
			continue
		}
		if b == nil || w > t.chain[b] || (w == t.chain[b] && u.Code < b.Code) {
			b = u
		}
	}
	return b
}

// evidence returns the sentence of the strongest mention of u, or of the
// strongest self reference at level lv.
func (r *Resolver) evidence(u *gazetteer.Unit, lv gazetteer.Level, t *tally) string {
	var best *mention
	for _, m := range t.named {
		if m.cands[0] == u && (best == nil || m.weight > best.weight) {
			best = m
		}
	}
	if best == nil {
		best = t.selfMax[lv]
	}
	if best == nil {
		return ""
	}
	return best.sentence
}

func (r *Resolver) isMunicipality(p *gazetteer.Unit) bool {
	switch p.Code {
	case "110000", "120000", "310000", "500000":
		return true
	}
	return false
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// quLevel decides whether 我区 in province p means the autonomous region
// (广西: 我区 = 自治区) or a district: the region, unless a district is named.
func (r *Resolver) quLevel(p *gazetteer.Unit, t *tally) gazetteer.Level {
	if !strings.HasSuffix(p.Name, "自治区") {
		return gazetteer.County
	}
	for _, m := range t.named {
		if u := m.cands[0]; u.Level == gazetteer.County && strings.HasSuffix(u.Name, "区") && r.gz.Contains(p, u) {
			return gazetteer.County
		}
	}
	return gazetteer.Province
}
