package normalize

import (
	"testing"
	"time"
)

// seedTexts are the seed pages in testdata, each trimmed as Clean hands it
// to the steps.
func seedTexts(b *testing.B) []string {
	var out []string
	for _, p := range seedPages(b) {
		out = append(out, trimLines(p))
	}
	return out
}

// BenchmarkTextSteps times each whole-text step over the seed pages against
// the step as it was before it stopped splitting the text (ref_text_test.go;
// DropChrome's and brokenEnds' references are built from their rules'
// references, the rules before their first rewrites), alternating in the
// same run, and reports both times, their ratio (x-reference) and the
// allocations of one pass over the pages by each.
func BenchmarkTextSteps(b *testing.B) {
	lx, err := defaultLexicon()
	if err != nil {
		b.Fatal(err)
	}
	counted := func(f func(string) (string, int)) func(string) { return func(s string) { f(s) } }
	listed := func(f func(string) (string, []string)) func(string) { return func(s string) { f(s) } }
	for _, st := range []struct {
		name     string
		new, ref func(string)
	}{
		{"trimLines", func(s string) { trimLines(s) }, func(s string) { refTrimLines(s) }},
		{"DropDuplicates", counted(DropDuplicates), counted(refDropDuplicates)},
		{"FixPunctuation", counted(FixPunctuation), counted(refFixPunctuation)},
		{"DropMojibake", counted(DropMojibake), counted(refDropMojibake)},
		{"DropChrome", counted(DropChrome), counted(refDropChrome)},
		{"DropSEO", listed(DropSEO), listed(refDropSEO)},
		{"RemoveSpam", listed(lx.remove), listed(lx.refRemove)},
		{"brokenEnds", func(s string) { brokenEnds(s) }, func(s string) { refBrokenEnds(s) }},
	} {
		b.Run(st.name, func(b *testing.B) {
			texts := seedTexts(b)
			pass := func(f func(string)) func() {
				return func() {
					for _, s := range texts {
						f(s)
					}
				}
			}
			newPass, refPass := pass(st.new), pass(st.ref)
			var newT, refT time.Duration
			for b.Loop() {
				start := time.Now()
				newPass()
				mid := time.Now()
				refPass()
				newT, refT = newT+mid.Sub(start), refT+time.Since(mid)
			}
			b.ReportMetric(float64(newT.Nanoseconds())/float64(b.N), "ns/op-new")
			b.ReportMetric(float64(refT.Nanoseconds())/float64(b.N), "ns/op-reference")
			b.ReportMetric(float64(newT)/float64(max(refT, 1)), "x-reference")
			b.ReportMetric(testing.AllocsPerRun(3, newPass), "allocs-new")
			b.ReportMetric(testing.AllocsPerRun(3, refPass), "allocs-reference")
		})
	}
}
