// Package opencc converts Chinese text between scripts exactly as the OpenCC
// command-line tool does (configurations t2s, tw2sp and hk2s), with OpenCC's
// dictionaries embedded: maximal forward matching segments the text over the
// segmentation dictionary, then each conversion step rewrites every segment,
// taking in each dictionary group the first dictionary that matches a prefix,
// its longest matching key and that key's first candidate.
package opencc

import (
	"sync"
	"unicode/utf8"
)

// Converter converts text with one OpenCC configuration. It is safe for
// concurrent use.
type Converter struct {
	name  string
	seg   *dict
	chain [][]*dict
	fused bool
	fast  *dict // fused: the segmentation and single-rune dictionaries merged
	// asciiFree: no dictionary has a key starting with an ASCII byte, so
	// ASCII is copied without lookups and is a safe place to cut text.
	asciiFree bool
	inKey     [utf8.RuneSelf]bool // ASCII bytes occurring in some key
	maxKey    int                 // longest key, in bytes

	// changers (fused only) holds, for every key of fast whose value is not
	// the key, one of its runes: text holding none of them (and no rune
	// above U+FFFF) converts to itself. See markChangers.
	changers [1 << 16 / 64]uint64

	classOnce  sync.Once
	trad, simp map[rune]bool           // see Classify
	classBits  [2][1 << 16 / 64]uint64 // trad and simp for runes below U+10000, read without a map lookup
}

// Name returns the configuration name, e.g. "t2s".
func (c *Converter) Name() string { return c.name }

// Convert converts s. Text that needs no change is returned as is, without
// allocating.
func (c *Converter) Convert(s string) string {
	if c.fused {
		if !c.mayChange(s) {
			return s
		}
		if out, changed := c.convertFused(nil, s, true); changed {
			return string(out)
		}
		return s
	}
	return string(c.convertChain(nil, s))
}

// mayChange reports whether s holds a rune of changers or a rune above
// U+FFFF: when it does not, no key whose value differs from it occurs in s,
// so conversion gives s back. One walk with a bitset test per rune, where
// firstChange looks every rune up and probes phrases.
func (c *Converter) mayChange(s string) bool { return c.nextChanger(s, 0) < len(s) }

// MayChange reports whether r may take part in a change: Convert(s) is s
// for every s none of whose runes (as a range over s reads them) it reports.
// It reports every rune when the configuration is not fused (its text is
// converted without the changers' shortcut).
func (c *Converter) MayChange(r rune) bool {
	if !c.fused {
		return true
	}
	u := uint32(r) // a negative rune is above U+FFFF too
	return u >= 1<<16 || c.changers[u>>6]&(1<<(u&63)) != 0
}

// markChangers fills changers from the keys of d: a single-rune key whose
// value differs marks its rune; a longer one that changes marks a rune of it
// that changes alone when it has one, else the runes where key and value
// differ (every rune when they differ in length).
func (c *Converter) markChangers(d *dict) {
	mark := func(r rune) {
		if r < 1<<16 {
			c.changers[r/64] |= 1 << (r % 64)
		}
	}
	for hi, b := range d.blocks {
		if b == nil {
			continue
		}
		for lo, e := range b {
			if v := e & 0xffffff; v != 0 && d.vals[v-1] != string(rune(hi<<8|lo)) {
				mark(rune(hi<<8 | lo))
			}
		}
	}
	singles := c.changers
	alone := func(r rune) bool { return r < 1<<16 && singles[r/64]&(1<<(r%64)) != 0 }
	for k, v := range d.multi {
		val := d.vals[v]
		if val == k {
			continue
		}
		kr, vr := []rune(k), []rune(val)
		covered := false
		for _, r := range kr {
			covered = covered || alone(r)
		}
		if covered {
			continue
		}
		for i, r := range kr {
			if len(kr) != len(vr) || r != vr[i] {
				mark(r)
			}
		}
	}
}

