package gazetteer

import (
	"strings"
	"testing"
)

func load(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestCounts(t *testing.T) {
	g := load(t)
	var n [4]int
	for _, u := range g.units {
		n[u.Level]++
	}
	// GB/T 2260 (2021): 34 provincial units, 333 prefecture-level units,
	// 2,843 county-level units, plus 三沙's island entries.
	if n[Province] != 34 || n[City] != 333 || n[County] < 2843 || n[County] > 2880 {
		t.Errorf("counts: %d provinces, %d cities, %d counties", n[Province], n[City], n[County])
	}
}

func TestLookup(t *testing.T) {
	g := load(t)
	tests := []struct {
		name  string
		codes []string // every unit the name may be, in order
		form  Form
	}{
		{"鼓楼区", []string{"320106", "320302", "350102", "410204"}, Full},
		{"河东区", []string{"120102", "371312"}, Full},
		{"吉林", []string{"220000", "220200"}, Short},
		{"中山", []string{"210202", "442000"}, Short},
		{"中山市", []string{"442000"}, Full},
		{"广西", []string{"450000"}, Short},
		{"内蒙古", []string{"150000"}, Short},
		{"黔东南州", []string{"522600"}, Short},
		{"楚雄", []string{"532300", "532301"}, Short}, // the prefecture and its seat
		{"上饶", []string{"361100"}, Short},
		{"雄安新区", []string{"130000"}, Alias},
		{"襄樊", []string{"420600"}, Alias},
		{"城区", []string{"140302", "140502", "441502"}, Full},
		{"中山大学", nil, Full},
	}
	for _, tt := range tests {
		ms := g.Lookup(tt.name)
		var codes []string
		for _, m := range ms {
			if m.Form != tt.form {
				t.Errorf("Lookup(%q): %s has form %d, want %d", tt.name, m.Unit.Code, m.Form, tt.form)
			}
			codes = append(codes, m.Unit.Code)
		}
		if strings.Join(codes, ",") != strings.Join(tt.codes, ",") {
			t.Errorf("Lookup(%q) = %v, want %v", tt.name, codes, tt.codes)
		}
	}
	if !g.IsGeneric("城区") || g.IsGeneric("鼓楼区") {
		t.Error("IsGeneric: 城区 is generic, 鼓楼区 is not")
	}
}

func TestChain(t *testing.T) {
	g := load(t)
	tests := []struct {
		code, province, city, county string
	}{
		{"120102", "天津市", "", "河东区"}, // municipalities have no city level
		{"130426", "河北省", "邯郸市", "涉县"},
		{"429004", "湖北省", "", "仙桃市"}, // 省直辖县级市
		{"442000", "广东省", "中山市", ""},
		{"650000", "新疆维吾尔自治区", "", ""},
	}
	for _, tt := range tests {
		p, c, k := g.Chain(g.Unit(tt.code))
		if name(p) != tt.province || name(c) != tt.city || name(k) != tt.county {
			t.Errorf("Chain(%s) = %s/%s/%s, want %s/%s/%s", tt.code, name(p), name(c), name(k), tt.province, tt.city, tt.county)
		}
	}
	if !g.Contains(g.Unit("130000"), g.Unit("130426")) || g.Contains(g.Unit("130400"), g.Unit("130000")) {
		t.Error("Contains: 河北省 contains 涉县; 邯郸市 does not contain 河北省")
	}
}

func name(u *Unit) string {
	if u == nil {
		return ""
	}
	return u.Name
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, div, extra string }{
		{"unknown parent", "110101\t东城区\t3\t110000\t\n", ""},
		{"bad level", "110000\t北京市\t9\t\t\n", ""},
		{"bad code", "1100\t北京市\t1\t\t\n", ""},
		{"unknown code in extra", "110000\t北京市\t1\t\t北京\n", "alias\t燕京\t990000\tnote\n"},
		{"unknown kind in extra", "110000\t北京市\t1\t\t北京\n", "nickname\t燕京\t110000\tnote\n"},
	}
	for _, tt := range tests {
		if _, err := Parse([]byte(tt.div), []byte(tt.extra)); err == nil {
			t.Errorf("%s: Parse succeeded", tt.name)
		} else if !strings.HasPrefix(err.Error(), "gazetteer: ") {
			t.Errorf("%s: error %q lacks the package prefix", tt.name, err)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestParentAsTable checks that Parent, which follows the pointer found when
// parsing, gives the unit the table names as parent, for the units of this
// gazetteer and for those of another.
func TestParentAsTable(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	other, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for code, u := range g.units {
		for _, x := range []*Unit{u, other.Unit(code)} {
			if got, want := g.Parent(x), g.units[x.Parent]; got != want {
				t.Fatalf("Parent(%s) = %v, want %v", code, got, want)
			}
		}
	}
	if g.Parent(nil) != nil || g.Parent(&Unit{Parent: "110000"}) != g.Unit("110000") {
		t.Fatal("Parent of a unit built by hand differs from the table's")
	}
}
