package facts

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// blockBreakRe ends a block inside a paragraph: a sentence closed by 。！？
// and white space, as when reports are run together in one paragraph, or a
// sentence or clause closed before an item marker (——, ●, ◆, 一是 …), the
// marker opening the next block.
var blockBreakRe = regexp.MustCompile(`[。！？][ 　\t]+|[。！？；;：:][ 　\t]*(` + itemMarker + `)`)

// itemMarker opens an item of a round-up: a dash, a bullet, 一是/二是….
const itemMarker = `——|[●◆■▲★▶◇•]|[一二三四五六七八九十]是`

// itemMarkerRe is an item marker opening a block, with the white space
// around it (also a numbered item: 1. （一）).
var itemMarkerRe = regexp.MustCompile(`^[ 　\t]*(?:` + itemMarker + `|[·]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、．])[ 　\t]*`)

// textBlocks splits text into blocks: paragraphs, and inside a paragraph the
// runs of sentences that white space after a full stop, or an item marker,
// separates.
func textBlocks(text string) []span {
	var out []span
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		start := off
		for _, m := range blockBreakRe.FindAllStringSubmatchIndex(line, -1) {
			_, stop := utf8.DecodeRuneInString(line[m[0]:])
			next := m[1]
			if m[2] >= 0 {
				next = m[2] // the marker opens the next block
			}
			out = append(out, span{start, off + m[0] + stop})
			start = off + next
		}
		if strings.TrimSpace(text[start:off+len(line)]) != "" {
			out = append(out, span{start, off + len(line)})
		}
		off += len(line)
	}
	return out
}

// itemBody returns b without the item marker that opens it.
func itemBody(text string, b span) span {
	if m := itemMarkerRe.FindStringIndex(text[b.start:b.end]); m != nil {
		b.start += m[1]
	}
	return b
}
