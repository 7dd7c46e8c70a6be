// Package store is what the rest of ccorpus knows of the corpus database:
// the values it keeps (Page, Record, Stats …), the small interfaces the
// commands use, the exportable tables and their CSV and JSON Lines encoders.
// The backends live beside it: store/sqlite (the embedded default, one
// file) and store/postgres (a server that several machines share).
package store
