// Command ccorpus builds a research corpus of Chinese regional campaign press releases.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// Exit codes.
const (
	exitOK          = 0   // everything worked
	exitPartial     = 1   // the batch completed but some pages failed
	exitFatal       = 2   // usage error or fatal error
	exitInterrupted = 130 // stopped by Ctrl-C or SIGTERM: what was done is stored, run it again to finish
)

// exitCodesLine is the exit-code summary every help text ends with (the README's table says the same).
const exitCodesLine = "Exit codes: 0 ok, 1 some pages failed but the batch completed, 2 usage or fatal error,\n" +
	"130 interrupted (Ctrl-C, SIGTERM: what was done is stored; run the same command again to finish)."

// errInterrupted is returned by a command stopped by a signal.
var errInterrupted = errors.New("interrupted")

// errPartial is returned by a command whose batch completed with some pages failed.
var errPartial = errors.New("some pages failed")

// errUsage marks usage errors (exit code 2, usage already printed).
var errUsage = errors.New("usage error")

// command is one subcommand; each command's body lives in its own cmd_*.go file.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, a *app, args []string) error
}

// commands is the table of subcommands, in the order `ccorpus --help` lists them.
var commands = []command{
	{"ingest", "run local HTML files and text dumps through the pipeline and store them", runIngest},
	{"extract", "run the pipeline on files and print one record per page (no database)", runExtract},
	{"discover", "turn a list of government home pages into a sources file for crawl, each site checked", runDiscover},
	{"crawl", "fetch what is new on the sites of a sources file, politely and resumably, and store it", runCrawl},
	{"reprocess", "re-run cleaning and extraction over the raw pages already stored", runReprocess},
	{"work", "take queued ingest and reprocess jobs from a PostgreSQL store, on any number of machines", runWork},
	{"export", "write a stored table (records, panel, documents …) as CSV, JSON Lines or Parquet", runExport},
	{"stats", "print counts by campaign, year and province, and what was skipped or failed", runStats},
	{"serve", "open the workbench on loopback: search, read, check and correct the stored corpus (no login)", runServe},
	{"eval", "score fact extraction against a labelled sample (same numbers as tools/score_facts.py)", runEval},
	{"convert", "convert Chinese text between scripts like the opencc tool (t2s, tw2sp, hk2s)", runConvert},
	{"show", "print one stored document with its records, facts and the evidence of each", runShow},
	{"version", "print the version and commit ccorpus was built from", runVersion},
	{"demo", "crawl the bundled sample site served on loopback, export it as CSV and print a summary", runDemo},
}

// lookupCommand finds a subcommand by name.
func lookupCommand(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := Run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err))
}

func exitCode(err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errInterrupted), errors.Is(err, context.Canceled):
		return exitInterrupted
	case errors.Is(err, errPartial):
		return exitPartial
	default:
		return exitFatal
	}
}

// Run runs the ccorpus command line with args (without the program name).
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return newApp(stdout, stderr).run(ctx, args)
}

// run runs one command line with the app's streams and dependencies.
func (a *app) run(ctx context.Context, args []string) error {
	stdout, stderr := a.stdout, a.stderr
	if len(args) == 0 {
		usage(stderr)
		return errUsage
	}
	switch args[0] {
	case "-h", "-help", "--help":
		usage(stdout)
		return nil
	case "-version", "--version":
		args = []string{"version"}
	case "help":
		if len(args) == 1 {
			usage(stdout)
			return nil
		}
		if len(args) > 2 {
			return usageError(stderr, "help", "takes one command name, got %q", args[1:])
		}
		args = []string{args[1], "--help"}
	}
	c, ok := lookupCommand(args[0])
	if !ok {
		fmt.Fprintf(stderr, "ccorpus: unknown command %q; commands: %s\nRun 'ccorpus --help' for what each does.\n",
			args[0], strings.Join(commandNames(), ", "))
		return errUsage
	}
	err := c.run(ctx, a, args[1:])
	if err != nil && !errors.Is(err, errUsage) && !errors.Is(err, errPartial) {
		fmt.Fprintf(stderr, "ccorpus %s: %v\n", c.name, err)
	}
	return err
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "ccorpus builds a research corpus of Chinese regional campaign press releases.")
	fmt.Fprintln(w, "\nUsage: ccorpus COMMAND [flags] [args]\n\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'ccorpus help COMMAND' (or 'ccorpus COMMAND --help') for a command's flags.")
	fmt.Fprintln(w, exitCodesLine)
}

// commandNames lists the commands in table order.
func commandNames() []string {
	names := make([]string, len(commands))
	for i, c := range commands {
		names[i] = c.name
	}
	return names
}
