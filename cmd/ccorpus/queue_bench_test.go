package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkWorkIngest ingests the same WARC files (4 of 500 invented press
// releases) by one `ccorpus ingest` process into SQLite (the reference), and
// through the job queue by 1 and by 2 `ccorpus work --drain` processes on
// one PostgreSQL store; it reports pages/s of each, from starting the
// processes to the last one's exit (so including each process's start:
// loading the dictionaries). Run: go test -run '^$' -bench WorkIngest -benchtime 1x ./cmd/ccorpus
func BenchmarkWorkIngest(b *testing.B) {
	const files, perFile = 4, 500
	dir := b.TempDir()
	paths := writeTestWARCs(b, dir, files, perFile)
	rates := map[string]float64{}
	b.Run("sqlite-ingest", func(b *testing.B) {
		for n := 0; n < b.N; n++ {
			db := filepath.Join(b.TempDir(), "ref.db")
			cmd := startChildCLI(b, "ingest", append([]string{"ingest", "--db", db}, paths...))
			start := time.Now()
			if err := cmd.Wait(); err != nil {
				b.Fatal(err)
			}
			rates["sqlite"] = float64(files*perFile) / time.Since(start).Seconds()
		}
		b.ReportMetric(rates["sqlite"], "pages/s")
	})
	for _, procs := range []int{1, 2} {
		name := fmt.Sprintf("work-%d", procs)
		b.Run(name, func(b *testing.B) {
			for n := 0; n < b.N; n++ {
				pg := pgTestDB(b)
				if _, errs, code := run(b, append([]string{"ingest", "--db", pg, "--queue"}, paths...)...); code != exitOK {
					b.Fatalf("ingest --queue: %s", errs)
				}
				start := time.Now()
				var cmds = make([]interface{ Wait() error }, procs)
				for i := range cmds {
					cmds[i] = startWorkChild(b, pg, fmt.Sprintf("b%d", i))
				}
				for _, c := range cmds {
					if err := c.Wait(); err != nil {
						b.Fatal(err)
					}
				}
				rates[name] = float64(files*perFile) / time.Since(start).Seconds()
			}
			b.ReportMetric(rates[name], "pages/s")
			if procs == 2 && rates["work-1"] > 0 {
				b.ReportMetric(rates[name]/rates["work-1"], "x_one_worker")
			}
			if rates["sqlite"] > 0 {
				b.ReportMetric(rates[name]/rates["sqlite"], "x_sqlite_ingest")
			}
		})
	}
}

func startChildCLI(tb testing.TB, name string, args []string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestCLIChild$")
	cmd.Env = append(os.Environ(), cliChildEnv+"="+strings.Join(args, "\x1f"))
	cmd.Stderr = &prefixWriter{t: tb, prefix: name + ": "}
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	return cmd
}
