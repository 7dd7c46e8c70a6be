package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/ccorpus/ccorpus/store"
)

// defaultDB is the database file used when --db is not given.
const defaultDB = "ccorpus.db"

// newFlagSet returns a flag set whose --help prints usage lines then the flags.
func newFlagSet(name string, stderr io.Writer, usage ...string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		for _, l := range usage {
			fmt.Fprintln(stderr, l)
		}
		fmt.Fprintln(stderr, "\nFlags (before or after the arguments):")
		printFlags(stderr, fs)
		fmt.Fprintln(stderr, "\n"+exitCodesLine)
	}
	return fs
}

// parseFlags parses args, mapping -h to a nil error after printing help and
// other problems to errUsage.
func parseFlags(fs *flag.FlagSet, args []string) (help bool, err error) {
	if err := parseArgs(fs, args); err != nil {
		if err == flag.ErrHelp {
			return true, nil
		}
		return false, errUsage
	}
	return false, nil
}

// dbFlag adds --db for a command that creates a missing database.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", defaultDB, "SQLite database `FILE` (created when missing)")
}

// existingDBFlag adds --db for a command that reads an existing database.
func existingDBFlag(fs *flag.FlagSet) *string {
	return fs.String("db", defaultDB, "SQLite database `FILE` (must exist)")
}

func openDB(ctx context.Context, path string) (*store.DB, error) {
	return store.Open(ctx, path)
}

// openExistingDB opens the database of a command that only reads or updates
// what is stored, refusing to create an empty one at a mistyped path.
func openExistingDB(ctx context.Context, path string) (*store.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	return store.Open(ctx, path)
}

// onStore runs a command that takes only flags on an existing database:
// it parses args (printing help for -h), refuses arguments, opens the
// database at *dbPath, runs fn and closes the database.
func onStore(ctx context.Context, fs *flag.FlagSet, args []string, dbPath *string, fn func(*store.DB) error) error {
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError(fs.Output(), fs.Name(), "takes no arguments, got %q", fs.Args())
	}
	db, err := openExistingDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	return fn(db)
}
