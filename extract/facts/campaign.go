package facts

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/extract/lexicon"
)

// campaignsData is the campaigns file (owned by package lexicon).
var campaignsData = lexicon.CampaignsData()

// campaignDef is one known campaign and the names it is written under.
type campaignDef struct {
	Name     string
	Aliases  []string // every written form, Name included
	Standing bool     // a standing programme (质量强省), taken only when no dated campaign is named
}

// campaignList is the parsed data file: one definition per campaign.
type campaignList struct {
	defs  []campaignDef
	names []nameRef          // every written form, longest first, for leftmost-longest matching
	first map[rune][]nameRef // names by their first character, in the order of names
	lead  *leadSet           // the lead keys of the names (see leadKey), nil when mentions must try every position
}

type nameRef struct {
	form string
	def  int
}

func parseCampaigns(data string) campaignList {
	var cl campaignList
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		def := campaignDef{}
		if strings.HasPrefix(line, "~") {
			def.Standing = true
			line = line[1:]
		}
		for _, f := range strings.Split(line, "\t") {
			if f = strings.TrimSpace(f); f != "" {
				def.Aliases = append(def.Aliases, f)
			}
		}
		def.Name = def.Aliases[0]
		for _, a := range def.Aliases {
			cl.names = append(cl.names, nameRef{a, len(cl.defs)})
		}
		cl.defs = append(cl.defs, def)
	}
	sort.SliceStable(cl.names, func(i, j int) bool { return len(cl.names[i].form) > len(cl.names[j].form) })
	cl.first = map[rune][]nameRef{}
	for _, n := range cl.names {
		r, _ := utf8.DecodeRuneInString(n.form)
		cl.first[r] = append(cl.first[r], n)
	}
	cl.lead = newLeadSet(cl.names, otherLits)
	return cl
}

// campaignMention is one place where a campaign is named.
type campaignMention struct {
	def        int
	start, end int
}

// mentionsEvery is mentions trying the names at every character of text:
// the reference the faster mentions is tested against, and its fallback
// when the names are too short for lead keys.
func (cl *campaignList) mentionsEvery(text string) []campaignMention {
	var out []campaignMention
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		found := false
		for _, n := range cl.first[r] { // only names starting with r can match here
			if strings.HasPrefix(text[i:], n.form) && standsAlone(text, i, i+len(n.form), n.form) {
				out = append(out, campaignMention{n.def, i, i + len(n.form)})
				i += len(n.form)
				found = true
				break
			}
		}
		if !found {
			i += size
		}
	}
	return out
}

// standsAlone rejects a numeric name (3.15) glued to other digits or units.
func standsAlone(text string, start, end int, form string) bool {
	first, _ := utf8.DecodeRuneInString(form)
	if first < '0' || first > '9' {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	after, _ := utf8.DecodeRuneInString(text[end:])
	if isDigitRune(before) || before == '.' || isDigitRune(after) || after == '.' {
		return false
	}
	return !strings.ContainsRune("%％亿万元个项家", after)
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// campaignResult is the campaign of a page and where it was read.
type campaignResult struct {
	name     string
	def      int // -1 for a name not in the data file
	year     int // for a name read from a year heading, that year
	standing bool
	sentence string
}

// findCampaign picks the campaign a page reports: the dated campaign named most
// often (the title counts twice), falling back to standing programmes and then
// to a campaign named in a year heading.
// textMentions and titleMentions are cl.mentions of d.text and of title;
// when all is set, spots are all the places of otherLits in d.text (see
// mentionsSpots).
func (cl *campaignList) find(d *doc, title string, textMentions, titleMentions []campaignMention, spots []spot, all bool) campaignResult {
	count := map[int]int{}
	first := map[int]int{}
	for _, m := range titleMentions {
		count[m.def] += 2
		if _, ok := first[m.def]; !ok {
			first[m.def] = -1
		}
	}
	for _, m := range textMentions {
		count[m.def]++
		if f, ok := first[m.def]; !ok || f == -1 {
			first[m.def] = m.start
		}
	}
	best := -1
	for def, n := range count {
		if best < 0 || better(cl.defs[def], n, first[def], cl.defs[best], count[best], first[best]) {
			best = def
		}
	}
	if best >= 0 {
		res := campaignResult{name: cl.defs[best].Name, def: best, standing: cl.defs[best].Standing}
		if first[best] >= 0 {
			res.sentence = d.sentenceAt(first[best])
		} else {
			res.sentence = title
		}
		return res
	}
	for i, src := range []string{title, d.text} {
		var name string
		var at, y int
		if i == 0 {
			name, at, y = otherCampaign(src, true)
		} else {
			name, at, y = otherCampaignSpots(src, false, spots, all)
		}
		if name != "" {
			sentence := title
			if i > 0 {
				sentence = d.sentenceAt(at)
			}
			return campaignResult{name: name, def: -1, year: y, sentence: sentence}
		}
	}
	return campaignResult{def: -1}
}

// better reports whether campaign a (named n times, first at fa) beats b.
func better(a campaignDef, n, fa int, b campaignDef, nb, fb int) bool {
	if a.Standing != b.Standing {
		return !a.Standing
	}
	if n != nb {
		return n > nb
	}
	return fa < fb
}

// isCampaignName reports whether s is a written form of campaign def.
func (cl *campaignList) isCampaignName(def int, s string) bool {
	if def < 0 {
		return false
	}
	for _, a := range cl.defs[def].Aliases {
		if s == a || strings.TrimPrefix(s, "全国") == a {
			return true
		}
	}
	return false
}

// known reports whether s, without its year and scope, is a written form of
// any campaign, or one with 全国 dropped (低碳日 for 全国低碳日).
func (cl *campaignList) known(s string) bool {
	s = stripYear(s)
	for _, n := range cl.names {
		if s == n.form || "全国"+s == n.form {
			return true
		}
	}
	return false
}

var yearPrefixRe = regexp.MustCompile(`^(?:(?:19|20)\d\d年?)?(?:全国|全省|全市)?`)

// stripYear removes a leading year and scope from a name: 2022年全国质量月 → 质量月.
func stripYear(s string) string { return yearPrefixRe.ReplaceAllString(s, "") }
