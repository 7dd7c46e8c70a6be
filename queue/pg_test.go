package queue

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/ccorpus/ccorpus/store/postgres"
)

// openTest opens a store in a fresh schema of the test server
// (CCORPUS_TEST_POSTGRES, started by .ci/postgres), dropped after the test;
// it skips loudly when there is no server.
func openTest(t *testing.T, worker string) *postgres.DB {
	t.Helper()
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
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	db, err := postgres.Open(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	db.Worker = worker
	t.Cleanup(func() {
		db.Close()
		if c, err := pgx.Connect(context.Background(), base); err == nil {
			c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			c.Close(context.Background())
		}
	})
	return db
}
