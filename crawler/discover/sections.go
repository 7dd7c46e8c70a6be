package discover

import (
	"bufio"
	_ "embed"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/ccorpus/ccorpus/crawler"
)

//go:embed data/sections.tsv
var sectionsTSV string

// sectionWord is a link text that names a news section, with its weight.
type sectionWord struct {
	word   string
	weight int
}

// Vocabulary scores link texts as names of news sections.
type Vocabulary struct{ words []sectionWord }

// DefaultVocabulary is the embedded table data/sections.tsv.
func DefaultVocabulary() *Vocabulary { return ParseVocabulary(sectionsTSV) }

// ParseVocabulary reads "word<TAB>weight" lines ('#' starts a comment).
func ParseVocabulary(text string) *Vocabulary {
	v := &Vocabulary{}
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w, n, ok := strings.Cut(line, "\t")
		weight, err := strconv.Atoi(strings.TrimSpace(n))
		if !ok || err != nil || w == "" {
			continue
		}
		v.words = append(v.words, sectionWord{word: w, weight: weight})
	}
	sort.SliceStable(v.words, func(i, j int) bool {
		return utf8.RuneCountInString(v.words[i].word) > utf8.RuneCountInString(v.words[j].word)
	})
	return v
}

// Score is the weight of the longest vocabulary word in a link text, 0 when
// none; texts longer than a section name (article titles) score 0.
func (v *Vocabulary) Score(text string) (int, string) {
	if n := utf8.RuneCountInString(text); n == 0 || n > 12 {
		return 0, ""
	}
	for _, w := range v.words {
		if strings.Contains(text, w.word) {
			return w.weight, w.word
		}
	}
	return 0, ""
}

// Section is a link to a candidate news section.
type Section struct {
	URL   string `json:"url"`
	Text  string `json:"text"`
	Score int    `json:"score"`
	InNav bool   `json:"in_nav"` // inside the page's navigation
}

// navHints are the id and class fragments of navigation containers.
var navHints = []string{"nav", "menu", "daohang", "lanmu", "column", "dh", "channel", "header", "top"}

// findSections returns the links of a page that name news sections, best
// first: the vocabulary's weight, +2 inside the navigation, +1 for a text
// that is exactly the word. A "更多" (more) link takes the title of the box
// it closes. Only links to hosts allowed by ok count.
func (v *Vocabulary) findSections(html string, base *url.URL, ok func(string) bool) []Section {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(crawler.ExpandEmbeddedLists(html)))
	if err != nil {
		return nil
	}
	best := map[string]Section{}
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		u, err := crawler.Resolve(base, href)
		if err != nil || !ok(u) || (base != nil && u == base.String()) {
			return
		}
		text := strings.Join(strings.Fields(a.Text()), "")
		if text == "" {
			text = strings.Join(strings.Fields(a.AttrOr("title", "")), "")
		}
		if isMore(text) {
			text = boxTitle(a)
		}
		score, word := v.Score(text)
		if score <= 0 {
			return
		}
		s := Section{URL: u, Text: text, Score: score}
		if text == word {
			s.Score++
		}
		if inNav(a) {
			s.InNav = true
			s.Score += 2
		}
		if prev, seen := best[u]; !seen || s.Score > prev.Score {
			best[u] = s
		}
	})
	out := make([]Section, 0, len(best))
	for _, s := range best {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].URL < out[j].URL
	})
	return out
}

func isMore(t string) bool {
	t = strings.Trim(strings.ToLower(t), "+>»›.。 []【】")
	return t == "更多" || t == "more" || t == "查看更多" || t == ""
}

// boxTitle is the heading of the box a "more" link closes: the text of its
// nearest ancestor without the link, when short enough to be a title.
func boxTitle(a *goquery.Selection) string {
	for p := a.Parent(); p.Length() > 0 && !p.Is("body"); p = p.Parent() {
		h := p.Find("h1, h2, h3, h4, h5, .title, .tit, span, b, strong").First()
		if h.Length() > 0 {
			if t := strings.Join(strings.Fields(h.Text()), ""); t != "" && utf8.RuneCountInString(t) <= 12 && !isMore(t) {
				return t
			}
		}
	}
	return ""
}

func inNav(a *goquery.Selection) bool {
	found := false
	a.ParentsFiltered("*").EachWithBreak(func(_ int, p *goquery.Selection) bool {
		if p.Is("nav, header") {
			found = true
			return false
		}
		key := strings.ToLower(p.AttrOr("id", "") + " " + p.AttrOr("class", ""))
		for _, h := range navHints {
			if strings.Contains(key, h) {
				found = true
				return false
			}
		}
		return true
	})
	return found
}
