package opencc

// segment splits s by maximal forward matching over the segmentation
// dictionary, as OpenCC's MaxMatchSegmentation: every matched key is a
// segment, and each run of unmatched runes between them is one segment. It
// appends the end offset of each segment to ends.
func (c *Converter) segment(s string, ends []int) []int {
	run := 0 // start of the current run of unmatched runes
	for i := 0; i < len(s); {
		n, _, size := c.seg.match(s, i, len(s))
		if n == 0 {
			i += size
			continue
		}
		if i > run {
			ends = append(ends, i)
		}
		i += n
		ends = append(ends, i)
		run = i
	}
	if run < len(s) {
		ends = append(ends, len(s))
	}
	return ends
}

// convertChain runs segmentation then every conversion step, each over the
// segments of the previous one, and appends the result to dst.
func (c *Converter) convertChain(dst []byte, s string) []byte {
	ends := c.segment(s, make([]int, 0, len(s)/8+1))
	var next []int
	var buf []byte
	for k, group := range c.chain {
		if k == len(c.chain)-1 {
			buf = dst
		} else {
			buf = make([]byte, 0, len(s)+len(s)/8)
		}
		base := len(buf)
		next = next[:0]
		start := 0
		for _, end := range ends {
			buf = convertSegment(buf, s[:end], start, group)
			next = append(next, len(buf)-base)
			start = end
		}
		s = string(buf[base:])
		ends, next = next, ends
	}
	return buf
}

// convertSegment appends the conversion of seg[start:] to dst: at each
// position the first dictionary of the group with a matching prefix gives
// its longest key's value; a rune no dictionary matches is copied.
func convertSegment(dst []byte, seg string, start int, group []*dict) []byte {
	for i := start; i < len(seg); {
		size := 0
		for _, d := range group {
			n, v, sz := d.match(seg, i, len(seg))
			if n > 0 {
				dst = append(dst, v...)
				size = n
				break
			}
			size = -sz
		}
		if size < 0 {
			size = -size
			dst = append(dst, seg[i:i+size]...)
		}
		i += size
	}
	return dst
}
