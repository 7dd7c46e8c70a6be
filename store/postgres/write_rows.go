package postgres

import (
	"context"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
)

// Many rows go to the server as one statement per table: one array per
// column, unnest-ed back into rows. Documents and records take ids drawn
// beforehand from their sequences (so that no statement has to look rows
// up), activities take theirs in order (WITH ORDINALITY).

// documentArrays are the columns of the new documents of a batch.
type documentArrays struct {
	id                                                                             []int64
	key, source, kind, fetched, first, updated, at, codec, rawHash, textHash, prev []string
	url, ctype, title, published, site, origin, author, editor, charset, reason    []*string
	script, original, text, spam, counts, facts                                    []string
	raw                                                                            [][]byte
	size                                                                           []int64
	index, onTopic                                                                 []bool
}

func (a *documentArrays) add(r *docRow) {
	p, d := r.p, &r.p.Doc
	url, _ := r.url.(string)
	a.id, a.key = append(a.id, r.id), append(a.key, r.key)
	a.source = append(a.source, p.Source)
	a.url = append(a.url, strOrNil(url))
	a.ctype = append(a.ctype, strOrNil(p.ContentType))
	a.kind = append(a.kind, p.Kind)
	a.fetched = append(a.fetched, formatTime(p.FetchedAt))
	a.first, a.updated, a.at = append(a.first, r.firstSeen), append(a.updated, r.updated), append(a.at, r.at)
	a.raw, a.codec, a.size = append(a.raw, r.raw), append(a.codec, store.RawCodec), append(a.size, int64(p.RawSize()))
	a.rawHash, a.textHash, a.prev = append(a.rawHash, r.rawHash), append(a.textHash, r.textHash), append(a.prev, r.prev)
	a.title, a.published, a.site = append(a.title, d.Title), append(a.published, d.Published), append(a.site, d.Site)
	a.origin, a.author, a.editor = append(a.origin, d.Origin), append(a.author, d.Author), append(a.editor, d.Editor)
	a.charset, a.script = append(a.charset, d.Charset), append(a.script, d.Script)
	a.index, a.onTopic = append(a.index, p.IsIndex), append(a.onTopic, d.OnTopic)
	a.original, a.text = append(a.original, p.OriginalText), append(a.text, d.Text)
	a.spam = append(a.spam, store.JSONText(store.OrEmpty(d.SpamRemoved)))
	a.counts = append(a.counts, store.JSONText(store.CountsOrEmpty(p.CleanCounts)))
	a.facts = append(a.facts, store.JSONText(d.Facts))
	a.reason = append(a.reason, d.Reason)
}

func (a *documentArrays) queue(b *pgx.Batch) {
	if len(a.key) == 0 {
		return
	}
	b.Queue(`INSERT INTO documents (id, doc_key, source, url, content_type, kind, fetched_at, first_seen, updated_at,
		processed_at, raw, raw_codec, raw_size, raw_hash, text_hash, previous_hashes, title, published, site, origin,
		author, editor, charset, script, is_index, on_topic, original_text, text, spam_removed, clean_counts, facts, reason)
		SELECT id, k, src, u, ct, kd, fa, fs, ua, pa, rw, rc, rs, rh, th, ph, ti, pu, si, og, au, ed, cs, sc, ix, ot, orig, tx, sp, cc, fc, re
		FROM unnest($31::bigint[], $1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
			$8::text[], $9::text[], $10::bytea[], $11::text[], $12::bigint[], $13::text[], $14::text[], $15::text[],
			$16::text[], $17::text[], $18::text[], $19::text[], $20::text[], $21::text[], $22::text[], $23::text[],
			$24::boolean[], $25::boolean[], $26::text[], $27::text[], $28::text[], $29::text[], $30::text[], $32::text[]) WITH ORDINALITY
			AS u(id, k, src, u, ct, kd, fa, fs, ua, pa, rw, rc, rs, rh, th, ph, ti, pu, si, og, au, ed, cs, sc, ix, ot, orig, tx,
				sp, cc, fc, re, ord)
		ORDER BY ord`,
		a.key, a.source, a.url, a.ctype, a.kind, a.fetched, a.first, a.updated, a.at, a.raw, a.codec, a.size,
		a.rawHash, a.textHash, a.prev, a.title, a.published, a.site, a.origin, a.author, a.editor, a.charset, a.script,
		a.index, a.onTopic, a.original, a.text, a.spam, a.counts, a.facts, a.id, a.reason)
}

