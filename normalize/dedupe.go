package normalize

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

const (
	// minDupRunes is the shortest line DropDuplicates compares: short lines
	// (一、 or a table cell) repeat legitimately.
	minDupRunes = 8
	// minDupBlock is the fewest consecutive repeated lines dropped, and
	// minDupShare the least share of the text they must hold: a body or a
	// large section that appears twice. A repeated paragraph (a photo
	// caption, a post quoted in a forum reply) is page content and stays.
	minDupBlock = 3
	minDupShare = 0.25
)

// DropDuplicates drops repeated blocks: runs of at least minDupBlock
// consecutive lines each repeating an earlier line (compared without spaces
// and punctuation) and holding at least minDupShare of the text, keeping the
// first copy, so that a page whose body appears twice keeps one. Blank and short lines inside a run do not break
// it. It returns the text and the number of lines dropped.
func DropDuplicates(s string) (string, int) {
	var buf [128]dupLine // most pages fit: no allocation
	lines := buf[:0]
	if n := strings.Count(s, "\n") + 1; n > len(buf) {
		lines = make([]dupLine, 0, n)
	}
	lines = dupLines(lines, s)
	markRepeats(s, lines)
	n := 0
	for i := 0; i < len(lines); {
		if !lines[i].repeat {
			i++
			continue
		}
		j, count := i, 0
		for j < len(lines) && (lines[j].repeat || !lines[j].long) {
			if lines[j].repeat {
				count++
			}
			j++
		}
		for j > i && !lines[j-1].repeat {
			j-- // a run ends on its last repeated line
		}
		if count >= minDupBlock && float64(utf8.RuneCountInString(s[lines[i].start:lines[j-1].end])-(j-1-i)) >= minDupShare*float64(utf8.RuneCountInString(s)) {
			for k := i; k < j; k++ {
				lines[k].drop = true
				n++
			}
		}
		i = j
	}
	if n == 0 {
		return s, 0
	}
	var b strings.Builder
	b.Grow(len(s))
	first := true
	for _, l := range lines {
		if l.drop {
			continue
		}
		if !first {
			b.WriteByte('\n')
		}
		first = false
		b.WriteString(s[l.start:l.end])
	}
	return b.String(), n
}

// dupLine is what DropDuplicates knows of a line: where it is in the text,
// the hash of its key's first minDupRunes runes (long lines only), its
// key's hash and byte length (found on first use), and its marks.
type dupLine struct {
	start, end         int
	pre, hash          uint64
	keyLen             int
	prev               int // the latest earlier long line of the same pre, or -1
	long, repeat, drop bool
	hashed             bool // hash and keyLen are set
}

// dupLines appends the lines of s (strings.Split(s, "\n")) to lines, with
// the prefix hash of each line of at least minDupRunes key runes: equal
// keys begin with the same runes, so only lines of the same prefix hash
// are compared, and only their whole keys are hashed.
func dupLines(lines []dupLine, s string) []dupLine {
	for start := 0; ; {
		end := lineEnd(s, start)
		l := dupLine{start: start, end: end}
		if end-start >= minDupRunes { // else its key is shorter still
			l.pre, l.long = dupKeyPrefix(s[start:end])
		}
		lines = append(lines, l)
		if end == len(s) {
			return lines
		}
		start = end + 1
	}
}

// sameHash reports whether the keys of two long lines of the same prefix
// hash have the same hash and length, hashing each on first use.
func sameHash(s string, a, b *dupLine) bool {
	for _, l := range []*dupLine{a, b} {
		if !l.hashed {
			l.hash, l.keyLen, _ = dupKeyHash(s[l.start:l.end])
			l.hashed = true
		}
	}
	return a.hash == b.hash && a.keyLen == b.keyLen
}

// markRepeats marks the long lines whose key equals that of an earlier long
// line. Equal prefix hashes, then equal hashes and lengths, are confirmed
// by comparing the keys. The lines of a prefix hash are chained through
// prev from the latest, found in a table by open addressing.
func markRepeats(s string, lines []dupLine) {
	var buf [256]int32 // most pages fit: no allocation
	tab := buf[:]
	if len(lines) > len(buf)/2 {
		size := len(buf)
		for size < 2*len(lines) {
			size *= 2
		}
		tab = make([]int32, size)
	}
	mask := uint64(len(tab) - 1)
	var ka, kb []byte
	for i := range lines {
		li := &lines[i]
		if !li.long {
			continue
		}
		li.prev = -1
		h := (li.pre ^ li.pre>>32) & mask
		for ; tab[h] != 0; h = (h + 1) & mask { // entries are line indexes + 1
			if j := int(tab[h]) - 1; lines[j].pre == li.pre {
				li.prev = j
				break
			}
		}
		tab[h] = int32(i + 1)
		for j := li.prev; j >= 0 && !li.repeat; j = lines[j].prev {
			if lj := &lines[j]; sameHash(s, lj, li) {
				ka, kb = sameDupKey(ka, kb, s[lj.start:lj.end], s[li.start:li.end], &li.repeat)
			}
		}
	}
}

