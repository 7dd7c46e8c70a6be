package normalize

// Meta is the free-text metadata of a page that is converted to simplified
// script alongside its text: the site's name, the issuing body (来源), the
// author and the editor.
type Meta struct {
	Site   string
	Origin string
	Author string
	Editor string
}

// ConvertMeta converts every field of m to simplified script at once, so no
// field of a record can be left in the page's original script.
func (c *Cleaner) ConvertMeta(m Meta) Meta {
	return Meta{
		Site:   c.conv.Convert(m.Site),
		Origin: c.conv.Convert(m.Origin),
		Author: c.conv.Convert(m.Author),
		Editor: c.conv.Convert(m.Editor),
	}
}
