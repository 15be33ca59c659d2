package score

import (
	"attache/fold"
	"attache/kb"
)

// Canonicalizer returns an Options.Canon built from the knowledge base:
// every name, variant and code of a country maps to "country:CODE", every
// variant of a place to "place:" and its folded main name. Countries are
// entered first, so a city-state ("Singapore") compares equal to its code.
func Canonicalizer(k *kb.KB) func(string) string {
	keys := map[string]string{}
	add := func(name, key string) {
		if f := fold.Key(name); f != "" {
			if _, ok := keys[f]; !ok {
				keys[f] = key
			}
		}
	}
	for _, c := range k.Countries {
		key := "country:" + c.Code
		add(c.Code, key)
		add(c.Name, key)
		for _, n := range c.Names {
			add(n, key)
		}
	}
	for _, p := range k.Places {
		key := "place:" + fold.Key(p.Name)
		add(p.Name, key)
		for _, v := range p.Variants {
			add(v, key)
		}
	}
	return func(name string) string { return keys[fold.Key(name)] }
}
