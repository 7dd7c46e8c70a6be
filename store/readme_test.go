package store

import (
	"os"
	"strings"
	"testing"
)

// TestREADMEDocumentsEveryColumn keeps the README's column tables in step
// with what export writes.
func TestREADMEDocumentsEveryColumn(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	for _, table := range Tables() {
		head := "### `" + table + "`"
		i := strings.Index(readme, head)
		if i < 0 {
			t.Errorf("README has no section %q", head)
			continue
		}
		section := readme[i+len(head):]
		if j := strings.Index(section, "\n#"); j >= 0 {
			section = section[:j]
		}
		for _, c := range Columns(table) {
			if !strings.Contains(section, "`"+c.Name+"`") {
				t.Errorf("README section %s does not document column %s", head, c.Name)
			}
		}
	}
}
