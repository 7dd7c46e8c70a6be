package main

import "github.com/ccorpus/ccorpus/normalize"

// defaultConverter is the traditional→simplified converter the pipeline uses.
func defaultConverter() normalize.Converter { return identity{} }

// identity leaves text unchanged (placeholder until the OpenCC converter lands).
type identity struct{}

func (identity) Convert(s string) string { return s }
