package facts

import (
	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/extract/place"
)

// PlaceResolver decides which region a text reports on.
type PlaceResolver interface {
	Resolve(place.Input) place.Result
}

// placeInput is the resolver's input for a text with no other metadata.
func placeInput(text string) place.Input { return place.Input{Text: text} }

// setPlace fills the place fields, level and evidence of f from r.
func setPlace(f *extract.Facts, r place.Result) {
	f.Level = extract.Str(r.Level)
	f.Province = extract.Str(r.Province)
	f.ProvinceCode = extract.Str(r.ProvinceCode)
	f.City = extract.Str(r.City)
	f.CityCode = extract.Str(r.CityCode)
	f.County = extract.Str(r.County)
	f.CountyCode = extract.Str(r.CountyCode)
	if r.Province != "" {
		f.Evidence["province"] = r.Evidence
	}
	if r.Level != "" {
		f.Evidence["level"] = r.Evidence
	}
}

// commonPlace keeps on a digest page only a region all its reports share.
func commonPlace(page *extract.Facts, records []extract.Facts) {
	if common(records, func(f extract.Facts) *string { return f.Province }) == nil {
		*page = clearPlace(*page)
	}
}

// clearPlace returns f without a region.
func clearPlace(f extract.Facts) extract.Facts {
	f.Level, f.Province, f.ProvinceCode = nil, nil, nil
	f.City, f.CityCode, f.County, f.CountyCode = nil, nil, nil, nil
	delete(f.Evidence, "province")
	delete(f.Evidence, "level")
	return f
}