// sameDupKey sets *same when a and b have the same key, building both in
// the scratch buffers ka and kb, which it returns.
func sameDupKey(ka, kb []byte, a, b string, same *bool) ([]byte, []byte) {
	ka, _ = appendDupKey(ka[:0], a)
	kb, _ = appendDupKey(kb[:0], b)
	*same = string(ka) == string(kb)
	return ka, kb
}

// dupKeyHash is dupHash(appendDupKey(nil, l)) and the key's length in
// bytes and in runes, without building the key.
func dupKeyHash(l string) (h uint64, size, n int) { return dupKeyHashUpTo(l, math.MaxInt) }

// dupKeyPrefix is the hash of the first minDupRunes runes of l's key
// (dupHash of them), and whether the key has that many.
func dupKeyPrefix(l string) (h uint64, long bool) {
	h, _, n := dupKeyHashUpTo(l, minDupRunes)
	return h, n >= minDupRunes
}

// dupKeyHashUpTo is dupKeyHash of the first limit runes of l's key.
func dupKeyHashUpTo(l string, limit int) (h uint64, size, n int) {
	h = dupHashSeed
	dropped := dupDropped()
	for i := 0; i < len(l) && n < limit; {
		if b := l[i]; b < utf8.RuneSelf {
			if dupKeptASCII[b] {
				h = (h ^ uint64(b)) * dupHashPrime
				size++
				n++
			}
			i++
			continue
		}
		if cjkAt(l, i) { // CJK ideographs are kept
			h = (h ^ (uint64(l[i])<<16 | uint64(l[i+1])<<8 | uint64(l[i+2]))) * dupHashPrime
			size += 3
			n++
			i += 3
			continue
		}
		r, sz := DecodeRuneAt(l, i)
		if r < 0x4E00 || r > 0x9FFF {
			if r < 1<<16 && dropped.has(r) || r >= 1<<16 && dupRune(r) < 0 {
				i += sz
				continue
			}
		}
		h = (h ^ packRune(l[i:i+sz])) * dupHashPrime
		size += sz
		n++
		i += sz
	}
	return h, size, n
}

// The hash of a key: FNV-1a over its runes, each rune's UTF-8 bytes taken
// as one number (a key is valid UTF-8: appendDupKey drops invalid bytes).
const (
	dupHashSeed  = 14695981039346656037
	dupHashPrime = 1099511628211
)

// dupHash is the hash dupKeyHash computes, of a key built.
func dupHash(key string) uint64 {
	h := uint64(dupHashSeed)
	for i := 0; i < len(key); {
		_, sz := utf8.DecodeRuneInString(key[i:])
		h = (h ^ packRune(key[i:i+sz])) * dupHashPrime
		i += sz
	}
	return h
}

// packRune is the bytes of one rune's UTF-8 encoding as a number.
func packRune(b string) uint64 {
	var v uint64
	for i := 0; i < len(b); i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}

// appendDupKey appends l's key, the line without spaces and punctuation, to
// key and returns it and its length in runes: strings.Map(dupRune, l) in one walk, keeping a rune's
// bytes as they are.
func appendDupKey(key []byte, l string) ([]byte, int) {
	dropped := dupDropped()
	n := 0
	for i := 0; i < len(l); {
		if b := l[i]; b < utf8.RuneSelf {
			if dupKeptASCII[b] {
				key = append(key, b)
				n++
			}
			i++
			continue
		}
		if cjkAt(l, i) {
			key = append(key, l[i:i+3]...) // CJK ideographs are kept
			n++
			i += 3
			continue
		}
		r, size := DecodeRuneAt(l, i)
		switch {
		case r >= 0x4E00 && r <= 0x9FFF: // kept
		case r < 1<<16 && dropped.has(r), r >= 1<<16 && dupRune(r) < 0:
			i += size
			continue // (an invalid byte reads as U+FFFD, a symbol: dropped too)
		}
		key = append(key, l[i:i+size]...)
		n++
		i += size
	}
	return key, n
}

// dupRune is the mapping of appendDupKey: spaces, punctuation and symbols go.
func dupRune(r rune) rune {
	if r >= 0x4E00 && r <= 0x9FFF { // CJK ideographs: neither space, punctuation nor symbol
		return r
	}
	if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
		return -1
	}
	return r
}

// dupKeptASCII marks the ASCII bytes dupRune keeps.
var dupKeptASCII = func() (t [utf8.RuneSelf]bool) {
	for b := range utf8.RuneSelf {
		t[b] = dupRune(rune(b)) >= 0
	}
	return t
}()

var (
	dupOnce sync.Once
	dupSet  *runeSet
)

// dupDropped returns the runes below U+10000 dupRune drops, built once.
func dupDropped() *runeSet {
	dupOnce.Do(func() {
		var rs runeSet
		for r := rune(0); r < 1<<16; r++ {
			if dupRune(r) < 0 {
				rs.add(r)
			}
		}
		if !rs.has(utf8.RuneError) {
			panic("normalize: U+FFFD is no symbol") // appendDupKey drops invalid bytes as such
		}
		dupSet = &rs
	})
	return dupSet
}