// AppendConvert appends the conversion of s to dst.
func (c *Converter) AppendConvert(dst []byte, s string) []byte {
	if c.fused {
		out, _ := c.convertFused(dst, s, false)
		return out
	}
	return c.convertChain(dst, s)
}

// convertFused segments and converts in one pass (see fusable). With lazy
// set, nothing is allocated unless something changes, and changed reports
// whether something did.
func (c *Converter) convertFused(dst []byte, s string, lazy bool) (out []byte, changed bool) {
	i := 0
	if lazy {
		if i = c.firstChange(s); i == len(s) {
			return dst, false
		}
		dst = make([]byte, 0, len(s)+len(s)/8)
	}
	dst = append(dst, s[:i]...)
	return c.fusedFrom(dst, s, i), true
}

// step converts the segment starting at s[i:] in the fused pass: it returns
// the segment's length and its conversion (ok false when the rune at i is
// left as it is). The merged dictionary answers in one lookup what the
// segmentation dictionary, then the single-rune dictionaries, would.
func (c *Converter) step(s string, i int) (n int, val string, ok bool) {
	n, v, size := c.fast.match(s, i, len(s))
	if n > 0 {
		return n, v, true
	}
	return size, "", false
}

// firstChange returns the first position, visited by segmentation, whose
// conversion differs from the input (len(s) when there is none). It walks
// segmentation only around the runes of changers (see skip).
func (c *Converter) firstChange(s string) int {
	for i := 0; i < len(s); {
		q, p := c.skip(s, i)
		for i = q; i <= p && i < len(s); {
			if c.asciiFree && s[i] < utf8.RuneSelf {
				i++
				continue
			}
			n, v, ok := c.step(s, i)
			if ok && v != s[i:i+n] {
				return i
			}
			i += n
		}
	}
	return len(s)
}

// fusedFrom appends the conversion of s[i:] to dst; i is a position visited
// by segmentation. Stretches without a rune of changers are copied (see skip).
func (c *Converter) fusedFrom(dst []byte, s string, i int) []byte {
	for i < len(s) {
		q, p := c.skip(s, i)
		dst = append(dst, s[i:q]...)
		for i = q; i <= p && i < len(s); {
			if c.asciiFree && s[i] < utf8.RuneSelf {
				j := i + 1
				for j < len(s) && s[j] < utf8.RuneSelf {
					j++
				}
				dst = append(dst, s[i:j]...)
				i = j
				continue
			}
			n, v, ok := c.step(s, i)
			if ok {
				dst = append(dst, v...)
			} else {
				dst = append(dst, s[i:i+n]...)
			}
			i += n
		}
	}
	return dst
}

// skip returns, for a position i that segmentation visits, the next rune of
// changers at or after it (p, len(s) when there is none) and a position q
// in [i, p] that segmentation visits too: just after the last ASCII byte
// before p that occurs in no key (no match spans such a byte, a line break
// among them), else i. Segments between i and q hold no rune of changers
// and convert to themselves.
func (c *Converter) skip(s string, i int) (q, p int) {
	p = c.nextChanger(s, i)
	if p == len(s) {
		return p, p
	}
	for k := p - 1; k >= i; k-- {
		if b := s[k]; b < utf8.RuneSelf && !c.inKey[b] {
			return k + 1, p
		}
	}
	return i, p
}

// nextChanger returns the offset of the first rune at or after i that is
// in changers or above U+FFFF, or len(s).
func (c *Converter) nextChanger(s string, i int) int {
	for i < len(s) {
		b := s[i]
		if b < utf8.RuneSelf {
			if c.changers[b/64]&(1<<(b%64)) != 0 {
				return i
			}
			i++
			continue
		}
		var r rune
		size := 3
		if b >= 0xE1 && b <= 0xEF && b != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			r = rune(b&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F) // three bytes needing no range check
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if u := uint32(r); u >= 1<<16 || c.changers[u>>6]&(1<<(u&63)) != 0 { // (a decoded rune is not negative)
			return i
		}
		i += size
	}
	return len(s)
}
