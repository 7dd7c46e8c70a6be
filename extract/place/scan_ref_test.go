package place

import (
	"strings"

	"github.com/ccorpus/ccorpus/extract/gazetteer"
)

// refScan is scan as it was before the lazy rewrite (kept to test that
// the rewrite finds the same): it finds the region mentions, national cues and joint-action cues of in.
func (r *Resolver) refScan(in Input) *scan {
	sc := &scan{}
	pos := 0
	for i, s := range sentences(in) {
		if i < 3 && s.weight >= wHeadline && sc.headline == "" {
			sc.headline = s.text
		}
		if s.weight >= wHeadline && isJoint(s.text) {
			sc.joint = true
		}
		toks := r.seg.Cut(s.text)
		offs := tokenOffsets(s.text, toks)
		filedFrom, filedTo := filedAt(s.text)
		attending := attendanceClauses(toks)
		quoted, reference, nationalAt := 0, false, -1 // nationalAt: the token after a national body acting
		var prev *mention
		for j := 0; j < len(toks); j++ {
			pos++
			tok := toks[j]
			switch {
			case strings.Contains(tok, "《"):
				quoted++
			case strings.Contains(tok, "》"):
				quoted = max(quoted-1, 0)
			case commaColon.in(tok):
				reference = false
			case referenceVerbs[tok]:
				reference = true
			}
			if m := r.refMentionAt(toks, j, s); m != nil {
				next := j + 1
				if m.merged {
					next++
				}
				m.venue = m.venue || isVenueAt(toks, j, next)
				m.resident = next < len(toks) && residentWords[toks[next]]
				if offs[j] >= filedFrom && offs[j] < filedTo || nationalAt >= 0 && isVenue(toks, nationalAt, j, m) {
					// 新华社|北京|4月15日电: where a wire was filed, and
					// 中国消费者协会在北京举办: where a national body holds
					// its event, are not the region it reports on.
					if m.merged {
						j++
						pos++
					}
					continue
				}
				if (quoted > 0 || reference || attending[j]) && m.actor {
					// A document title (《广东省…纲要》), a superior body whose
					// plan is followed (根据省市场监管局部署) or whose official
					// attends (市市场监管局副局长出席) is not the actor.
					m.actor = false
					m.weight /= actorMul
				}
				if m.merged {
					j++ // the level character and body are read: 北京|市市场监管局
					pos++
				}
				m.pos = pos
				if prev != nil && prev.pos == pos-1 && r.qualifies(prev, m) {
					// 山西省|大同市: the province only qualifies the city.
					prev.headline = false
				}
				prev = m
				sc.mentions = append(sc.mentions, m)
				continue
			}
			if k := nationalBodyAt(toks, j); k > 0 {
				if quoted > 0 || reference {
					sc.national += s.weight
				} else {
					sc.national += s.weight * actorMul
					nationalAt = j + k
				}
				j += k - 1
				pos += k - 1
				continue
			}
			if toks[j] == "全国" && s.weight >= wHeadline {
				sc.national += s.weight
			}
		}
	}
	return sc
}

// refMentionAt is mentionAt before the rewrite: it returns the region mention at toks[j], or nil.
func (r *Resolver) refMentionAt(toks []string, j int, s sentence) *mention {
	tok := toks[j]
	rest := toks[j+1:]
	if lv, ok := selfRefs[tok]; ok {
		// 我市, 本省 name the writer's own region, as a body does.
		m := &mention{level: lv, weight: s.weight, shi: strings.HasSuffix(tok, "市"), sentence: s.text}
		if strings.HasPrefix(tok, "我") || strings.HasPrefix(tok, "本") {
			m.own = true
			m.weight *= actorMul
		}
		return m
	}
	if j > 0 && plurals[toks[j-1]] {
		// 各区市场监管局, 各县政府: the bodies of every unit below, not the writer's.
		return nil
	}
	if lv, ok := abbreviatedBody(tok, rest); ok {
		return &mention{level: lv, weight: s.weight * actorMul, actor: true, abbrev: true, shi: strings.HasPrefix(tok, "市"), sentence: s.text}
	}
	if r.conjunctionRead(toks, j) || companyName(toks, j) {
		return nil
	}
	ms := r.gz.Lookup(tok)
	if len(rest) > 0 {
		// 清河|区市场监督管理局: the segmenter took the level character for the body.
		for _, c := range []string{"区", "县", "市", "旗", "州", "省"} {
			body, ok := strings.CutPrefix(rest[0], c)
			if !ok || body == "" || !isBody(body) {
				continue
			}
			if full := r.gz.Lookup(tok + c); len(full) > 0 && full[0].Form == gazetteer.Full {
				m := r.named(tok+c, full, []string{body}, s)
				m.merged = true
				return m
			}
		}
	}
	if len(ms) == 0 {
		if j == 0 || toks[j-1] != "在" || !heldAfter(toks, j+1) {
			return nil
		}
		// 在|上海东方|绿|舟|拉开帷幕: a venue cut as one word that opens with a place.
		name, vms := r.venuePrefix(tok)
		if name == "" {
			return nil
		}
		m := r.named(name, vms, nil, s)
		m.venue = true
		return m
	}
	if r.gz.IsGeneric(tok) {
		// 城区 counts only right after its parent: 长治市城区.
		if j == 0 {
			return nil
		}
		var kept []gazetteer.Match
		for _, pm := range r.gz.Lookup(toks[j-1]) {
			for _, m := range ms {
				if m.Unit.Parent == pm.Unit.Code {
					kept = append(kept, m)
				}
			}
		}
		if ms = kept; len(ms) == 0 {
			return nil
		}
	}
	return r.named(tok, ms, rest, s)
}
