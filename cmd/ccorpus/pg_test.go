package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// pgTestDB returns the URL of a fresh schema on the test PostgreSQL
// (CCORPUS_TEST_POSTGRES, started by .ci/postgres), dropped after the test;
// it skips loudly when no server was given.
func pgTestDB(t testing.TB) string {
	base := os.Getenv("CCORPUS_TEST_POSTGRES")
	if base == "" {
		t.Skip("SKIPPED: no PostgreSQL server: set CCORPUS_TEST_POSTGRES (eval \"$(.ci/postgres)\" starts one); .ci/run always does")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("PostgreSQL: %v", err)
	}
	defer conn.Close(ctx)
	schema := fmt.Sprintf("t_%x", rand.Uint64())
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if c, err := pgx.Connect(context.Background(), base); err == nil {
			c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			c.Close(context.Background())
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
