// Command ccorpus builds a research corpus of Chinese regional campaign press releases.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// Exit codes.
const (
	exitOK      = 0 // everything worked
	exitPartial = 1 // the batch completed but some pages failed
	exitFatal   = 2 // usage error or fatal error
)

// errPartial is returned by a command whose batch completed with some pages failed.
var errPartial = errors.New("some pages failed")

// errUsage marks usage errors (exit code 2, usage already printed).
var errUsage = errors.New("usage error")

// command is one subcommand. Each lives in its own file and registers itself in init.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

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
	case errors.Is(err, errPartial):
		return exitPartial
	default:
		return exitFatal
	}
}

// Run runs the ccorpus command line with args (without the program name).
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "ccorpus: unknown command %q\n\n", args[0])
		usage(stderr)
		return errUsage
	}
	err := c.run(ctx, args[1:], stdout, stderr)
	if err != nil && !errors.Is(err, errUsage) && !errors.Is(err, errPartial) {
		fmt.Fprintf(stderr, "ccorpus %s: %v\n", c.name, err)
	}
	return err
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "ccorpus builds a research corpus of Chinese regional campaign press releases.")
	fmt.Fprintln(w, "\nUsage: ccorpus COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'ccorpus COMMAND --help' for a command's flags.")
	fmt.Fprintln(w, "Exit codes: 0 ok, 1 some pages failed but the batch completed, 2 usage or fatal error.")
}
