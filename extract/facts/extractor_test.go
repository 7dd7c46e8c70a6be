package facts

import (
	"github.com/ccorpus/ccorpus/extract/place"
	"sync"
	"testing"

	"github.com/ccorpus/ccorpus/extract"
)

var (
	sharedOnce sync.Once
	sharedExt  *Extractor
	sharedErr  error
)

// loaded returns the extractor shared by the tests (the place resolver loads once).
func loaded(t testing.TB) *Extractor {
	t.Helper()
	sharedOnce.Do(func() {
		r, err := place.Default()
		if err != nil {
			sharedErr = err
			return
		}
		sharedExt = New(r)
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedExt
}

func intOr(p *int) int {
	if p == nil {
		return -1
	}
	return *p
}

func strOr(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

// extractText runs Extract on a text with an optional publication date.
func extractText(t *testing.T, text, published string) Result {
	t.Helper()
	return loaded(t).Extract(Input{Text: text, Published: published})
}

// checkEvidence asserts that every fact with a value carries a sentence of the text.
func checkEvidence(t *testing.T, text string, f extract.Facts) {
	t.Helper()
	if f.DepartmentCount != nil && f.Evidence["department_count"] == "" {
		t.Errorf("department_count has no evidence")
	}
	if f.ActivityCount != nil && f.Evidence["activity_count"] == "" {
		t.Errorf("activity_count has no evidence")
	}
	if f.Theme != nil && f.Evidence["theme"] == "" {
		t.Errorf("theme has no evidence")
	}
	for _, d := range f.EventDates {
		if f.Evidence[itemKey("event_dates", d)] == "" {
			t.Errorf("event date %s has no evidence", d)
		}
	}
	for _, a := range f.Activities {
		if f.Evidence[itemKey("activities", a)] == "" {
			t.Errorf("activity %s has no evidence", a)
		}
	}
}
