package discover

import (
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
)

// WriteSources writes a sources file: the [crawl] table of cfg, then the
// blocks of every report with comments saying what was found and how sure.
// A failed site's block is written commented out, so that crawl reads the
// file as it is and the researcher sees what is missing.
func WriteSources(w io.Writer, cfg crawler.Config, reports []*Report, at time.Time) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Written by ccorpus discover on %s. Each block says what was found and how sure discovery is;\n", at.Format("2006-01-02"))
	b.WriteString("# failed sites are commented out. Check with: ccorpus crawl --sources FILE\n\n[crawl]\n")
	writeFields(&b, reflect.ValueOf(cfg), nil, "")
	for _, r := range reports {
		b.WriteString("\n")
		writeReport(&b, r)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeReport(b *strings.Builder, r *Report) {
	head := fmt.Sprintf("# %s: %s", clip(r.Name), r.Status)
	if r.Confidence != "" {
		head += " (confidence " + r.Confidence + ")"
	}
	if r.Reason != "" {
		head += ": " + clipN(r.Reason, 160)
	}
	b.WriteString(head + "\n")
	if r.Home != "" {
		fmt.Fprintf(b, "#   home %s\n", r.Home)
	}
	for _, l := range r.Lists {
		fmt.Fprintf(b, "#   list %s (%s", l.URL, clip(l.Section))
		if l.Depth > 1 {
			b.WriteString(", two levels deep")
		}
		fmt.Fprintf(b, "): %d articles, pattern %s matches %d of %d title links", l.Articles, l.Shape.Family, l.Shape.Matched, l.Shape.Of)
		if l.Script != "" {
			b.WriteString("; " + l.Script)
		}
		b.WriteString("; pages: " + pagesNote(l.Pages) + "\n")
	}
	for _, n := range r.Notes {
		b.WriteString("#   " + clipN(n, 200) + "\n")
	}
	for _, c := range r.Changes {
		b.WriteString("#   update: " + clipN(c, 200) + "\n")
	}
	prefix := ""
	blocks := r.Blocks
	if r.Status == StatusFailed {
		prefix = "# "
		home := r.Home
		if home == "" {
			home, _ = HomeURL(r.Input)
		}
		if len(blocks) == 0 && home != "" {
			blocks = []crawler.Site{{Name: r.Name, Start: []string{home}}}
		}
	}
	for _, s := range blocks {
		b.WriteString(prefix + "[[site]]\n")
		writeFields(b, reflect.ValueOf(s), siteDefaults, prefix)
	}
}

func pagesNote(p Pagination) string {
	switch {
	case p.Template != "":
		s := fmt.Sprintf("%s %q", p.Via, p.Template)
		if p.Total > 0 {
			s += fmt.Sprintf(", %d pages", p.Total)
		}
		if p.Verified {
			s += ", page 2 checked"
		}
		return s
	case p.Via == "next-link" && p.Verified:
		return "下一页 links, page 2 checked"
	case p.Via == "next-link":
		return "下一页 links, not checked"
	case p.Total == 1:
		return "a single page"
	}
	return p.Via
}

// siteDefaults are the values ParseSources fills in, not written back.
var siteDefaults = map[string]any{"max_list_pages": 50, "page_first": 1, "max_depth": 1}

// writeFields writes the non-zero fields of a struct with toml tags as
// key = value lines (strings, numbers, booleans, string lists and maps,
// durations).
func writeFields(b *strings.Builder, v reflect.Value, defaults map[string]any, prefix string) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key := strings.Split(f.Tag.Get("toml"), ",")[0]
		if !f.IsExported() || key == "" || key == "-" {
			continue
		}
		fv := v.Field(i)
		if fv.IsZero() {
			continue
		}
		if d, ok := defaults[key]; ok && fmt.Sprint(fv.Interface()) == fmt.Sprint(d) {
			continue
		}
		val, ok := tomlValue(fv, key)
		if ok {
			b.WriteString(prefix + key + " = " + val + "\n")
		}
	}
}

func tomlValue(v reflect.Value, key string) (string, bool) {
	if d, ok := v.Interface().(crawler.Duration); ok {
		return tomlString(d.Duration.String()), true
	}
	switch v.Kind() {
	case reflect.String:
		if key == "pattern" || key == "exclude" || key == "keywords" {
			return tomlRegexp(v.String()), true
		}
		return tomlString(v.String()), true
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), true
	case reflect.Int, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10), true
	case reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, 64), true
	case reflect.Slice:
		var parts []string
		for i := 0; i < v.Len(); i++ {
			parts = append(parts, tomlString(v.Index(i).String()))
		}
		return "[" + strings.Join(parts, ", ") + "]", true
	case reflect.Map:
		var keys []string
		for _, k := range v.MapKeys() {
			keys = append(keys, k.String())
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, tomlString(k)+" = "+tomlString(v.MapIndex(reflect.ValueOf(k)).String()))
		}
		return "{ " + strings.Join(parts, ", ") + " }", true
	}
	return "", false
}

// tomlRegexp writes a regexp as a literal string when it can be one.
func tomlRegexp(s string) string {
	if !strings.ContainsAny(s, "'\n\r") && strings.IndexFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f }) < 0 {
		return "'" + s + "'"
	}
	return tomlString(s)
}

// tomlString writes a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
