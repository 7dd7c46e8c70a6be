package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"text/tabwriter"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/crawler/discover"
)

func runDiscover(ctx context.Context, a *app, args []string) error {
	stderr := a.stderr
	fs := newFlagSet("discover", stderr,
		"Usage: ccorpus discover [--out FILE] [--keywords RE] [--json] URL_OR_FILE...",
		"       ccorpus discover --update SOURCES [--out FILE] [--json]",
		"Visits the home page of each site (a URL, a bare host, or a FILE with one per line or a CSV with a",
		"column of URLs) politely (robots.txt, the crawl's rates and address rules, --budget pages per site),",
		"finds its news sections, learns the article URL pattern and the pagination of each list, checks the",
		"answer by running two list pages and three articles through the pipeline, and writes a sources",
		"file that `ccorpus crawl --sources` reads as it is: one commented [[site]] block per site (failed",
		"sites commented out). A summary table follows; --json prints a machine-readable report instead.",
		"--update re-checks the blocks of an existing sources file and proposes new ones where a site moved.",
		"Exit code 1 when some site is partial or failed.")
	out := fs.String("out", "", "write the sources to `FILE` (default: stdout, the table then goes to stderr)")
	keywords := fs.String("keywords", "", "title `REGEXP` written as every block's keywords, e.g. 质量月|安全生产月")
	asJSON := fs.Bool("json", false, "print the report as JSON on stdout (needs --out)")
	updatePath := fs.String("update", "", "re-check the blocks of this sources `FILE`")
	budget := fs.Int("budget", 30, "pages fetched per site at most, robots.txt included")
	workers := fs.Int("workers", 4, "sites discovered at once (each host keeps its own rate)")
	contact := fs.String("contact", "", "contact written to [crawl] and sent in the user agent, e.g. mailto:you@example.edu")
	hostRate := fs.Float64("rate", 0, "requests per second per host (default: the crawl default, 1)")
	resolve := map[string]string{}
	fs.Func("resolve", "connect to `HOST:PORT=ADDR` instead, like curl --resolve (repeatable; written to [crawl] too)", func(v string) error {
		from, to, ok := strings.Cut(v, "=")
		if !ok || !strings.Contains(from, ":") || !strings.Contains(to, ":") {
			return fmt.Errorf("want HOST:PORT=ADDR:PORT")
		}
		resolve[from] = to
		return nil
	})
	fs.BoolVar(&a.allowPrivate, "allow-private", false, "allow private and loopback addresses (written to [crawl] too)")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if (*updatePath == "") == (fs.NArg() == 0) || (*asJSON && *out == "") {
		fs.Usage()
		return errUsage
	}
	if _, err := regexp.Compile(*keywords); err != nil {
		fmt.Fprintf(stderr, "discover: --keywords: %v\n", err)
		return errUsage
	}
	var cfg crawler.Config
	var existing []crawler.Site
	if *updatePath != "" {
		src, err := crawler.LoadSources(*updatePath)
		if err != nil {
			return err
		}
		cfg, existing = src.Crawl, src.Sites
	}
	if *contact != "" {
		cfg.Contact = *contact
	}
	if *hostRate > 0 {
		cfg.HostRate = *hostRate
	}
	cfg.AllowPrivate = cfg.AllowPrivate || a.allowPrivate
	for from, to := range resolve {
		if cfg.Resolve == nil {
			cfg.Resolve = map[string]string{}
		}
		cfg.Resolve[from] = to
	}
	d := discover.New(discover.NewClient(cfg), discover.Options{Budget: *budget, Keywords: *keywords, Check: a.discoverCheck, Logger: a.log})
	var jobs []func() *discover.Report
	if *updatePath != "" {
		for _, s := range existing {
			jobs = append(jobs, func() *discover.Report { return d.Update(ctx, s) })
		}
	} else {
		inputs, err := readSiteInputs(fs.Args())
		if err != nil {
			return err
		}
		for _, in := range inputs {
			jobs = append(jobs, func() *discover.Report {
				r := d.Site(ctx, in.URL)
				if in.Label != "" {
					r.Notes = append([]string{"listed as " + in.Label}, r.Notes...)
				}
				return r
			})
		}
	}
	reports := runJobs(jobs, *workers, func(r *discover.Report) {
		a.log.Info("discover", "site", r.Name, "status", r.Status, "fetches", r.Fetches)
	})
	if ctx.Err() != nil {
		return ctx.Err()
	}
	uniqueNames(reports)
	if err := writeDiscovered(*out, a.stdout, cfg, reports, a); err != nil {
		return err
	}
	table := a.stdout
	if *out == "" {
		table = stderr
	}
	if *asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(reports); err != nil {
			return err
		}
	} else {
		writeDiscoverTable(table, reports)
	}
	for _, r := range reports {
		if r.Status != discover.StatusOK {
			return fmt.Errorf("some sites need a look: %w", errPartial)
		}
	}
	return nil
}

