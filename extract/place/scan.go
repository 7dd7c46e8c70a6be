package place

import (
	"strings"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/extract/gazetteer"
)

// Role weights: how much a mention counts by where it stands.
const (
	wHeadline = 4.0 // title, origin, or the first short line of a text without a title
	wHint     = 3.0 // the sources file's region
	wDateline = 2.0 // the first sentence of the body
	wBody     = 1.0
	actorMul  = 3.0 // a place named as a body (汕尾市市场监督管理局) or a body abbreviated (省市场监管局)
)

// mention is one reference to a region found in the text.
type mention struct {
	cands    []*gazetteer.Unit // the units the name may be; one when certain
	form     gazetteer.Form
	level    gazetteer.Level // for self references (我省, 市市场监管局): the level meant; else 0
	weight   float64
	actor    bool
	abbrev   bool // a body named by its level only (省市场监管局)
	own      bool // the writer's own region (我市, 本省)
	headline bool // in the title, origin or headline
	sentence string
	pos      int // order in the text
}

// scan holds everything found in one input.
type scan struct {
	mentions []*mention
	national float64 // weight of national bodies and national framing
	joint    bool    // the headline names a joint action of several provinces (苏浙皖赣沪)
	headline string
}

// sentence is a piece of text with the weight of its role.
type sentence struct {
	text   string
	weight float64
}

// sentences splits the input into weighted sentences.
func sentences(in Input) []sentence {
	var out []sentence
	if t := strings.TrimSpace(in.Title); t != "" {
		out = append(out, sentence{t, wHeadline})
	}
	if o := strings.TrimSpace(in.Origin); o != "" {
		out = append(out, sentence{o, wHeadline})
	}
	if h := strings.TrimSpace(in.RegionHint); h != "" {
		out = append(out, sentence{h, wHint})
	}
	lines := strings.Split(in.Text, "\n")
	// Without a title, the short lines before the first paragraph may hold the
	// headline (after site chrome such as 中国质量新闻网).
	headlines := 0
	if in.Title == "" {
		headlines = 3
	}
	datelines := 2 // the first two sentences of the body: the dateline and the lead
	for _, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" || isLinkItem(line) {
			continue
		}
		n := utf8.RuneCountInString(line)
		if headlines > 0 && datelines == 2 && n <= 60 && !strings.ContainsAny(line, "。！？") {
			out = append(out, sentence{line, wHeadline})
			headlines--
			continue
		}
		for _, s := range splitSentences(line) {
			w := wBody
			if datelines > 0 && utf8.RuneCountInString(s) > 8 {
				w = wDateline
				datelines--
			}
			out = append(out, sentence{s, w})
		}
	}
	return out
}

