package facts

import (
	"github.com/ccorpus/ccorpus/normalize"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylineForm is the byline that closes one report of a digest: (徐东周),
// (张勇 李辉), (记者 周伟).
const bylineForm = `[（(](?:记者|通讯员|作者)?[:：/\s]*\p{Han}{2,4}(?:[\s　、，,]+\p{Han}{2,4}){0,3}[)）]`

var (
	// bylineRe is a byline on a line of its own.
	bylineRe = regexp.MustCompile(`^` + bylineForm + `$`)
	// trailingBylineRe is a byline closing a paragraph after its last
	// sentence: …开展12项活动。（刘晓明）
	trailingBylineRe = regexp.MustCompile(`[。！？!?”」]\s*(` + bylineForm + `)\s*$`)
)

// isByline reports whether a parenthesis names the writer, not a photo
// credit (张三摄), a picture (图文) or a continuation (待续).
func isByline(p string) bool { return !strings.ContainsAny(p, "摄图续完") }

// bylineLine reports whether line, trimmed, is a byline, running bylineRe
// only over lines that end in a closing parenthesis before white space, as
// its matches do.
func bylineLine(line string) bool {
	if !closesParenSpaced(line) {
		return false
	}
	l := strings.TrimSpace(line)
	return bylineRe.MatchString(l) && isByline(l)
}

// trailingByline returns trailingBylineRe.FindStringSubmatchIndex(line),
// running the pattern only over lines that end in a parenthesis before
// white space (\s), as its matches do.
func trailingByline(line string) []int {
	end := len(line)
	for end > 0 && (line[end-1] == ' ' || line[end-1] >= '\t' && line[end-1] <= '\r' && line[end-1] != '\v') {
		end-- // strings.TrimRight(line, "\t\n\f\r ")
	}
	if !closesParen(line[:end]) {
		return nil
	}
	return trailingBylineRe.FindStringSubmatchIndex(line)
}

// closesParenSpaced returns closesParen(strings.TrimRightFunc(line,
// unicode.IsSpace)), trimming the ASCII spaces itself and deciding at once
// when the character before them is a parenthesis or surely no space (ASCII,
// or a three-byte character from U+3001 on: the other spaces are below).
func closesParenSpaced(line string) bool {
	end := len(line)
	for end > 0 && (line[end-1] == ' ' || line[end-1] >= '\t' && line[end-1] <= '\r') {
		end-- // unicode.IsSpace's ASCII spaces: \t \n \v \f \r and ' '
	}
	t := line[:end]
	switch {
	case closesParen(t):
		return true
	case end == 0:
		return false
	case t[end-1] < utf8.RuneSelf:
		return false
	case end >= 3 && t[end-3] >= 0xE3 && t[end-3] <= 0xEF && t[end-2]&0xC0 == 0x80 && t[end-1]&0xC0 == 0x80 &&
		!(t[end-3] == 0xE3 && t[end-2] == 0x80 && t[end-1] == 0x80):
		return false
	}
	return closesParen(strings.TrimRightFunc(t, unicode.IsSpace))
}

// closesParen reports whether s ends in a closing parenthesis.
func closesParen(s string) bool { return strings.HasSuffix(s, ")") || strings.HasSuffix(s, "）") }

// digestParts splits a digest page into its reports, each closed by a byline
// on its own line or at the end of the report's last paragraph (not a photo
// credit such as (张三摄)). It returns nil when the page is not a digest: fewer than three
// reports, or reports too short to be reports.
func digestParts(d *doc) []span {
	var parts []span
	start := 0
	off := 0
	for off < len(d.text) {
		line := d.text[off:]
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line = line[:i+1]
		}
		if bylineLine(line) {
			parts = append(parts, span{start, off})
			start = off + len(line)
		} else if m := trailingByline(line); m != nil && isByline(line[m[2]:m[3]]) {
			parts = append(parts, span{start, off + m[2]})
			start = off + len(line)
		}
		off += len(line)
	}
	if len(parts) < 3 {
		return nil
	}
	for _, p := range parts {
		if normalize.HanCount(d.text[p.start:p.end]) < 60 {
			return nil
		}
	}
	return parts
}
