package story

import "testing"

func TestCanonical(t *testing.T) {
	s := func(v string) *string { return &v }
	for _, c := range []struct {
		name    string
		members []Member
		want    int64
	}{
		{"none", nil, 0},
		{"issuer before earlier", []Member{{ID: 1, Origin: s("某市日报"), Site: s("门户网"), Published: s("2023-09-01")},
			{ID: 2, Origin: s("某市市场监督管理局"), Site: s("某市市场监督管理局"), Published: s("2023-09-03")}}, 2},
		{"site names the origin", []Member{{ID: 1, Published: s("2023-09-01")},
			{ID: 2, Origin: s("市场监管局"), Site: s("某市市场监管局网站"), Published: s("2023-09-05")}}, 2},
		{"earliest day", []Member{{ID: 1, Published: s("2023-09-05 10:00")}, {ID: 2, Published: s("2023-09-01T23:00")},
			{ID: 3, Published: nil}}, 2},
		{"same day: first stored", []Member{{ID: 5, Published: s("2023-09-01 18:00")}, {ID: 4, Published: s("2023-09-01 08:00")}}, 4},
		{"no dates: first stored", []Member{{ID: 9}, {ID: 3}}, 3},
		{"dated before undated", []Member{{ID: 1}, {ID: 2, Published: s("2023-09-09")}}, 2},
		{"empty origin is no issuer", []Member{{ID: 1, Origin: s(""), Site: s(""), Published: s("2023-09-09")},
			{ID: 2, Published: s("2023-09-01")}}, 2},
	} {
		if got := Canonical(c.members); got != c.want {
			t.Errorf("%s: canonical %d, want %d", c.name, got, c.want)
		}
	}
}
