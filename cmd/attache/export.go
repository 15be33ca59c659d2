package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"

	"attache/export"
	"attache/query"
)

func (m *Main) runExport(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	m.Config.storeFlags(fs)
	var opts export.Options
	format := fs.String("format", "jsonl", "`format`: "+strings.Join(export.Formats, ", "))
	out := fs.String("o", "", "write to `file` (default: standard output)")
	fs.StringVar(&opts.Table, "table", "", "csv: write only this `table` ("+strings.Join(export.Tables, ", ")+") as plain csv instead of a zip of all")
	filterFlags(fs, &opts.Filter)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: attache export [--format F] [filters] [-o FILE]\n\n"+
			"Writes the knowledge base, or the events the filters select with their\n"+
			"participants and sources, for other tools:\n"+
			"  jsonl    everything, for backup (attache import reads it back)\n"+
			"  csv      one table per kind in a zip, or --table\n"+
			"  graphml  co-participation network (Gephi, networkx)\n"+
			"  events   one event a line with CAMEO and PLOVER codes\n"+
			"  jsonld   schema.org JSON-LD\n"+
			"  ftm      FollowTheMoney entities (Aleph)\n\nflags:")
		fs.PrintDefaults()
	}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagErr(err)
	}
	if len(pos) > 0 {
		return fmt.Errorf("export: unexpected argument %q: %w", pos[0], errUsage)
	}
	st, svc, err := m.Config.openKnowledge(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	src := export.Source{Articles: st, Knowledge: svc.Knowledge, Reader: query.New(st, svc.Knowledge, svc), KB: svc.KB}
	if isTerminal(m.Stderr) {
		bar := newProgress(m.Stderr, "export")
		defer bar.finish()
		opts.Progress = bar.update
	}
	if (*out == "" || *out == "-") && *format == "csv" && opts.Table == "" && isTerminal(m.Stdout) {
		return fmt.Errorf("export: a zip is no text for a terminal: write it to a file with -o, or choose one --table: %w", errUsage)
	}
	write := func(w io.Writer) error { return export.Write(ctx, src, *format, w, opts) }
	if *out == "" || *out == "-" {
		err = write(m.Stdout)
	} else {
		err = writeFileAtomic(*out, write)
	}
	if err != nil {
		return fmt.Errorf("export: %s", userError(err))
	}
	return nil
}

// filterFlags adds the event filters of `attache events` to fs.
func filterFlags(fs *flag.FlagSet, f *export.Filter) {
	fs.StringVar((*string)(&f.Type), "type", "", "only events of this `type` (meeting, visit, dialogue, agreement, deployment, ...)")
	fs.StringVar(&f.Country, "country", "", "only events with this country (ISO `code`) as a party")
	fs.StringVar(&f.With, "with", "", "and this other country (ISO `code`)")
	fs.StringVar(&f.Entity, "entity", "", "only events this entity (`name`) takes part in")
	fs.StringVar(&f.From, "from", "", "only events on or after `date` (YYYY[-MM[-DD]])")
	fs.StringVar(&f.To, "to", "", "only events on or before `date` (YYYY[-MM[-DD]])")
	fs.StringVar(&f.Mission, "mission", "", "only deployments to this peacekeeping `mission` (acronym or name)")
}

// writeFileAtomic writes path through write into a temporary file beside
// it, renamed into place only when write succeeds: an interrupted export
// never leaves a partial file under the name asked for.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // fails harmlessly after the rename
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// progress shows on a terminal how many records of each kind are done.
type progress struct {
	bar  *progressbar.ProgressBar
	verb string
	kind string
}

func newProgress(w io.Writer, verb string) *progress {
	bar := progressbar.NewOptions(-1, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription(verb),
		progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionClearOnFinish(),
		progressbar.OptionThrottle(100*time.Millisecond))
	return &progress{bar: bar, verb: verb}
}

func (p *progress) update(kind string, done int) {
	if kind != p.kind {
		p.kind = kind
		p.bar.Reset()
		p.bar.Describe(p.verb + " " + kind + "s")
	}
	p.bar.Set(done)
}

func (p *progress) finish() { p.bar.Finish() }
