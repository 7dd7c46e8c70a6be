package place

import (
	"strings"

	"github.com/ccorpus/ccorpus/extract/gazetteer"
)

// mention is one reference to a region found in the text.
type mention struct {
	name     string            // the name as written, "" for self references
	cands    []*gazetteer.Unit // the units the name may be; one when certain
	form     gazetteer.Form
	level    gazetteer.Level // for self references (我省, 市市场监管局): the level meant; else 0
	weight   float64
	actor    bool
	abbrev   bool // a body named by its level only (省市场监管局)
	own      bool // the writer's own region (我市, 本省)
	shi      bool // a self reference by 市 (市市场监管局, 全市): the writer's …市, prefecture or county-level
	headline bool // in the title, origin or headline
	credit   bool // in the origin or a source credit
	merged   bool // the name took the level character of the next word (清河|区市场监管局)
	venue    bool // where an event is held (在|杭州|武林|广场|举行)
	resident bool // the home of people who speak or take part (长春|市民)
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

// scan finds the region mentions, national cues and joint-action cues of in.
func (r *Resolver) scan(in Input) *scan {
	sc := &scan{}
	pos := 0
	i := -1
	var toksBuf []string
	for s := range eachSentence(in, r.pre) {
		i++
		if i < 3 && s.weight >= wHeadline && sc.headline == "" {
			sc.headline = s.text
		}
		if s.weight >= wHeadline && isJoint(s.text) {
			sc.joint = true
		}
		if r.pre != nil && !s.passed && !r.pre.may(s.text) {
			continue // no word the loop below acts on
		}
		var toks []string
		if ac, ok := r.seg.(appendCutter); ok {
			// The words of one sentence are read before the next is cut:
			// one slice serves them all.
			toksBuf = ac.AppendCut(toksBuf[:0], s.text)
			toks = toksBuf
		} else {
			toks = r.seg.Cut(s.text)
		}
		// The wire dateline, the tokens' offsets and the attendance
		// clauses matter only to mentions: most sentences have none, so
		// they are found on the first mention that needs them.
		dl := dateline{text: s.text, toks: toks}
		var attending []bool
		attendingAt := func(j int) bool {
			if attending == nil {
				attending = attendanceClauses(toks)
			}
			return attending[j]
		}
		quoted, reference, nationalAt := 0, false, -1 // nationalAt: the token after a national body acting
		var prev *mention
		for j := 0; j < len(toks); j++ {
			pos++
			tok := toks[j]
			switch cueOf(tok) {
			case cueOpenQuote:
				quoted++
			case cueCloseQuote:
				quoted = max(quoted-1, 0)
			case cueCommaColon:
				reference = false
			case cueReference:
				reference = true
			}
			if !r.starts.first(tok) {
				// No mention, national body or 全国 begins with tok's rune.
				continue
			}
			if m := r.mentionAt(toks, j, s); m != nil {
				next := j + 1
				if m.merged {
					next++
				}
				m.venue = m.venue || isVenueAt(toks, j, next)
				m.resident = next < len(toks) && residentWords[toks[next]]
				if dl.filed(j) || nationalAt >= 0 && isVenue(toks, nationalAt, j, m) {
					// 新华社|北京|4月15日电: where a wire was filed, and
					// 中国消费者协会在北京举办: where a national body holds
					// its event, are not the region it reports on.
					if m.merged {
						j++
						pos++
					}
					continue
				}
				if m.actor && (quoted > 0 || reference || attendingAt(j)) {
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
			if k := r.nationalAt(toks, j); k > 0 {
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

// appendCutter is a segmenter that appends the words it cuts to a slice
// (segment.Dict).
type appendCutter interface {
	AppendCut(dst []string, text string) []string
}

// mentionAt returns the region mention at toks[j], or nil. The scan asks only
// of words the precheck and the start set let through: a new kind of
// mention must be added to them too (TestSkippedHoldNothing).
func (r *Resolver) mentionAt(toks []string, j int, s sentence) *mention {
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
	// A name read as a conjunction or beginning a company's name is none:
	// checked only for a token that would otherwise be a mention.
	notPlace := func() bool { return r.conjunctionRead(toks, j) || companyName(toks, j) }
	ms := r.gz.Lookup(tok)
	if len(rest) > 0 {
		// 清河|区市场监督管理局: the segmenter took the level character for the body.
		for _, c := range []string{"区", "县", "市", "旗", "州", "省"} {
			body, ok := strings.CutPrefix(rest[0], c)
			if !ok || body == "" || !isBody(body) {
				continue
			}
			if full := r.gz.Lookup(tok + c); len(full) > 0 && full[0].Form == gazetteer.Full {
				if notPlace() {
					return nil
				}
				m := r.named(tok+c, full, []string{body}, s)
				m.merged = true
				return m
			}
		}
	}
	if len(ms) == 0 {
		if j == 0 || toks[j-1] != "在" || !heldAfter(toks, j+1) || notPlace() {
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
	if notPlace() {
		return nil
	}
	return r.named(tok, ms, rest, s)
}

// named builds the mention of a place name with matches ms followed by the words rest.
func (r *Resolver) named(name string, ms []gazetteer.Match, rest []string, s sentence) *mention {
	m := &mention{name: name, form: ms[0].Form, weight: s.weight, headline: s.weight >= wHeadline, credit: s.credit, sentence: s.text}
	for _, x := range ms {
		if x.Form == ms[0].Form {
			m.cands = append(m.cands, x.Unit)
		}
	}
	// A short form is a body only before a known body (鄂前旗|市场监督管理局,
	// 琼山|分局), not before any word ending like one (会同|中央宣传部).
	if (m.form != gazetteer.Short && (isActor(rest) || holdsEvent(rest))) || (len(rest) > 0 && knownBodies[rest[0]]) {
		m.actor = true
		m.weight *= actorMul
	} else if m.form == gazetteer.Short {
		m.weight *= 0.5
	}
	return m
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

// attendanceClauses marks the words of clauses whose verb is attending
// (出席, 莅临): bodies named there send an official, they do not act.
func attendanceClauses(toks []string) []bool {
	out := make([]bool, len(toks))
	start := 0
	for j := 0; j <= len(toks); j++ {
		if j < len(toks) && !clauseEnd.in(toks[j]) {
			continue
		}
		attend := false
		for _, t := range toks[start:j] {
			if attendVerbs[t] {
				attend = true
			}
		}
		for k := start; k < j; k++ {
			out[k] = attend
		}
		start = j + 1
	}
	return out
}

// holdsEvent reports whether the words after a place name make it the
// holder of an event: 漠河市|在|初心|广场|举行, 某县|于|9月|在|广场|开展 (up to
// eight words, no punctuation between).
func holdsEvent(rest []string) bool {
	if len(rest) == 0 || rest[0] != "在" && rest[0] != "于" {
		return false
	}
	for k := 1; k < len(rest) && k <= 8; k++ {
		if venueVerbs[rest[k]] {
			return true
		}
		if listEnd.in(rest[k]) {
			return false
		}
	}
	return false
}

// venueVerbs follow the place where an event is held: 在北京举办.
var venueVerbs = map[string]bool{"举办": true, "举行": true, "召开": true, "启动": true, "开幕": true, "开展": true,
	"拉开帷幕": true, "揭幕": true, "启幕": true, "隆重举行": true}

// isVenue reports whether the mention at toks[j] is the venue of an event
// held by the body ending at toks[from]: 中消协|在|北京|举办, 中国科协|于|9月|在|
// 北京|隆重|举行; not when the body only attends (总局|领导|出席|在|杭州|举行的).
func isVenue(toks []string, from, j int, m *mention) bool {
	if j == 0 || toks[j-1] != "在" || m.actor || j-1-from > 8 {
		return false
	}
	for _, t := range toks[from : j-1] {
		if attendVerbs[t] || attendEnd.in(t) {
			return false
		}
	}
	next := j + 1
	if m.merged {
		next++
	}
	for k := next; k < len(toks) && k < next+2; k++ {
		if venueVerbs[toks[k]] {
			return true
		}
	}
	return false
}
