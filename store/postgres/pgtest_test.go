package postgres

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// testURL returns the server the tests use (CCORPUS_TEST_POSTGRES, started
// by .ci/postgres), skipping loudly when there is none.
func testURL(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv("CCORPUS_TEST_POSTGRES")
	if u == "" {
		tb.Skip("SKIPPED: no PostgreSQL server: set CCORPUS_TEST_POSTGRES (eval \"$(.ci/postgres)\" starts one); .ci/run always does")
	}
	return u
}

// freshSchema creates an empty schema on the test server and returns a URL
// whose connections use it (search_path), dropped when the test ends.
func freshSchema(tb testing.TB) string {
	tb.Helper()
	base := testURL(tb)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		tb.Fatalf("PostgreSQL at %s: %v", redact(base), err)
	}
	defer conn.Close(ctx)
	schema := fmt.Sprintf("t_%x", rand.Uint64())
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), base)
		if err == nil {
			c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			c.Close(context.Background())
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// openTest opens a fresh store with its own worker name.
func openTest(tb testing.TB) *DB {
	tb.Helper()
	db, err := Open(context.Background(), freshSchema(tb))
	if err != nil {
		tb.Fatal(err)
	}
	db.Worker = fmt.Sprintf("test-%x", rand.Uint32())
	tb.Cleanup(func() { db.Close() })
	return db
}
