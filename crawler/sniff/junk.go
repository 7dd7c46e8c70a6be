package sniff

import "bytes"

// Reasons a run of bytes is not a page, as counted in the processing log.
const (
	// Empty: no bytes, or only white space and byte-order marks.
	Empty = "empty"
	// Unsupported: a known document, image, media or archive format
	// (PDF, PNG, Office, ZIP …) that the pipeline does not read.
	Unsupported = "unsupported-type"
	// NotText: binary bytes of no format we name (an executable, random
	// bytes): control characters where text has none.
	NotText = "not-text"
)

// textSample is how much of the start of a document the text test reads.
const textSample = 8 << 10

// signature is the start of a file format the pipeline does not read.
type signature struct {
	at     int
	magic  string
	format string
}

// formats are matched in order; at is the byte offset of magic.
var formats = []signature{
	{0, "%PDF-", "PDF"},
	{0, "\x89PNG\r\n\x1a\n", "PNG image"},
	{0, "\xff\xd8\xff", "JPEG image"},
	{0, "GIF87a", "GIF image"},
	{0, "GIF89a", "GIF image"},
	{8, "WEBP", "WebP image"},
	{0, "II*\x00", "TIFF image"},
	{0, "MM\x00*", "TIFF image"},
	{0, "\x00\x00\x01\x00", "icon"},
	{0, "PK\x03\x04", "ZIP archive or Office document (docx, xlsx, pptx)"},
	{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document (doc, xls, ppt)"},
	{0, "{\\rtf", "RTF document"},
	{0, "\x1f\x8b", "gzip archive"},
	{4, "1AY&SY", "bzip2 archive"},
	{0, "7z\xbc\xaf\x27\x1c", "7-Zip archive"},
	{0, "Rar!\x1a\x07", "RAR archive"},
	{0, "\xfd7zXZ\x00", "xz archive"},
	{0, "ID3", "MP3 audio"},
	{0, "OggS", "Ogg media"},
	{0, "fLaC", "FLAC audio"},
	{4, "ftyp", "MP4 or QuickTime media"},
	{0, "\x1aE\xdf\xa3", "Matroska or WebM media"},
	{0, "wOFF", "web font"},
	{0, "wOF2", "web font"},
	{0, "\x00asm", "WebAssembly"},
	{0, "SQLite format 3\x00", "SQLite database"},
}

// Junk tells why raw is not a page the pipeline can read: Empty,
// Unsupported or NotText, with a few words on what the bytes are; reason is
// "" for text (HTML or a plain-text dump, in any charset).
func Junk(raw []byte) (reason, detail string) {
	if isBlank(raw) {
		if len(raw) == 0 {
			return Empty, "0 bytes"
		}
		return Empty, "only white space"
	}
	for _, s := range formats {
		if len(raw) >= s.at+len(s.magic) && string(raw[s.at:s.at+len(s.magic)]) == s.magic {
			if s.at == 8 && string(raw[:4]) != "RIFF" {
				continue
			}
			return Unsupported, s.format
		}
	}
	if !Text(raw) {
		return NotText, "binary bytes"
	}
	return "", ""
}

// boms are the byte-order marks of UTF-8, UTF-16 LE and UTF-16 BE.
var boms = [][]byte{{0xef, 0xbb, 0xbf}, {0xff, 0xfe}, {0xfe, 0xff}}

func isBlank(raw []byte) bool {
	for {
		trimmed := false
		for _, b := range boms {
			if bytes.HasPrefix(raw, b) {
				raw, trimmed = raw[len(b):], true
			}
		}
		raw = bytes.TrimLeft(raw, " \t\r\n\f\v")
		if !trimmed {
			return len(raw) == 0
		}
	}
}

// Text reports whether raw reads as text: no NUL and hardly any other
// control character in its first 8 KiB. UTF-16 with a byte-order mark is
// text; every ASCII-compatible charset (UTF-8, GBK, Big5 …) passes.
func Text(raw []byte) bool {
	if bytes.HasPrefix(raw, boms[1]) || bytes.HasPrefix(raw, boms[2]) {
		return true
	}
	head := raw
	if len(head) > textSample {
		head = head[:textSample]
	}
	control := 0
	for _, b := range head {
		switch {
		case b == 0:
			return false
		case b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v' || b == 0x1b:
		case b < 0x20 || b == 0x7f:
			control++
		}
	}
	// One stray control byte in a hundred is text with a flaw; more is binary.
	return control*100 <= len(head)
}
