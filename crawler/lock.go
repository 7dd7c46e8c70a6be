package crawler

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"syscall"
)

// ErrLocked is returned when another crawl holds the lock.
var ErrLocked = errors.New("crawler: another crawl is running on this database")

// Lock takes an exclusive flock on path (created beside the database) so
// that two crawls never run on one database at once. The kernel drops the
// lock when the process dies, however it dies. Call the returned function
// to release it.
func Lock(path string) (func() error, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("crawler: lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := os.ReadFile(path)
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w (pid %s, lock %s)", ErrLocked, string(holder), path)
		}
		return nil, fmt.Errorf("crawler: lock: %w", err)
	}
	f.Truncate(0)
	f.WriteAt([]byte(strconv.Itoa(os.Getpid())), 0)
	return func() error {
		f.Truncate(0)
		return f.Close()
	}, nil
}
