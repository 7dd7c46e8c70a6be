package postgres

import "testing"

func TestNumberPlaceholders(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		{"SELECT ? WHERE a = ?", "SELECT $1 WHERE a = $2"},
		{"(?,?),(?,?),(?,?),(?,?),(?,?)", "($1,$2),($3,$4),($5,$6),($7,$8),($9,$10)"},
		{"?", "$1"},
	} {
		if got := numberPlaceholders(c.in); got != c.want {
			t.Errorf("numberPlaceholders(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
