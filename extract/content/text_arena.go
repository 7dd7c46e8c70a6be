package content

import "unsafe"

// textArena hands out the texts of a page's lines as strings copied into a
// few shared chunks instead of one allocation each. It only ever appends:
// a string it handed out is never written again, so it stays valid however
// long it is kept (the page's title, metadata and text are cut from these
// strings). A walker taken for another page starts a new arena; the old
// chunks live as long as some string still points into them.
type textArena struct{ b []byte }

// arenaChunk is the room of a chunk: the lines of a short page.
const arenaChunk = 4096

// string returns a string holding a copy of p.
func (a *textArena) string(p []byte) string {
	if len(p) == 0 {
		return ""
	}
	if cap(a.b)-len(a.b) < len(p) {
		a.b = make([]byte, 0, max(arenaChunk, len(p)))
	}
	start := len(a.b)
	a.b = append(a.b, p...)
	return unsafe.String(&a.b[start], len(p))
}
