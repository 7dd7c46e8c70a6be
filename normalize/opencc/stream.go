package opencc

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"unicode/utf8"
)

// chunkSize is the most text ConvertStream holds at once.
const chunkSize = 256 << 10

// ConvertStream converts r to w in chunks of at most chunkSize bytes, so that
// memory stays constant whatever the input size. Chunks are cut after a
// line break or, in a longer line, after an ASCII byte that occurs in no
// dictionary key: no match can span such a byte, so the output is the same
// as converting the whole text at once (OpenCC converts line by line).
func (c *Converter) ConvertStream(ctx context.Context, w io.Writer, r io.Reader) error {
	return c.convertStream(ctx, w, r, chunkSize)
}

// convertStream is ConvertStream with chunks of size bytes.
func (c *Converter) convertStream(ctx context.Context, w io.Writer, r io.Reader, size int) error {
	buf := make([]byte, max(size, 8*c.maxKey))
	var out []byte
	n := 0 // buf[:n] holds text not converted yet
	for eof := false; !eof; {
		if err := ctx.Err(); err != nil {
			return err
		}
		m, err := io.ReadFull(r, buf[n:])
		n += m
		switch {
		case err == io.EOF || err == io.ErrUnexpectedEOF:
			eof = true
		case err != nil:
			return fmt.Errorf("opencc: read: %w", err)
		}
		cut := n
		if !eof {
			cut = c.cutPoint(buf[:n])
		}
		out = c.AppendConvert(out[:0], string(buf[:cut]))
		if _, err := w.Write(out); err != nil {
			return fmt.Errorf("opencc: write: %w", err)
		}
		n = copy(buf, buf[cut:n])
	}
	return nil
}

// cutPoint returns where to cut a full buffer so that converting the parts
// separately changes nothing: after its last line break, else after its last
// ASCII byte that occurs in no key (no match can span it), else at the last
// segment boundary whose segmentation saw the longest key's lookahead
// (conversion steps never cross segments). A buffer with none of these is
// cut at a rune boundary, where the output may differ from OpenCC's.
func (c *Converter) cutPoint(b []byte) int {
	if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
		return i + 1
	}
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < utf8.RuneSelf && !c.inKey[b[i]] {
			return i + 1
		}
	}
	s := string(b)
	lim := len(s) - c.maxKey
	last := 0
	for i := 0; i < lim; {
		n, _, size := c.seg.match(s, i, len(s))
		if n > 0 || c.fused {
			last = i
		}
		if n > 0 {
			i += n
			if i <= lim {
				last = i
			}
			continue
		}
		i += size
	}
	if last > 0 {
		return last
	}
	i := max(lim, 1)
	for i > 1 && !utf8.RuneStart(b[i]) {
		i--
	}
	return i
}
