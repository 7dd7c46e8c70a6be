package facts

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDepartmentsAndLabels: on any sentence, every department name is a
// well-formed piece of the sentence, and an event label is one of the labels.
func FuzzDepartmentsAndLabels(f *testing.F) {
	for _, s := range []string{"市市场监管局联合市委宣传部、市教育局等8个部门开展活动。", "由县局和县总工会共同主办", "9月1日启动仪式", "等部门", "，，、、等3个部门"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range departmentList(s) {
			if !utf8.ValidString(n) || !strings.Contains(s, n) || !isDepartmentName(n) {
				t.Fatalf("departmentList(%q) gave %q", s, n)
			}
		}
		if l := eventLabel(s, "2023-09-01"); l != nil && !strings.Contains(s, *l) {
			t.Fatalf("eventLabel(%q) = %q, not in the sentence", s, *l)
		}
	})
}