// splitSentences cuts a paragraph after 。！？; and ；.
func splitSentences(p string) []string {
	var out []string
	start := 0
	for i, r := range p {
		switch r {
		case '。', '！', '？', '；', '!', '?', ';':
			end := i + utf8.RuneLen(r)
			if s := strings.TrimSpace(p[start:end]); s != "" {
				out = append(out, s)
			}
			start = end
		}
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// scan finds the region mentions, national cues and joint-action cues of in.
func (r *Resolver) scan(in Input) *scan {
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
		quoted, reference := 0, false
		var prev *mention
		for j := 0; j < len(toks); j++ {
			pos++
			tok := toks[j]
			switch {
			case strings.ContainsAny(tok, "《"):
				quoted++
			case strings.ContainsAny(tok, "》"):
				quoted = max(quoted-1, 0)
			case strings.ContainsAny(tok, "，,：:"):
				reference = false
			case referenceVerbs[tok]:
				reference = true
			}
			if m := r.mentionAt(toks, j, s); m != nil {
				if (quoted > 0 || reference) && m.actor {
					// A document title (《广东省…纲要》) or a superior body whose
					// plan is followed (根据省市场监管局部署) is not the actor.
					m.actor = false
					m.weight /= actorMul
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
			if nationalBodies[toks[j]] || (toks[j] == "全国" && s.weight >= wHeadline) {
				sc.national += s.weight
			}
		}
	}
	return sc
}

// mentionAt returns the region mention at toks[j], or nil.
func (r *Resolver) mentionAt(toks []string, j int, s sentence) *mention {
	tok := toks[j]
	rest := toks[j+1:]
	if lv, ok := selfRefs[tok]; ok {
		// 我市, 本省 name the writer's own region, as a body does.
		m := &mention{level: lv, weight: s.weight, sentence: s.text}
		if strings.HasPrefix(tok, "我") || strings.HasPrefix(tok, "本") {
			m.own = true
			m.weight *= actorMul
		}
		return m
	}
	if lv, ok := abbreviatedBody(tok, rest); ok {
		return &mention{level: lv, weight: s.weight * actorMul, actor: true, abbrev: true, sentence: s.text}
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
				return r.named(full, []string{body}, s)
			}
		}
	}
	if len(ms) == 0 {
		return nil
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
	return r.named(ms, rest, s)
}

// named builds the mention of a place name with matches ms followed by the words rest.
func (r *Resolver) named(ms []gazetteer.Match, rest []string, s sentence) *mention {
	m := &mention{form: ms[0].Form, weight: s.weight, headline: s.weight >= wHeadline, sentence: s.text}
	for _, x := range ms {
		if x.Form == ms[0].Form {
			m.cands = append(m.cands, x.Unit)
		}
	}
	// A short form is a body only before a known body (鄂前旗|市场监督管理局,
	// 琼山|分局), not before any word ending like one (会同|中央宣传部).
	if (m.form != gazetteer.Short && isActor(rest)) || (len(rest) > 0 && knownBodies[rest[0]]) {
		m.actor = true
		m.weight *= actorMul
	} else if m.form == gazetteer.Short {
		m.weight *= 0.5
	}
	return m
}

// isActor reports whether the words after a place name make it a body:
// 汕尾市|市场监督管理局, 琼山|分局, 中山|市|市场监管局.
func isActor(rest []string) bool {
	if len(rest) == 0 {
		return false
	}
	if isBody(rest[0]) {
		return true
	}
	if len(rest) > 1 && levelChars[rest[0]] != 0 && isBody(rest[1]) {
		return true
	}
	_, ok := abbreviatedBody(rest[0], rest[1:])
	return ok
}

// abbreviatedBody reports whether tok (with the words after it) is a body
// named by its level only (省市场监管局, 市委, 县|质监局) and which level that is.
func abbreviatedBody(tok string, rest []string) (gazetteer.Level, bool) {
	for prefix, lv := range levelChars {
		name, ok := strings.CutPrefix(tok, prefix)
		if !ok {
			continue
		}
		if name == "" {
			if len(rest) > 0 && isBody(rest[0]) && !strings.HasPrefix(rest[0], "分") {
				return lv, true
			}
			continue
		}
		if knownBodies[name] || levelBodies[name] {
			return lv, true
		}
		// 省食药监局, 市农业农村局; not 市场监督管理局, 市民中心, 省级部门.
		if utf8.RuneCountInString(name) >= 3 && isBody(name) && !strings.ContainsRune(notAbbrevStart, []rune(name)[0]) {
			return lv, true
		}
	}
	return 0, false
}

// isBody reports whether w names a government body or bureau.
func isBody(w string) bool {
	if bodyWords[w] {
		return true
	}
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 12 {
		return false
	}
	for _, suf := range bodySuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isJoint reports whether s names a joint action of several provinces by
// their one-character abbreviations (苏浙皖赣沪, 京津冀).
func isJoint(s string) bool {
	run := 0
	for _, r := range s {
		if strings.ContainsRune(provinceAbbrev, r) {
			if run++; run >= 3 {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// isLinkItem reports whether line is an item of a list of links (related
// news, latest news) rather than text: bulleted, or cut off with an ellipsis.
func isLinkItem(line string) bool {
	for _, b := range []string{"•", "·", "●", "◆", "▪", "■", "□", "○"} {
		if strings.HasPrefix(line, b) {
			return true
		}
	}
	return strings.HasSuffix(line, "...") || strings.HasSuffix(line, "…")
}

// qualifies reports whether place mention a directly qualifies b (山西省 before
// 大同市): every unit b may be lies within one a may be.
func (r *Resolver) qualifies(a, b *mention) bool {
	if len(a.cands) == 0 || len(b.cands) == 0 {
		return false
	}
	for _, u := range b.cands {
		in := false
		for _, c := range a.cands {
			if c != u && r.gz.Contains(c, u) {
				in = true
			}
		}
		if !in {
			return false
		}
	}
	return true
}
