package facts

import (
	"os"
	"path/filepath"
	"regexp"
	"syscall"
	"testing"
	"time"
)

// BenchmarkExtract measures fact extraction per page over the seed pages and
// reports it as a ratio against a reference measured in the same run: one
// pass of the date regular expression over the same text (x-regexp-pass), and
// against place resolution alone (x-place), which Extract includes.
func BenchmarkExtract(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	if len(paths) == 0 {
		b.Skip("no seed pages in testdata/seeds")
	}
	var texts []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	e := loaded(b)
	timeIt := func(n int, f func(string)) time.Duration {
		start := time.Now()
		for i := 0; i < n; i++ {
			f(texts[i%len(texts)])
		}
		return time.Since(start)
	}
	n := 20 * len(texts)
	ref := timeIt(n, func(s string) { cnDateRe.FindAllStringIndex(s, -1) })
	places := timeIt(n, func(s string) { e.places.Resolve(placeInput(s)) })
	b.ResetTimer()
	got := timeIt(b.N, func(s string) { e.Extract(Input{Text: s}) })
	b.StopTimer()
	per := float64(got) / float64(b.N)
	b.ReportMetric(per/(float64(ref)/float64(n)), "x-regexp-pass")
	b.ReportMetric(per/(float64(places)/float64(n)), "x-place")
}

// benchTexts returns the labelled pages, or the seed pages of testdata when
// the shared corpus is absent.
func benchTexts(b *testing.B) []string {
	if texts := sharedTexts(b); len(texts) > 0 {
		return texts
	}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	var texts []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	if len(texts) == 0 {
		b.Skip("no pages")
	}
	return texts
}

// benchAgainst runs fast over every text b.N times and reports its CPU
// time as a ratio (x-ref) to ref's, measured over the same texts in the
// same run: CPU time, the garbage collector's included, varies less than
// wall time on a busy machine.
func benchAgainst(b *testing.B, texts []string, ref, fast func(string)) {
	const n = 3
	start := cpuTime()
	for i := 0; i < n; i++ {
		for _, s := range texts {
			ref(s)
		}
	}
	refPer := float64(cpuTime()-start) / n
	b.ResetTimer()
	start = cpuTime()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			fast(s)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/refPer, "x-ref")
}

// cpuTime returns the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkMentions: the lead-key matcher against trying every character.
func BenchmarkMentions(b *testing.B) {
	cl := parseCampaigns(campaignsData)
	benchAgainst(b, benchTexts(b), func(s string) { cl.mentionsEvery(s) }, func(s string) { cl.mentions(s) })
}

// BenchmarkFindDates: the date patterns over runs found from their required
// characters against runs found by walking every character.
func BenchmarkFindDates(b *testing.B) {
	each := func(find func(re *regexp.Regexp, text string, chars runeSet, need string) [][]int) func(string) {
		return func(s string) {
			for _, p := range datePatterns {
				find(p.re, s, p.chars, p.need)
			}
		}
	}
	benchAgainst(b, benchTexts(b), each(findDatesWalk), each(findDates))
}

// BenchmarkStartsAt: the unknown-campaign patterns tried where a match can
// start against the patterns run over the whole text.
func BenchmarkStartsAt(b *testing.B) {
	benchAgainst(b, benchTexts(b), func(s string) {
		for _, p := range startsAtPatterns {
			p.re.FindAllStringSubmatchIndex(s, -1)
		}
	}, func(s string) {
		for _, p := range startsAtPatterns {
			p.findAll(s, func([]int) bool { return true })
		}
	})
}

// BenchmarkNewDoc: splitting sentences by walking bytes against walking characters.
func BenchmarkNewDoc(b *testing.B) {
	benchAgainst(b, benchTexts(b), func(s string) { newDocRange(s) }, func(s string) { newDoc(s) })
}
