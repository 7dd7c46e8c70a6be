package main

import (
	"context"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
)

// demoSite is a small sample news site: two list pages (index.html,
// index_1.html) linking to ten press releases about 质量月, 安全生产月 and
// 食品安全宣传周 in several provinces, two in traditional script, one encoded
// in GBK, with the usual breadcrumbs, related-article lists, footers and spam.
//
//go:embed demodata
var demoSite embed.FS

const demoRoot = "demodata"

func runDemo(ctx context.Context, a *app, args []string) error {
	stdout, stderr := a.stdout, a.stderr
	fs := newFlagSet("demo", stderr,
		"Usage: ccorpus demo [--db FILE] [--out FILE]",
		"Runs the main job on the bundled sample site with no set-up: serves it on loopback, crawls it",
		"(real HTTP, robots.txt, rate limits, WARC) into the database, exports the records as CSV and",
		"prints a short summary table.")
	dbPath := fs.String("db", "ccorpus-demo.db", "SQLite database `FILE` to ingest into")
	out := fs.String("out", "ccorpus-demo.csv", "CSV `FILE` to export the records to")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	addr, stop, err := serveDemoSite()
	if err != nil {
		return err
	}
	src, err := demoSources(addr)
	if err != nil {
		stop()
		return err
	}
	fmt.Fprintf(stdout, "crawling the sample site http://%s/ served at %s\n", demoHost, addr)
	_, err = a.crawlSources(ctx, crawlJob{db: *dbPath, src: src, progress: isTerminal(stderr)})
	stop()
	if err != nil {
		return err
	}
	db, err := openDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	opts := store.ExportOptions{Table: "records", Format: "csv", BOM: true}
	n, err := exportFile(ctx, *out, func(w io.Writer) (int, error) { return store.Export(ctx, db, w, opts) })
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "database: %s\nrecords:  %s (%d rows)\n\n", *dbPath, *out, n)
	if err := demoSummary(ctx, db, stdout); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Browse, search and correct it: ccorpus serve --db %s\n", *dbPath)
	return nil
}

// demoPages lists the bundled HTML pages in lexical order.
func demoPages() ([]string, error) {
	var names []string
	err := fs.WalkDir(demoSite, demoRoot, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && pageExts[strings.ToLower(path.Ext(p))] {
			names = append(names, p)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	return names, nil
}

// demoSummary prints one line per stored record.
func demoSummary(ctx context.Context, db store.Store, w io.Writer) error {
	var b strings.Builder
	row := func(cells ...string) {
		widths := []int{16, 6, 24, 8, 7, 6}
		for i, c := range cells {
			if i < len(widths) {
				c = padRight(c, widths[i])
			}
			b.WriteString(c)
		}
		b.WriteString("\n")
	}
	row("campaign", "year", "region", "code", "depts", "acts", "title")
	err := db.EachRecord(ctx, func(r store.Record) error {
		region := strings.Join(nonEmpty(extract.Deref(r.Province), extract.Deref(r.City), extract.Deref(r.County)), "")
		code := extract.Deref(r.CountyCode)
		if code == "" {
			code = extract.Deref(r.CityCode)
		}
		if code == "" {
			code = extract.Deref(r.ProvinceCode)
		}
		row(orDash(extract.Deref(r.Campaign)), orDash(intStr(r.Year)), orDash(region), orDash(code),
			orDash(intStr(r.DepartmentCount)), fmt.Sprint(len(r.Activities)), r.Title)
		return nil
	})
	if err != nil {
		return err
	}
	s, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(&b, "\n%d pages stored, %d on topic, %d records, %d activities. Next: ccorpus stats --db %s\n",
		s.Documents, s.OnTopic, s.Records, s.Activities, db.Path())
	_, err = io.WriteString(w, b.String())
	return err
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func intStr(p *int) string {
	if p == nil {
		return ""
	}
	return fmt.Sprint(*p)
}

// padRight pads s with spaces to width terminal columns, counting CJK
// characters as two columns.
func padRight(s string, width int) string {
	w := 0
	for _, r := range s {
		w++
		if r >= 0x1100 && (r <= 0x115f || (r >= 0x2e80 && r <= 0xa4cf) || (r >= 0xac00 && r <= 0xd7a3) ||
			(r >= 0xf900 && r <= 0xfaff) || (r >= 0xfe30 && r <= 0xfe4f) || (r >= 0xff00 && r <= 0xff60) ||
			(r >= 0xffe0 && r <= 0xffe6) || r >= 0x20000) {
			w++
		}
	}
	if w >= width {
		return s + " "
	}
	return s + strings.Repeat(" ", width-w)
}
