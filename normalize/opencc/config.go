package opencc

import (
	"embed"
	"fmt"
	"slices"
	"sync"
	"unicode/utf8"
)

//go:embed dict/*.txt
var dictFS embed.FS

// config mirrors an OpenCC JSON configuration: the dictionary used to
// segment the text by maximal forward matching, then the conversion chain,
// each step a group of dictionaries tried in order.
type config struct {
	segmentation string
	chain        [][]string
}

// configs are the OpenCC configurations served, as in /usr/share/opencc/*.json.
var configs = map[string]config{
	"t2s": {
		segmentation: "TSPhrases",
		chain:        [][]string{{"TSPhrases", "TSCharacters"}},
	},
	"tw2sp": {
		segmentation: "TSPhrases",
		chain: [][]string{
			{"TWPhrasesRev", "TWVariantsRevPhrases", "TWVariantsRev"},
			{"TSPhrases", "TSCharacters"},
		},
	},
	"hk2s": {
		segmentation: "TSPhrases",
		chain: [][]string{
			{"HKVariantsRevPhrases", "HKVariantsRev"},
			{"TSPhrases", "TSCharacters"},
		},
	},
}

// Configs lists the configuration names New accepts.
func Configs() []string {
	names := make([]string, 0, len(configs))
	for n := range configs {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

var (
	dictMu    sync.Mutex
	dictCache = map[string]*dict{}
	convMu    sync.Mutex
	convCache = map[string]*Converter{}
)

// loadDict parses an embedded dictionary once per process.
func loadDict(name string) (*dict, error) {
	dictMu.Lock()
	defer dictMu.Unlock()
	if d, ok := dictCache[name]; ok {
		return d, nil
	}
	raw, err := dictFS.ReadFile("dict/" + name + ".txt")
	if err != nil {
		return nil, fmt.Errorf("opencc: dictionary %s: %w", name, err)
	}
	d, err := parseDict(name, string(raw))
	if err != nil {
		return nil, err
	}
	dictCache[name] = d
	return d, nil
}

// New returns the converter of the named configuration ("t2s", "tw2sp",
// "hk2s"). Dictionaries load once per process; converters are shared and
// safe for concurrent use.
func New(name string) (*Converter, error) {
	convMu.Lock()
	defer convMu.Unlock()
	if c, ok := convCache[name]; ok {
		return c, nil
	}
	cfg, ok := configs[name]
	if !ok {
		return nil, fmt.Errorf("opencc: unknown configuration %q (have %v)", name, Configs())
	}
	c, err := build(name, cfg)
	if err != nil {
		return nil, err
	}
	convCache[name] = c
	return c, nil
}

// build loads the dictionaries of cfg.
func build(name string, cfg config) (*Converter, error) {
	seg, err := loadDict(cfg.segmentation)
	if err != nil {
		return nil, err
	}
	c := &Converter{name: name, seg: seg}
	for _, group := range cfg.chain {
		var ds []*dict
		for _, n := range group {
			d, err := loadDict(n)
			if err != nil {
				return nil, err
			}
			ds = append(ds, d)
		}
		c.chain = append(c.chain, ds)
	}
	c.fused = fusable(c.seg, c.chain)
	if c.fused {
		if c.fast, err = mergeDicts(c.chain[0]); err != nil {
			return nil, err
		}
		c.markChangers(c.fast)
	}
	c.asciiFree = c.seg.blocks[0] == nil
	c.markKeys(c.seg)
	for _, g := range c.chain {
		for _, d := range g {
			c.asciiFree = c.asciiFree && d.blocks[0] == nil
			c.markKeys(d)
		}
	}
	return c, nil
}

// mergeDicts merges a group whose first dictionary holds the phrases and
// whose others hold single runes: a rune's single value comes from the first
// dictionary that has one, as the group would give it.
func mergeDicts(group []*dict) (*dict, error) {
	m := &dict{name: "merged", multi: map[string]int32{}}
	for _, d := range group {
		for k, v := range d.multi {
			if err := m.add(k, d.vals[v]); err != nil {
				return nil, err
			}
		}
		for hi, b := range d.blocks {
			if b == nil {
				continue
			}
			for lo, e := range b {
				if v := e & 0xffffff; v != 0 {
					if err := m.add(string(rune(hi<<8|lo)), d.vals[v-1]); err != nil {
						return nil, err
					}
				}
			}
		}
	}
	return m, nil
}

// fusable reports whether segmentation and conversion can run in one pass:
// a single conversion whose group starts with the segmentation dictionary
// and whose other dictionaries hold single runes only. Then a segment matched
// by the segmentation dictionary converts to that key's value, and between
// matched segments the segmentation dictionary matches nowhere (segmentation
// tried every position there), so only single-rune lookups remain.
func fusable(seg *dict, chain [][]*dict) bool {
	if len(chain) != 1 || len(chain[0]) == 0 || chain[0][0] != seg {
		return false
	}
	for _, d := range chain[0][1:] {
		if !d.singleOnly() {
			return false
		}
	}
	return true
}

// markKeys records the ASCII bytes occurring in keys of d, and its longest key.
func (c *Converter) markKeys(d *dict) {
	c.maxKey = max(c.maxKey, d.maxLen)
	for k := range d.multi {
		for i := 0; i < len(k); i++ {
			if k[i] < utf8.RuneSelf {
				c.inKey[k[i]] = true
			}
		}
	}
	if b := d.blocks[0]; b != nil {
		for i, e := range b {
			if e&0xffffff != 0 && i < utf8.RuneSelf {
				c.inKey[i] = true
			}
		}
	}
}

// Classify tells whether r is a traditional-only character (one the last
// conversion step's single-rune dictionaries change) or a simplified-only one
// (a value of those dictionaries that is not itself a key).
func (c *Converter) Classify(r rune) (traditional, simplified bool) {
	c.classOnce.Do(c.buildClasses)
	if r >= 0 && r < 1<<16 {
		bit := uint64(1) << (r % 64)
		return c.classBits[0][r/64]&bit != 0, c.classBits[1][r/64]&bit != 0
	}
	return c.trad[r], c.simp[r]
}

// buildClasses fills the character classes from the last conversion step.
func (c *Converter) buildClasses() {
	c.trad, c.simp = map[rune]bool{}, map[rune]bool{}
	last := c.chain[len(c.chain)-1]
	keys := map[rune]bool{}
	for _, d := range last {
		for hi, b := range d.blocks {
			if b == nil {
				continue
			}
			for lo, e := range b {
				v := e & 0xffffff
				if v == 0 {
					continue
				}
				r := rune(hi<<8 | lo)
				keys[r] = true
				if val := d.vals[v-1]; val != string(r) {
					c.trad[r] = true
					for _, s := range val {
						c.simp[s] = true
					}
				}
			}
		}
	}
	for r := range keys {
		delete(c.simp, r)
	}
	for i, m := range []map[rune]bool{c.trad, c.simp} {
		for r, ok := range m {
			if ok && r >= 0 && r < 1<<16 {
				c.classBits[i][r/64] |= 1 << (r % 64)
			}
		}
	}
}
