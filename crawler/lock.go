package crawler

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// ErrLocked is returned when another crawl holds the lock.
var ErrLocked = errors.New("crawler: another crawl is running on this database")

// LockDatabase takes an exclusive flock on the database file itself
// (created empty when missing), so that two crawls never run on one
// database at once, whatever names they reach it by: a symlink, a hard
// link or another relative path all lead to the same file and the same
// lock. The kernel drops the lock when the process dies, however it dies.
// Call the returned function to release it, after the database is closed:
// the lock's descriptor is on the database file, and closing a descriptor
// of a file drops the POSIX locks SQLite holds on it in this process.
//
// flock and SQLite's fcntl locks do not interact on local file systems; on
// NFS, where flock is emulated with fcntl, keep the database on a local disk.
func LockDatabase(path string) (func() error, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDONLY, 0o644)
	if err != nil {
		return nil, fmt.Errorf("crawler: lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			real, rerr := filepath.EvalSymlinks(path)
			if rerr != nil {
				real = path
			}
			return nil, fmt.Errorf("%w (the database file %s is locked)", ErrLocked, real)
		}
		return nil, fmt.Errorf("crawler: lock: %w", err)
	}
	return f.Close, nil
}
