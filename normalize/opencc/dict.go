package opencc

import (
	"bufio"
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxKeyBytes bounds the length of a dictionary key, so that a key length
// fits the 8 bits the rune table keeps for it; maxKeyRunes bounds its runes.
const (
	maxKeyBytes = 255
	maxKeyRunes = 64
)

// dict is one OpenCC dictionary: keys mapped to their first candidate value.
// Lookups are by longest prefix, like OpenCC's MatchPrefix over its trie.
//
// Every rune that starts a key has an entry in a two-level table (256 runes
// per block): the byte length of the longest key starting with it (high 8
// bits) and, when the rune alone is a key, its value index + 1 (low 24 bits).
// Keys of several runes live in a map, probed from the longest candidate down,
// so the common case (a rune that starts no key, or a single-rune key) costs
// two array loads and no allocation.
type dict struct {
	name   string
	blocks [(utf8.MaxRune + 1) >> 8]*[256]uint32
	multi  map[string]int32
	vals   []string
	maxLen int // longest key in bytes
}

// parseDict reads OpenCC's text format: key, tab, space-separated candidates.
func parseDict(name, text string) (*dict, error) {
	d := &dict{name: name, multi: map[string]int32{}}
	sc := bufio.NewScanner(strings.NewReader(text))
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if line == "" {
			continue
		}
		key, vals, ok := strings.Cut(line, "\t")
		if !ok || key == "" || !utf8.ValidString(key) {
			return nil, fmt.Errorf("opencc: %s line %d: malformed entry %q", name, ln, line)
		}
		val, _, _ := strings.Cut(vals, " ")
		if err := d.add(key, val); err != nil {
			return nil, fmt.Errorf("opencc: %s line %d: %w", name, ln, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("opencc: read %s: %w", name, err)
	}
	return d, nil
}

// add inserts key → val; a later duplicate key is ignored (first wins).
func (d *dict) add(key, val string) error {
	if len(key) > maxKeyBytes || utf8.RuneCountInString(key) > maxKeyRunes {
		return fmt.Errorf("key %q longer than %d bytes or %d runes", key, maxKeyBytes, maxKeyRunes)
	}
	if len(d.vals) >= 1<<24-1 {
		return fmt.Errorf("too many entries")
	}
	r, size := utf8.DecodeRuneInString(key)
	b := d.blocks[r>>8]
	if b == nil {
		b = new([256]uint32)
		d.blocks[r>>8] = b
	}
	e := b[r&0xff]
	if size == len(key) {
		if e&0xffffff != 0 {
			return nil
		}
		d.vals = append(d.vals, val)
		e |= uint32(len(d.vals))
	} else {
		if _, dup := d.multi[key]; dup {
			return nil
		}
		d.vals = append(d.vals, val)
		d.multi[key] = int32(len(d.vals) - 1)
	}
	if ml := uint32(len(key)); ml > e>>24 {
		e = e&0xffffff | ml<<24
	}
	b[r&0xff] = e
	d.maxLen = max(d.maxLen, len(key))
	return nil
}

// entry returns the table entry of the rune starting s[i:], and its size.
// Bytes that are not valid UTF-8 start no key.
func (d *dict) entry(s string, i int) (e uint32, size int) {
	c := s[i]
	if c < utf8.RuneSelf {
		if b := d.blocks[0]; b != nil {
			return b[c], 1
		}
		return 0, 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size == 1 {
		return 0, 1
	}
	if b := d.blocks[r>>8]; b != nil {
		return b[r&0xff], size
	}
	return 0, size
}

// match finds the longest key that is a prefix of s[i:end]. It returns the
// key's length in bytes (0 when nothing matches), the value, and the size of
// the rune at i.
func (d *dict) match(s string, i, end int) (n int, val string, size int) {
	e, size := d.entry(s, i)
	if e == 0 {
		return 0, "", size
	}
	if ml := int(e >> 24); ml > size && end-i > size {
		lim := min(i+ml, end)
		var ends [maxKeyRunes]int
		k := 0
		for j := i + size; j < lim && k < maxKeyRunes; {
			_, sz := utf8.DecodeRuneInString(s[j:lim])
			j += sz
			ends[k] = j
			k++
		}
		for k--; k >= 0; k-- {
			if v, ok := d.multi[s[i:ends[k]]]; ok {
				return ends[k] - i, d.vals[v], size
			}
		}
	}
	if v := e & 0xffffff; v != 0 && size <= end-i {
		return size, d.vals[v-1], size
	}
	return 0, "", size
}

// singleOnly reports whether every key is a single rune.
func (d *dict) singleOnly() bool { return len(d.multi) == 0 }
