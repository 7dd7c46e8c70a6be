package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// migrations holds the schema, one file per version: NNNN_name.sql, applied in
// order of NNNN. Other packages' tables go in the same folder with their own numbers.
//
//go:embed migrations/*.sql
var migrations embed.FS

// migration is one embedded schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads the embedded migrations sorted by version.
func loadMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrations, "migrations")
	if err != nil {
		return nil, fmt.Errorf("store: read migrations: %w", err)
	}
	var out []migration
	seen := map[int]string{}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("store: migration %s: name must start with a number and '_'", name)
		}
		if prev, dup := seen[v]; dup {
			return nil, fmt.Errorf("store: migrations %s and %s share version %d", prev, name, v)
		}
		seen[v] = name
		b, err := migrations.ReadFile("migrations/" + name)
		if err != nil {
			return nil, fmt.Errorf("store: read migration %s: %w", name, err)
		}
		out = append(out, migration{version: v, name: name, sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// checkSchema refuses a database without the ccorpus schema, and one with
// a migration applied that this ccorpus does not know (a newer ccorpus
// wrote it: using it could lose what that version keeps).
func (db *DB) checkSchema(ctx context.Context) error {
	var n int
	if err := db.sql.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&n); err != nil {
		return fmt.Errorf("store: open %s: %w", db.path, err)
	}
	if n == 0 {
		return fmt.Errorf("%w: %s is a SQLite file without the ccorpus tables", ErrNotDatabase, db.path)
	}
	return db.checkVersions(ctx)
}

// checkVersions refuses a database with a migration this ccorpus does not know.
func (db *DB) checkVersions(ctx context.Context) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	known := map[int]bool{}
	newest := 0
	for _, m := range ms {
		known[m.version] = true
		newest = max(newest, m.version)
	}
	rows, err := db.sql.QueryContext(ctx, `SELECT version, name FROM schema_migrations ORDER BY version`)
	if err != nil {
		return fmt.Errorf("store: schema version: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var v int
		var name string
		if err := rows.Scan(&v, &name); err != nil {
			return fmt.Errorf("store: schema version: %w", err)
		}
		if !known[v] {
			return fmt.Errorf("%w: %s has schema migration %s, which this ccorpus (schema %d) does not know; use the newer ccorpus that wrote it",
				ErrNewerSchema, db.path, name, newest)
		}
	}
	return rows.Err()
}

// migrate applies every migration newer than the database's schema version,
// each in its own transaction together with the version bump. It first
// refuses a database written by a newer ccorpus.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	var has int
	if err := db.sql.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&has); err != nil {
		return fmt.Errorf("store: open %s: %w", db.path, err)
	}
	if has > 0 {
		if err := db.checkVersions(ctx); err != nil {
			return err
		}
	}
	err = db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: create schema_migrations: %w", err)
	}
	for _, m := range ms {
		err := db.Tx(ctx, func(tx *sql.Tx) error {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, db.now())
			return err
		})
		if err != nil {
			return fmt.Errorf("store: migration %s: %w", m.name, err)
		}
	}
	// Mirror the version where the sqlite3 shell shows it: PRAGMA user_version.
	v, err := db.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	if _, err := db.sql.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
		return fmt.Errorf("store: set user_version: %w", err)
	}
	return nil
}

// SchemaVersion returns the highest migration version applied.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v sql.NullInt64
	if err := db.sql.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("store: schema version: %w", err)
	}
	return int(v.Int64), nil
}
