package postgres

import (
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/storetest"
)

// TestStoreContract runs the PostgreSQL half of the contract suite: the
// same checks and golden exports as store/sqlite's.
func TestStoreContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) store.Store {
		db := openTest(t)
		db.Now = now
		return db
	})
}
