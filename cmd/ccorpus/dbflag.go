package main

import (
	"context"
	"flag"
	"fmt"
	"github.com/ccorpus/ccorpus/store/postgres"
	"github.com/ccorpus/ccorpus/store/sqlite"
	"io"
	"os"

	"github.com/ccorpus/ccorpus/store"
)

// defaultDB is the database file used when neither --db nor CCORPUS_DB is given.
const defaultDB = "ccorpus.db"

// dbDefault is the value --db has when not given: $CCORPUS_DB, else defaultDB.
func dbDefault() string {
	if v := os.Getenv("CCORPUS_DB"); v != "" {
		return v
	}
	return defaultDB
}

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
	return fs.String("db", dbDefault(), "SQLite database `FILE` (created when missing), or a postgres:// URL (default $CCORPUS_DB, else ccorpus.db)")
}

// existingDBFlag adds --db for a command that reads an existing database.
func existingDBFlag(fs *flag.FlagSet) *string {
	return fs.String("db", dbDefault(), "SQLite database `FILE` (must exist), or a postgres:// URL (default $CCORPUS_DB, else ccorpus.db)")
}

// openDB opens the store named by --db: a PostgreSQL database for a
// postgres:// URL, else a SQLite file (created when missing).
func openDB(ctx context.Context, path string) (store.Store, error) {
	if postgres.IsURL(path) {
		return postgres.Open(ctx, path)
	}
	return sqlite.Open(ctx, path)
}

// openExistingDB opens the database of a command that only reads or updates
// what is stored, refusing to create an empty one at a mistyped path.
func openExistingDB(ctx context.Context, path string) (store.Store, error) {
	if postgres.IsURL(path) {
		return postgres.Open(ctx, path) // a server's database exists or the connection fails
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	if st.Size() == 0 {
		return nil, fmt.Errorf("database %s: %w: an empty file", path, sqlite.ErrNotDatabase)
	}
	return sqlite.Open(ctx, path)
}

// openReadDB opens the database of a command that only reads it (stats,
// export): read-only, never migrated, so a corpus someone handed over on a
// read-only mount or without write permission can be read.
func openReadDB(ctx context.Context, path string) (store.Store, error) {
	if postgres.IsURL(path) {
		return postgres.Open(ctx, path) // reading needs no write permission on a server either
	}
	return sqlite.OpenReadOnly(ctx, path)
}

// onStore runs a command that takes only flags on an existing database:
// it parses args (printing help for -h), refuses arguments, opens the
// database at *dbPath, runs fn and closes the database.
func onStore(ctx context.Context, fs *flag.FlagSet, args []string, dbPath *string, fn func(store.Store) error) error {
	return onStoreWith(ctx, fs, args, dbPath, openExistingDB, fn)
}

// onReadStore is onStore for a command that only reads: the database is
// opened read-only.
func onReadStore(ctx context.Context, fs *flag.FlagSet, args []string, dbPath *string, fn func(store.Store) error) error {
	return onStoreWith(ctx, fs, args, dbPath, openReadDB, fn)
}

func onStoreWith(ctx context.Context, fs *flag.FlagSet, args []string, dbPath *string,
	open func(context.Context, string) (store.Store, error), fn func(store.Store) error) error {
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError(fs.Output(), fs.Name(), "takes no arguments, got %q", fs.Args())
	}
	db, err := open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	return fn(db)
}
