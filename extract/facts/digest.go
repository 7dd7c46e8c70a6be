package facts

import (
	"github.com/ccorpus/ccorpus/normalize"
	"regexp"
	"strings"
	"unicode"
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
	if !closesParen(strings.TrimRightFunc(line, unicode.IsSpace)) {
		return false
	}
	l := strings.TrimSpace(line)
	return bylineRe.MatchString(l) && isByline(l)
}

// trailingByline returns trailingBylineRe.FindStringSubmatchIndex(line),
// running the pattern only over lines that end in a parenthesis before
// white space (\s), as its matches do.
func trailingByline(line string) []int {
	if !closesParen(strings.TrimRight(line, "\t\n\f\r ")) {
		return nil
	}
	return trailingBylineRe.FindStringSubmatchIndex(line)
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
