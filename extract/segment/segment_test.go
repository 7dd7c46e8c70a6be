package segment_test

import (
	"bytes"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/extract/segment"
	"github.com/ccorpus/ccorpus/extract/segment/internal/gseref"
)

var (
	sharedOnce sync.Once
	shared     *segment.Dict
	sharedErr  error
	loadTime   time.Duration // wall time
	loadCPU    time.Duration // CPU time of the process
	loadHeap   uint64
)

// loaded returns the process-wide segmenter, recording what loading it cost.
func loaded(t testing.TB) *segment.Dict {
	t.Helper()
	sharedOnce.Do(func() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start, cpu := time.Now(), cpuTime()
		shared, sharedErr = segment.Default()
		loadTime, loadCPU = time.Since(start), cpuTime()-cpu
		runtime.GC()
		runtime.ReadMemStats(&after)
		loadHeap = after.HeapAlloc - before.HeapAlloc
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return shared
}

// TestLoadBudget logs the cost of loading the embedded dictionary and fails
// when it is over budget: it is read in place, so 1 MB of live heap and
// 20 ms of CPU (a budget loose enough for a busy machine; it takes well
// under a millisecond) are plenty.
func TestLoadBudget(t *testing.T) {
	loaded(t)
	t.Logf("segmenter load: %v wall, %v CPU, live heap %.3f MB", loadTime, loadCPU, float64(loadHeap)/(1<<20))
	if loadHeap > 1<<20 {
		t.Errorf("live heap after load %d bytes, budget 1 MB", loadHeap)
	}
	if loadCPU > 20*time.Millisecond {
		t.Errorf("load took %v of CPU, budget 20 ms", loadCPU)
	}
}

// TestEmbeddedUpToDate rebuilds the compact dictionary from its sources
// (gse's dictionary, the gazetteer, Words) and compares it with dict.bin:
// after changing any of them, run go generate ./extract/segment.
func TestEmbeddedUpToDate(t *testing.T) {
	want, err := gseref.Compact(reference(t))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("dict.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("dict.bin (%d bytes) differs from its sources (%d bytes): run go generate ./extract/segment", len(got), len(want))
	}
}

func TestCutWholeNames(t *testing.T) {
	seg := loaded(t)
	tests := []struct {
		text  string
		whole []string // words that must come out whole
		not   []string // words that must not appear
	}{
		{"河北雄安新区召开质量月活动启动会", []string{"质量月"}, nil},
		{"雄安新区开展质量月活动", []string{"雄安新区", "质量月"}, nil},
		{"省市场监管局会同省委宣传部等八部门", []string{"省市场监管局", "省委宣传部"}, []string{"门"}},
		{"中山大学举办讲座", []string{"中山大学"}, []string{"中山"}},
		{"中山市市场监督管理局发布", []string{"中山市"}, nil},
		{"黔东南州市场监管局", []string{"黔东南州"}, nil},
		{"海口市市场监督管理局琼山分局", []string{"海口市", "琼山"}, nil},
		{"河北省市场监管局联合省委宣传部", []string{"河北省", "省委宣传部"}, nil},
		{"吉林省吉林市", []string{"吉林省", "吉林市"}, nil},
	}
	for _, tt := range tests {
		words := seg.Cut(tt.text)
		if strings.Join(words, "") != tt.text {
			t.Errorf("Cut(%q) = %q: does not rebuild the text", tt.text, words)
		}
		for _, w := range tt.whole {
			if !slices.Contains(words, w) {
				t.Errorf("Cut(%q) = %q: %q not whole", tt.text, words, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(words, w) {
				t.Errorf("Cut(%q) = %q: has %q", tt.text, words, w)
			}
		}
	}
}

// BenchmarkCut cuts the lines of the repository's text pages (and the
// shared facts pages when present) and reports, as x-gse, the time as a
// ratio to gse's own DAG cut of the same lines, measured line by line in the
// same run.
func BenchmarkCut(b *testing.B) {
	seg, gs := loaded(b), reference(b)
	lines := pages(b)
	var size int64
	for _, l := range lines {
		size += int64(len(l))
	}
	b.SetBytes(size)
	var ours, theirs time.Duration
	for b.Loop() {
		for _, l := range lines {
			t0 := time.Now()
			seg.Cut(l)
			t1 := time.Now()
			gs.Cut(l, false)
			ours += t1.Sub(t0)
			theirs += time.Since(t1)
		}
	}
	b.ReportMetric(float64(ours)/float64(theirs), "x-gse")
	b.ReportMetric(float64(ours.Nanoseconds())/float64(size)/float64(b.N), "ns/byte")
}
