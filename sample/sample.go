// Package sample bundles a small corpus of defence-diplomacy articles,
// written by the attache team in their own words from public facts, with a
// hand-made gold record (EXTRACTION.md shape) for each one.
//
// The corpus serves two purposes: `attache demo` ingests it so a new user sees
// a populated knowledge base at once, and `attache eval sample/articles`
// scores the extractor on texts it was not developed against, which is how
// we measure whether its rules generalise beyond the development articles.
//
// FS holds articles/*.txt (the articles), articles/*.gold.json (their gold
// records) and articles/MANIFEST.tsv (file, published, source). A text may
// instead carry its publication date on a first line "date YYYY-MM-DD"; the
// manifest then leaves the published column empty.
package sample

import "embed"

// FS is the embedded sample corpus, rooted at the package directory: read
// files as "articles/NAME.txt", "articles/NAME.gold.json" and
// "articles/MANIFEST.tsv".
//
//go:embed articles/*.txt articles/*.gold.json articles/MANIFEST.tsv
var FS embed.FS

// Dir is the directory inside FS that holds the corpus.
const Dir = "articles"

// ManifestFile is the name of the manifest inside Dir.
const ManifestFile = "MANIFEST.tsv"
