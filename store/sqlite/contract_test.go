package sqlite

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/storetest"
)

func TestStoreContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) store.Store {
		db, err := Open(context.Background(), filepath.Join(t.TempDir(), "contract.db"))
		if err != nil {
			t.Fatal(err)
		}
		db.Now = now
		t.Cleanup(func() { db.Close() })
		return db
	})
}
