// Command attache turns defence-diplomacy news into a knowledge base.
// Run "attache help" for the subcommands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	if err := m.Run(ctx, os.Args[1:]); err != nil {
		if !errors.Is(err, errReported) {
			fmt.Fprintln(os.Stderr, "attache:", err)
		}
		os.Exit(exitCode(err))
	}
}

// errReported marks a failure already explained to the user (for example
// bad input files listed one per line): main only sets the exit status.
var errReported = errors.New("failed")

// errUsage marks a command-line mistake (exit status 2).
var errUsage = errors.New("usage")

func exitCode(err error) int {
	if errors.Is(err, errUsage) {
		return 2
	}
	return 1
}

// Main is the program: configuration and the streams it talks to. End-to-end
// tests build one with NewMain, point it at a temp database and call Run.
type Main struct {
	Config Config
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// NewMain returns a Main reading the environment for its defaults.
func NewMain() *Main {
	return &Main{Config: DefaultConfig(os.Getenv), Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
}

// command is one subcommand.
type command struct {
	name, summary string
	run           func(m *Main, ctx context.Context, args []string) error
}

func (m *Main) commands() []command {
	return []command{
		{"demo", "ingest the bundled sample corpus into SQLite and serve the UI", (*Main).runDemo},
		{"ingest", "ingest files, folders, - (stdin) or URLs", (*Main).runIngest},
		{"search", "full-text search over articles", (*Main).runSearch},
		{"articles", "list stored articles", (*Main).runArticles},
		{"show", "print one article", (*Main).runShow},
		{"extract", "analyse one article without storing it", (*Main).runExtract},
		{"reextract", "re-run extraction over stored articles and rebuild the knowledge base", (*Main).runReextract},
		{"entity", "profile of an entity; entity merge|split|rename|alias|retype correct it", (*Main).runEntity},
		{"events", "events of the knowledge base in date order", (*Main).runEvents},
		{"relations", "bilateral dossier of two countries", (*Main).runRelations},
		{"deployments", "peacekeeping ledger", (*Main).runDeployments},
		{"export", "write the knowledge base as jsonl, csv, graphml, events, jsonld or ftm", (*Main).runExport},
		{"import", "restore a jsonl export into a new database", (*Main).runImport},
		{"fact", "delete or confirm a fact (fact delete|confirm ID)", (*Main).runFact},
		{"correct", "correct an event (participants, date, place, type, countries, split, merge) or a person's country or rank", (*Main).runCorrect},
		{"corrections", "list the analysts' corrections", (*Main).runCorrections},
		{"undo", "undo a correction (the latest, or by ID)", (*Main).runUndo},
		{"eval", "score extraction against gold files", (*Main).runEval},
		{"serve", "serve the web UI and JSON API", (*Main).runServe},
		{"version", "print the version", (*Main).runVersion},
	}
}

// Run runs the subcommand named by args[0].
func (m *Main) Run(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		m.usage(m.Stdout)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	for _, c := range m.commands() {
		if c.name == args[0] {
			return c.run(m, ctx, args[1:])
		}
	}
	m.usage(m.Stderr)
	return fmt.Errorf("unknown command %q: %w", args[0], errUsage)
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprintln(w, "attache: a defence-diplomacy knowledge base built from the news")
	fmt.Fprintln(w, "\nusage: attache COMMAND [flags] [args]\n\ncommands:")
	for _, c := range m.commands() {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'attache COMMAND -h' for a command's flags.")
}
