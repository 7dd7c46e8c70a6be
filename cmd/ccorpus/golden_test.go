package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// TestGoldenExtract pins the output of `ccorpus extract` on the five seed
// pages. When a change to the pipeline alters it, regenerate with -update and
// read the diff.
func TestGoldenExtract(t *testing.T) {
	seeds, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil || len(seeds) != 5 {
		t.Fatalf("seeds: %v %v", seeds, err)
	}
	for _, seed := range seeds {
		name := strings.TrimSuffix(filepath.Base(seed), ".txt")
		t.Run(name, func(t *testing.T) {
			out, errs, code := run(t, "extract", "--format", "jsonl", filepath.ToSlash(seed))
			if code != exitOK {
				t.Fatalf("extract exit %d: %s", code, errs)
			}
			golden := filepath.Join("testdata", "golden", name+".jsonl")
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if !bytes.Equal([]byte(out), want) {
				t.Errorf("extract output differs from %s (run with -update and read the diff)\n got %s\nwant %s", golden, out, want)
			}
		})
	}
}
