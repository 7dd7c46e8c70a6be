package discover

import (
	"regexp"
	"strings"
)

var (
	// scriptLoads are the marks of a list or page filled in by a script.
	scriptLoads = regexp.MustCompile(`(?i)\$\.(?:ajax|get|post|getJSON)\s*\(|\bfetch\s*\(|\baxios\b|XMLHttpRequest|new\s+Vue\b|ReactDOM|\bcreateApp\s*\(|id\s*=\s*["']app["']`)
	// jiyueUnit marks the 集约化 platform's list unit script.
	jiyueUnit = regexp.MustCompile(`(?i)jpaas-publish-server|/front/page/build/unit|paramJson`)
	scriptTag = regexp.MustCompile(`(?is)<script\b[^>]*>.*?</script\s*>`)
	anyTag    = regexp.MustCompile(`(?s)<[^>]*>`)
	metaRefr  = regexp.MustCompile(`(?i)<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]*content\s*=\s*["']?\s*\d*\s*;\s*url\s*=\s*([^"'>\s]+)`)
	jsRedir   = regexp.MustCompile(`(?i)(?:window\.|document\.|self\.|top\.)?location(?:\.href)?\s*=\s*["']([^"']+)["']|location\.replace\(\s*["']([^"']+)["']\s*\)`)
)

// loadsByScript reports whether a page fills itself in with a script.
func loadsByScript(html string) bool { return scriptLoads.MatchString(html) }

// isJiyue reports whether a list page is a 集约化 platform unit.
func isJiyue(html string) bool { return jiyueUnit.MatchString(html) }

// visibleRunes counts the characters of text outside scripts and tags.
func visibleRunes(html string) int {
	s := anyTag.ReplaceAllString(scriptTag.ReplaceAllString(html, " "), " ")
	return len([]rune(strings.Join(strings.Fields(s), "")))
}

// clientRedirect returns the target of a meta refresh or of a script that
// sets location on a page with next to no text of its own, "" otherwise.
func clientRedirect(html string) string {
	if m := metaRefr.FindStringSubmatch(html); m != nil {
		return strings.Trim(m[1], `"'`)
	}
	if visibleRunes(html) > 200 {
		return ""
	}
	if m := jsRedir.FindStringSubmatch(html); m != nil {
		if m[1] != "" {
			return m[1]
		}
		return m[2]
	}
	return ""
}
