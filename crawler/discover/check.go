package discover

import "context"

// check judges the site on its sample: by the fetches alone, then by the
// Checker (the pipeline), and rates how sure discovery is.
func (v *visit) check(ctx context.Context) {
	r := v.r
	switch n := len(r.Sample.Articles); {
	case n >= 2 || (n == 1 && v.articleCount() == 1):
		r.Status = StatusOK
	default:
		r.Status, r.Reason = StatusPartial, "lists found but their article pages could not be fetched"
	}
	if v.d.opts.Check != nil && len(r.Sample.Articles) > 0 {
		verdict := v.d.opts.Check(ctx, r)
		if verdict.Status != "" {
			r.Status, r.Reason = verdict.Status, verdict.Reason
		}
		r.Notes = append(r.Notes, verdict.Notes...)
		if verdict.Content != "" {
			r.Content = verdict.Content
			for i := range r.Blocks {
				r.Blocks[i].Content = verdict.Content
			}
		}
	}
	r.Confidence = v.confidence()
}

func (v *visit) articleCount() int {
	if len(v.r.Lists) > 0 {
		return v.r.Lists[0].Articles
	}
	if v.sitemapList != nil {
		return v.sitemapList.Articles
	}
	return 0
}

// confidence is high when the pattern covers most title links of every
// list and every pager was checked on its second page, medium when one of
// the two holds, low otherwise (and for anything not ok).
func (v *visit) confidence() string {
	if v.r.Status != StatusOK {
		return "low"
	}
	covered, paged := true, true
	for _, l := range v.r.Lists {
		if l.Shape.Of > 0 && l.Shape.Matched*10 < l.Shape.Of*7 {
			covered = false
		}
		if l.Pages.Next != "" && !l.Pages.Verified {
			paged = false
		}
	}
	switch {
	case covered && paged:
		return "high"
	case covered || paged:
		return "medium"
	}
	return "low"
}