// readSiteInputs reads the arguments: URLs and bare hosts as they are,
// anything else as a file of sites.
func readSiteInputs(args []string) ([]discover.Input, error) {
	var out []discover.Input
	for _, arg := range args {
		if _, err := os.Stat(arg); err != nil {
			out = append(out, discover.Input{URL: arg})
			continue
		}
		f, err := os.Open(arg)
		if err != nil {
			return nil, err
		}
		ins, err := discover.ReadInputs(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", arg, err)
		}
		out = append(out, ins...)
	}
	return out, nil
}

// runJobs runs the jobs on n workers and returns their reports in order.
func runJobs(jobs []func() *discover.Report, n int, done func(*discover.Report)) []*discover.Report {
	out := make([]*discover.Report, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for w := 0; w < max(1, n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r := jobs[i]()
				out[i] = r
				mu.Lock()
				done(r)
				mu.Unlock()
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// uniqueNames gives sites that share a name (two inputs for one host) a suffix.
func uniqueNames(reports []*discover.Report) {
	seen := map[string]int{}
	for _, r := range reports {
		for i := range r.Blocks {
			b := &r.Blocks[i]
			seen[b.Name]++
			if n := seen[b.Name]; n > 1 {
				b.Name = fmt.Sprintf("%s-%d", b.Name, n)
			}
		}
	}
}

// writeDiscovered writes the sources to path (through a temporary file, so
// never half-written) or to stdout.
func writeDiscovered(path string, stdout io.Writer, cfg crawler.Config, reports []*discover.Report, a *app) error {
	if path == "" {
		return discover.WriteSources(stdout, cfg, reports, a.now())
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".discover-*.toml")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := discover.WriteSources(tmp, cfg, reports, a.now()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// writeDiscoverTable prints one line per site. Text from pages is clipped
// to one line by discover; tabs are replaced here.
func writeDiscoverTable(w io.Writer, reports []*discover.Report) {
	tw := tabwriter.NewWriter(w, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "site\tstatus\tsure\tlists\tarticles\tpages\tfetches\twhy")
	counts := map[string]int{}
	for _, r := range reports {
		counts[r.Status]++
		pages, articles := "-", 0
		for _, l := range r.Lists {
			articles += l.Articles
			if pages == "-" || l.Pages.Template != "" {
				pages = l.Pages.Via
			}
		}
		if len(r.Sitemaps) > 0 {
			pages = "sitemap"
		}
		why := r.Reason
		if r.Unchanged {
			why = "unchanged"
		} else if len(r.Changes) > 0 {
			why = "moved: " + r.Changes[0]
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%s\t%d\t%s\n", clean(r.Name), r.Status, r.Confidence, len(r.Lists), articles, pages, r.Fetches, clean(why))
	}
	tw.Flush()
	fmt.Fprintf(w, "discover: %d sites: %d ok, %d partial, %d failed\n", len(reports), counts[discover.StatusOK], counts[discover.StatusPartial], counts[discover.StatusFailed])
}

// clean puts text for the table on one line without tabs.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}
