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
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
		fmt.Fprintln(stderr, "\nExit codes: 0 ok, 1 some pages failed but the batch completed, 2 usage or fatal error.")
	}
	return fs
}

// parseFlags parses args, mapping -h to a nil error after printing help and
// other problems to errUsage.
func parseFlags(fs *flag.FlagSet, args []string) (help bool, err error) {
	if err := fs.Parse(args); err != nil {
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
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	if st.Size() == 0 {
		return nil, fmt.Errorf("database %s: %w: an empty file", path, store.ErrNotDatabase)
	}
	return store.Open(ctx, path)
}

// openReadDB opens the database of a command that only reads it (stats,
// export): read-only, never migrated, so a corpus someone handed over on a
// read-only mount or without write permission can be read.
func openReadDB(ctx context.Context, path string) (*store.DB, error) {
	return store.OpenReadOnly(ctx, path)
}

// onStore runs a command that takes only flags on an existing database:
// it parses args (printing help for -h), refuses arguments, opens the
// database at *dbPath, runs fn and closes the database.
func onStore(ctx context.Context, fs *flag.FlagSet, args []string, dbPath *string, fn func(*store.DB) error) error {
	return onStoreWith(ctx, fs, args, dbPath, openExistingDB, fn)
}

// onReadStore is onStore for a command that only reads: the database is
// opened read-only.
func onReadStore(ctx context.Context, fs *flag.FlagSet, args []string, dbPath *string, fn func(*store.DB) error) error {
	return onStoreWith(ctx, fs, args, dbPath, openReadDB, fn)
}

func onStoreWith(ctx context.Context, fs *flag.FlagSet, args []string, dbPath *string,
	open func(context.Context, string) (*store.DB, error), fn func(*store.DB) error) error {
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return errUsage
	}
	db, err := open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	return fn(db)
}
