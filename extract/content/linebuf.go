package content

import "unicode/utf8"

// lineBuf collects the text of the line being read. Unlike a strings.Builder
// it keeps its buffer from line to line; the walker copies each line's text
// out of it into its textArena.
type lineBuf struct{ b []byte }

func (l *lineBuf) WriteString(s string)   { l.b = append(l.b, s...) }
func (l *lineBuf) WriteByte(c byte) error { l.b = append(l.b, c); return nil }
func (l *lineBuf) WriteRune(r rune)       { l.b = utf8.AppendRune(l.b, r) }
func (l *lineBuf) Len() int               { return len(l.b) }

// Reset empties the buffer and keeps its room.
func (l *lineBuf) Reset() { l.b = l.b[:0] }
