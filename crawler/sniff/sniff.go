// Package sniff tells what kind of document a run of bytes is, from the bytes
// themselves. It is the one owner of that question: the crawler asks it
// before it hands a page on, content extraction asks it when neither a name
// nor a Content-Type says whether a page is HTML or a plain-text dump.
package sniff

import "bytes"

// headBytes is how much of the start of a document is looked at.
const headBytes = 1024

// HTML reports whether raw starts like an HTML document: a doctype or an
// <html> tag at the start, or a <head> or <body> tag in its first kilobyte.
func HTML(raw []byte) bool {
	head := raw
	if len(head) > headBytes {
		head = head[:headBytes]
	}
	h := bytes.ToLower(bytes.TrimSpace(head))
	return bytes.HasPrefix(h, []byte("<!doctype html")) || bytes.HasPrefix(h, []byte("<html")) ||
		bytes.Contains(h, []byte("<head")) || bytes.Contains(h, []byte("<body"))
}
