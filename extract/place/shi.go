package place

import (
	"strings"

	"github.com/ccorpus/ccorpus/extract/gazetteer"
)

// countyCity returns the county-level city (余姚市, 县级市) within province p
// that the text reports on, or nil. Such a city calls its own bodies 市…局
// and itself 全市, just as a prefecture city does, so those words support
// the most specific …市 the text names as its region: the county-level city
// named in full (余姚市, not 余姚) as the actor or in the headline more
// strongly than every prefecture city is (宁波市余姚市市场监管局: 宁波市 only qualifies), and holding most
// of the county-level cities' votes (a prefecture city's round-up of its
// county-level cities names several about equally).
func (r *Resolver) countyCity(p *gazetteer.Unit, t *tally) *gazetteer.Unit {
	votes := map[*gazetteer.Unit]float64{}
	prefecture, counties := 0.0, 0.0
	for _, m := range t.named {
		u := m.cands[0]
		if !(m.actor || m.headline) || !r.gz.Contains(p, u) {
			continue
		}
		switch {
		case u.Level == gazetteer.City:
			prefecture += m.weight
		case u.Level == gazetteer.County && strings.HasSuffix(u.Name, "市") && m.form == gazetteer.Full:
			votes[u] += m.weight
			counties += m.weight
		}
	}
	var best *gazetteer.Unit
	for u, w := range votes {
		if best == nil || w > votes[best] || (w == votes[best] && u.Code < best.Code) {
			best = u
		}
	}
	if best == nil || votes[best] <= prefecture || votes[best]*3 < counties*2 {
		return nil
	}
	return best
}
