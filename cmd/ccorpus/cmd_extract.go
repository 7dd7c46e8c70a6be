package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/ccorpus/ccorpus/crawler/sniff"
	"github.com/ccorpus/ccorpus/extract"
)

func runExtract(ctx context.Context, a *app, args []string) error {
	stdout, stderr := a.stdout, a.stderr
	fs := newFlagSet("extract", stderr,
		"Usage: ccorpus extract [--format jsonl|json|text] [--allow-private] FILE_OR_FOLDER_OR_URL...",
		"Runs every page through the pipeline and prints one record per input, in input order.",
		"An http(s) URL is fetched once (timeouts and size caps as in crawls; private addresses refused).",
		"An input that is missing or fails is reported on stderr and the others are still printed (exit 1).")
	format := fs.String("format", "jsonl", "output format: jsonl (one object per line), json (an array) or text (readable)")
	fs.BoolVar(&a.allowPrivate, "allow-private", false, "let pages named by URL come from private, loopback or link-local addresses")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError(stderr, "extract", "names no input: give files, folders or URLs")
	}
	if *format != "jsonl" && *format != "json" && *format != "text" {
		return usageError(stderr, "extract", "unknown format %q; formats: jsonl, json, text", *format)
	}
	paths, missing := expandExisting(fs.Args())
	for _, m := range missing {
		a.log.Error("input failed", "source", m.path, "err", m.err)
	}
	p, err := a.pipeline()
	if err != nil {
		return err
	}
	failed := 0
	first := true
	if *format == "json" {
		fmt.Fprint(stdout, "[")
	}
	err = runOrdered(ctx, len(paths), func(ctx context.Context, i int) (extract.Document, error) {
		page, err := a.readPage(ctx, paths[i])
		if err != nil {
			return extract.Document{}, err
		}
		// Not a page (empty, binary, PDF, an image…): skipped with its
		// reason, as ingest does, never printed as a record of garbage.
		if reason, detail := sniff.Junk(page.Raw); reason != "" {
			return extract.Document{}, &skipError{Reason: reason, Detail: detail}
		}
		return p.Process(ctx, page)
	}, func(i int, doc extract.Document, err error) error {
		if err != nil {
			failed++
			var skip *skipError
			if errors.As(err, &skip) {
				a.log.Warn("input skipped", "source", paths[i], "reason", skip.Reason, "detail", skip.Detail)
			} else {
				a.log.Error("page failed", "source", paths[i], "err", err)
			}
			return nil
		}
		switch *format {
		case "jsonl":
			b, err := json.Marshal(doc)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(stdout, "%s\n", b)
			return err
		case "json":
			b, err := json.MarshalIndent(doc, "  ", "  ")
			if err != nil {
				return err
			}
			sep := ",\n  "
			if first {
				sep = "\n  "
			}
			first = false
			_, err = fmt.Fprintf(stdout, "%s%s", sep, b)
			return err
		default:
			return writeText(stdout, doc)
		}
	})
	if *format == "json" {
		fmt.Fprint(stdout, "\n]\n")
	}
	if err != nil {
		return err
	}
	if failed += len(missing); failed > 0 {
		return fmt.Errorf("%d of %d inputs failed: %w", failed, len(paths)+len(missing), errPartial)
	}
	return nil
}

// writeText prints a record for a person to read.
func writeText(w io.Writer, d extract.Document) error {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s\n", d.Source)
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%-17s %s\n", k+":", v)
		}
	}
	row("title", extract.Deref(d.Title))
	row("url", extract.Deref(d.URL))
	row("published", extract.Deref(d.Published))
	row("script", d.Script)
	row("on_topic", fmt.Sprint(d.OnTopic))
	row("campaign", extract.Deref(d.Campaign))
	if d.Year != nil {
		row("year", fmt.Sprint(*d.Year))
	}
	row("level", extract.Deref(d.Level))
	row("province", extract.Deref(d.Province))
	row("city", extract.Deref(d.City))
	row("county", extract.Deref(d.County))
	row("event_dates", strings.Join(d.EventDates, ", "))
	if d.DepartmentCount != nil {
		row("department_count", fmt.Sprint(*d.DepartmentCount))
	}
	if d.ActivityCount != nil {
		row("activity_count", fmt.Sprint(*d.ActivityCount))
	}
	row("activities", strings.Join(d.Activities, " | "))
	row("theme", extract.Deref(d.Theme))
	row("spam_removed", strings.Join(d.SpamRemoved, " | "))
	fmt.Fprintf(&b, "\n%s\n\n", d.Text)
	_, err := io.WriteString(w, b.String())
	return err
}
