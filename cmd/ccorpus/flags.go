package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// Command-line conventions shared by every command: flags may come before or
// after the positional arguments (`ingest FILE --db x.db`), `--` ends the
// flags, help shows flags as `--name` the way the README writes them, and a
// usage error says what was wrong before pointing at the help.

// parseArgs parses args with flags accepted anywhere among the positional
// arguments. Afterwards fs.Args() holds the positional arguments in order.
func parseArgs(fs *flag.FlagSet, args []string) error {
	var pos []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			return err
		}
		consumed := len(rest) - fs.NArg()
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		if consumed > 0 && afterDashes(args, rest) {
			pos = append(pos, rest...)
			break
		}
		pos = append(pos, rest[0])
		rest = rest[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

// afterDashes reports whether rest, a suffix of args left unparsed, directly
// follows a "--" that ended the flags.
func afterDashes(args, rest []string) bool {
	i := len(args) - len(rest) - 1
	return i >= 0 && args[i] == "--"
}

// printFlags writes each flag of fs as `  --name VALUE` and its usage, with
// the default when it is not the zero value.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if name != "" {
			line += " " + name
		}
		fmt.Fprintln(w, line)
		usage = strings.ReplaceAll(usage, "\n", "\n    \t")
		fmt.Fprintf(w, "    \t%s", usage)
		switch d := f.DefValue; {
		case d == "" || d == "false" || d == "0" || d == "0s":
		case d == "true":
			fmt.Fprint(w, " (default true)")
		default:
			fmt.Fprintf(w, " (default %q)", d)
		}
		fmt.Fprintln(w)
	})
}

// usageError prints what was wrong with a command line and where its help
// is, and returns errUsage.
func usageError(w io.Writer, cmd, format string, args ...any) error {
	fmt.Fprintf(w, "ccorpus %s: %s\nRun 'ccorpus help %s' for its flags and arguments.\n", cmd, fmt.Sprintf(format, args...), cmd)
	return errUsage
}
