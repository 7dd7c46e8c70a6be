package store

import (
	"context"
	"database/sql"
	"fmt"
)

// StmtCache runs the statements of one database/sql transaction, preparing
// each query text once for the transaction instead of once per call: a
// batch of pages runs the same few statements hundreds of times, and
// parsing them again each time cost more than running them. The statements
// are closed with the transaction.
type StmtCache struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

// NewStmtCache returns the statement cache of tx.
func NewStmtCache(tx *sql.Tx) *StmtCache {
	return &StmtCache{tx: tx, stmts: map[string]*sql.Stmt{}}
}

// Tx returns the transaction.
func (c *StmtCache) Tx() *sql.Tx { return c.tx }

func (c *StmtCache) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := c.stmts[query]; ok {
		return st, nil
	}
	st, err := c.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("store: prepare: %w", err)
	}
	c.stmts[query] = st
	return st, nil
}

// ExecContext runs query with args.
func (c *StmtCache) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// QueryContext runs query with args and returns its rows.
func (c *StmtCache) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// QueryRowContext runs query with args and returns its one row. A query
// that cannot be prepared runs unprepared, so that its error reaches Scan.
func (c *StmtCache) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return c.tx.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// Prepared returns how many statements the cache holds.
func (c *StmtCache) Prepared() int { return len(c.stmts) }