// countRecords is how many records (rows of the records table) recs hold.
func countRecords(recs []recordsOf) int {
	n := 0
	for _, r := range recs {
		n += len(recordList(r.d))
	}
	return n
}

// queueRecords queues the records of recs (one statement, ids recIDs in
// order) and their activities (another).
func queueRecords(b *pgx.Batch, recs []recordsOf, recIDs []int64) {
	var (
		ids, docs, idx                                 []int64
		campaign, level, province, pcode, city, ccode  []*string
		county, kcode, theme                           []*string
		year, depts, acts                              []*int
		dates, actsJSON, evidence, departments, events []string
		aRec, aIdx                                     []int64
		aName                                          []string
	)
	for _, r := range recs {
		for i, f := range recordList(r.d) {
			id := recIDs[len(ids)]
			ids, docs, idx = append(ids, id), append(docs, r.id), append(idx, int64(i))
			campaign, year, level = append(campaign, f.Campaign), append(year, f.Year), append(level, f.Level)
			province, pcode = append(province, f.Province), append(pcode, f.ProvinceCode)
			city, ccode = append(city, f.City), append(ccode, f.CityCode)
			county, kcode = append(county, f.County), append(kcode, f.CountyCode)
			dates = append(dates, store.JSONText(store.OrEmpty(f.EventDates)))
			depts, acts = append(depts, f.DepartmentCount), append(acts, f.ActivityCount)
			actsJSON, theme = append(actsJSON, store.JSONText(store.OrEmpty(f.Activities))), append(theme, f.Theme)
			evidence = append(evidence, store.JSONText(store.OrEmptyMap(f.Evidence)))
			departments = append(departments, store.JSONText(store.OrEmptyList(f.Departments)))
			events = append(events, store.JSONText(store.OrEmptyList(f.Events)))
			for j, a := range f.Activities {
				aRec, aIdx, aName = append(aRec, id), append(aIdx, int64(j)), append(aName, a)
			}
		}
	}
	if len(ids) == 0 {
		return
	}
	b.Queue(`INSERT INTO records (id, document_id, record_index, campaign, year, level, province, province_code, city,
		city_code, county, county_code, event_dates, department_count, activity_count, activities, theme, evidence, departments, events)
		SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::bigint[], $6::text[], $7::text[],
			$8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::bigint[], $15::bigint[],
			$16::text[], $17::text[], $18::text[], $19::text[], $20::text[])`,
		ids, docs, idx, campaign, year, level, province, pcode, city, ccode, county, kcode, dates, depts, acts, actsJSON,
		theme, evidence, departments, events)
	if len(aName) == 0 {
		return
	}
	b.Queue(`INSERT INTO activities (record_id, activity_index, name)
		SELECT r, i, n FROM unnest($1::bigint[], $2::bigint[], $3::text[]) WITH ORDINALITY AS u(r, i, n, ord) ORDER BY ord`,
		aRec, aIdx, aName)
}

// drawIDs takes ids for docs new documents and recs records from the
// tables' identity sequences, each in ascending order: the ids one INSERT
// per row would have taken.
func drawIDs(ctx context.Context, tx pgx.Tx, docs, recs int) (docIDs, recIDs []int64, err error) {
	if docs == 0 && recs == 0 {
		return nil, nil, nil
	}
	err = tx.QueryRow(ctx, `SELECT array(SELECT nextval(pg_get_serial_sequence('documents', 'id')) FROM generate_series(1, $1)),
		array(SELECT nextval(pg_get_serial_sequence('records', 'id')) FROM generate_series(1, $2))`, docs, recs).Scan(&docIDs, &recIDs)
	slices.Sort(docIDs)
	slices.Sort(recIDs)
	return docIDs, recIDs, err
}

// recordList is the regional records of an on-topic page, none for other pages.
func recordList(d *extract.Document) []extract.Facts {
	if !d.OnTopic {
		return nil
	}
	if len(d.Records) == 0 {
		return []extract.Facts{d.Facts}
	}
	return d.Records
}

func strOrNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
