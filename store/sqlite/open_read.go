package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/mattn/go-sqlite3"
)

// Errors of opening a file that is not a database this ccorpus can use.
var (
	// ErrNotDatabase: the file is empty, not SQLite, or SQLite without a ccorpus schema.
	ErrNotDatabase = errors.New("store: not a ccorpus database")
	// ErrNewerSchema: the database was written by a newer ccorpus.
	ErrNewerSchema = errors.New("store: database written by a newer ccorpus")
)

// OpenReadOnly opens an existing database for reading: nothing is ever
// written to it (no migration, no journal-mode change), so a corpus on a
// read-only mount or in a file shared without write permission can be read.
// An empty file, a file that is not a ccorpus database and one written by a
// newer ccorpus are refused with a clear error.
func OpenReadOnly(ctx context.Context, path string) (*DB, error) {
	if err := looksLikeDatabase(path); err != nil {
		return nil, err
	}
	db, err := openRO(ctx, path, false)
	if err != nil {
		// A WAL database in a folder we cannot write has no -shm file to
		// share: read it as immutable (nobody else may be writing it then).
		db, err = openRO(ctx, path, true)
	}
	if err != nil {
		return nil, err
	}
	if err := db.checkSchema(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := db.readCompat(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func openRO(ctx context.Context, path string, immutable bool) (*DB, error) {
	dsn := fmt.Sprintf("file:%s?mode=ro&_busy_timeout=%d&_foreign_keys=on",
		(&url.URL{Path: path}).EscapedPath(), busyTimeout.Milliseconds())
	if immutable {
		dsn += "&immutable=1"
	}
	sdb, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	// Reading the schema is the first access to the file's contents.
	var n int
	if err := sdb.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master`).Scan(&n); err != nil {
		sdb.Close()
		var se sqlite3.Error
		if errors.As(err, &se) && se.Code == sqlite3.ErrNotADB {
			return nil, fmt.Errorf("%w: %s is not a SQLite file", ErrNotDatabase, path)
		}
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return &DB{sql: sdb, path: path, Now: time.Now}, nil
}

// looksLikeDatabase refuses what cannot be a database before SQLite sees
// it: a missing file, a folder, an empty file. It opens no descriptor on
// the file (closing one would drop SQLite's locks of this process on it).
func looksLikeDatabase(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("store: open %s: %w", path, err)
	}
	if st.IsDir() {
		return fmt.Errorf("store: open %s: is a folder, not a database file", path)
	}
	if st.Size() == 0 {
		return fmt.Errorf("%w: %s is an empty file", ErrNotDatabase, path)
	}
	return nil
}

// writable reports, before SQLite is asked, why a database at path could
// not be written: the file not writable, or its folder (where SQLite keeps
// the -wal and -shm files) not writable. It opens no descriptor on the file.
func writable(path string) error {
	dir := filepath.Dir(path)
	if st, err := os.Stat(path); err == nil {
		if st.IsDir() {
			return fmt.Errorf("%s is a folder, not a database file", path)
		}
		if err := syscall.Access(path, 2 /* W_OK */); err != nil {
			return &fs.PathError{Op: "write", Path: path, Err: err}
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	st, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return &fs.PathError{Op: "open", Path: dir, Err: syscall.ENOTDIR}
	}
	if err := syscall.Access(dir, 2|1 /* W_OK|X_OK */); err != nil {
		return &fs.PathError{Op: "write in folder", Path: dir, Err: err}
	}
	return nil
}
