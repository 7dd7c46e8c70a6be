package sqlite

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/store"
)

// TestStmtCache: a query text is prepared once per transaction and each use
// runs with its own arguments; a query that cannot be prepared reports its
// error from Exec, Query and QueryRow's Scan alike.
func TestStmtCache(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		c := store.NewStmtCache(tx)
		if _, err := c.ExecContext(ctx, `CREATE TEMP TABLE kv (k INTEGER PRIMARY KEY, v TEXT)`); err != nil {
			return err
		}
		const ins = `INSERT INTO kv (k, v) VALUES (?, ?)`
		for i, v := range []string{"a", "b", "c"} {
			if _, err := c.ExecContext(ctx, ins, i, v); err != nil {
				return err
			}
		}
		first := c.Prepared()
		var got []string
		for i := range 3 {
			var v string
			if err := c.QueryRowContext(ctx, `SELECT v FROM kv WHERE k = ?`, i).Scan(&v); err != nil {
				return err
			}
			got = append(got, v)
		}
		if strings.Join(got, "") != "abc" {
			t.Errorf("read back %q, want abc", got)
		}
		if n := c.Prepared(); n != first+1 || first != 2 {
			t.Errorf("prepared %d statements then %d, want 2 then 3 (one per query text)", first, n)
		}
		rows, err := c.QueryContext(ctx, `SELECT count(*) FROM kv WHERE k >= ?`, 1)
		if err != nil {
			return err
		}
		var n int
		for rows.Next() {
			rows.Scan(&n)
		}
		rows.Close()
		if n != 2 {
			t.Errorf("count %d, want 2", n)
		}
		const bad = `SELECT nope FROM nowhere`
		if _, err := c.ExecContext(ctx, bad); err == nil || !strings.Contains(err.Error(), "nowhere") {
			t.Errorf("Exec of a bad query: %v", err)
		}
		if _, err := c.QueryContext(ctx, bad); err == nil {
			t.Error("Query of a bad query: no error")
		}
		var x int
		if err := c.QueryRowContext(ctx, bad).Scan(&x); err == nil || !strings.Contains(err.Error(), "nowhere") {
			t.Errorf("QueryRow of a bad query: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
