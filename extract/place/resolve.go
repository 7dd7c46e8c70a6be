package place

import (
	"slices"

	"github.com/ccorpus/ccorpus/extract/gazetteer"
)

// resolveMentions picks one unit for every ambiguous name from the units the
// text names for certain (鼓楼区 with 福州 nearby is 福州's), credits the
// common parent of candidates that stay ambiguous (鼓楼区 ×2 in 江苏 → 江苏省),
// drops weak short forms (see weak) that nothing else supports, and sums the
// weights per province and per unit chain.
func (r *Resolver) resolveMentions(sc *scan) *tally {
	t := &tally{
		self:      map[gazetteer.Level]float64{},
		selfMax:   map[gazetteer.Level]*mention{},
		selfNamed: map[gazetteer.Level]bool{},
		prov:      map[*gazetteer.Unit]float64{},
		chain:     map[*gazetteer.Unit]float64{},
	}
	certain := map[*gazetteer.Unit]float64{}
	for _, m := range sc.mentions {
		if len(m.cands) == 1 && !r.weak(m) {
			certain[m.cands[0]] += m.weight
		}
	}
	// A county page that names itself only by a short form, twice or more
	// (平安卓资、和谐卓资) beside its own 县 bodies, names its county.
	shortRepeats, selfCounty := map[string]int{}, false
	for _, m := range sc.mentions {
		if len(m.cands) == 0 && m.level == gazetteer.County {
			selfCounty = true
		}
		if len(m.cands) == 1 && m.form == gazetteer.Short {
			shortRepeats[m.name]++
		}
	}
	ownShort := func(m *mention) bool {
		return selfCounty && len(m.cands) == 1 && shortRepeats[m.name] >= 2 && !r.gz.IsCommon(m.name)
	}
	related := func(u *gazetteer.Unit) float64 {
		w := 0.0
		for c, cw := range certain {
			if r.gz.Contains(c, u) || r.gz.Contains(u, c) {
				w += cw
			}
		}
		return w
	}
	for _, m := range sc.mentions {
		if len(m.cands) == 0 {
			t.self[m.level] += m.weight
			if m.own {
				t.selfNamed[m.level] = true
			}
			if m.shi && m.level == gazetteer.City {
				t.shi += m.weight
				t.shiOwn = t.shiOwn || m.own
			}
			if b := t.selfMax[m.level]; b == nil || m.weight > b.weight {
				t.selfMax[m.level] = m
			}
			continue
		}
		u := m.cands[0]
		if len(m.cands) > 1 {
			u = r.pick(m.cands, related)
			if u == nil || (m.form == gazetteer.Short && !slices.Contains(m.cands, u)) {
				// A short form is too common a word (新华, 城关) to credit
				// the parent its candidates share.
				continue
			}
		}
		if r.weak(m) && related(u) == 0 && !ownShort(m) {
			continue
		}
		rm := *m
		rm.cands = []*gazetteer.Unit{u}
		t.named = append(t.named, &rm)
	}
	for _, m := range t.named {
		u := m.cands[0]
		p, _, _ := r.gz.Chain(u)
		t.prov[p] += m.weight
		for x := u; x != nil; x = r.gz.Parent(x) {
			t.chain[x] += m.weight
		}
	}
	return t
}

// weak reports whether m is a short form of a county (长寿, 东方), or one the
// gazetteer marks as an ordinary word (阿里, 大同), neither named as a body
// nor in the headline: it counts only beside a related place.
func (r *Resolver) weak(m *mention) bool {
	if m.form != gazetteer.Short || m.actor || m.headline || len(m.cands) == 0 {
		return false
	}
	if r.gz.IsCommon(m.name) {
		return true
	}
	for _, u := range m.cands {
		if u.Level != gazetteer.County {
			return false
		}
	}
	return true
}

// pick chooses among the candidates of an ambiguous name: the one most
// related to the units named for certain; on a tie, the one of the least
// specific level (吉林 → 吉林省 over 吉林市), else the candidates' common
// ancestor; nil when they have none.
func (r *Resolver) pick(cands []*gazetteer.Unit, related func(*gazetteer.Unit) float64) *gazetteer.Unit {
	var best []*gazetteer.Unit
	bw := 0.0
	for _, c := range cands {
		w := related(c)
		switch {
		case w > bw:
			best, bw = []*gazetteer.Unit{c}, w
		case w == bw:
			best = append(best, c)
		}
	}
	if len(best) == 1 {
		return best[0]
	}
	// Nothing tells them apart: the least specific level is the likelier
	// reading of a bare name (吉林 the province, 中山 the city not 大连's district).
	top := best[0].Level
	for _, c := range best {
		top = min(top, c.Level)
	}
	var kept []*gazetteer.Unit
	for _, c := range best {
		if c.Level == top {
			kept = append(kept, c)
		}
	}
	if best = kept; len(best) == 1 {
		return best[0]
	}
	anc := best[0]
	for _, c := range best[1:] {
		anc = r.common(anc, c)
		if anc == nil {
			return nil
		}
	}
	return anc
}

// common returns the lowest unit containing both a and b, or nil.
func (r *Resolver) common(a, b *gazetteer.Unit) *gazetteer.Unit {
	for x := a; x != nil; x = r.gz.Parent(x) {
		if r.gz.Contains(x, b) {
			return x
		}
	}
	return nil
}
