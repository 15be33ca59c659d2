package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"attache/score"
)

// printEval writes the evaluation as aligned tables: entities per document,
// events and quantities per document, the overall counts, and the headline
// figures; with verbose, the misses, false positives and mismatches of
// each document.
func printEval(w io.Writer, docs []*score.Result, all *score.Result, verbose bool) {
	rows := append(append([]*score.Result{}, docs...), all)
	width := len("doc")
	for _, r := range rows {
		width = max(width, len(evalDocLabel(r.Doc)))
	}
	// Names are padded by hand so that they stay left-aligned while the
	// figures are right-aligned.
	left := func(s string) string { return fmt.Sprintf("%-*s", width, s) }

	fmt.Fprintln(w, "Entities: micro P/R/F1, F1 per type, rank and person-country accuracy over matched persons")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, left("doc")+"\tP\tR\tF1\tperson\torg\tlocation\tcountry\trank\tp-country\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", left(evalDocLabel(r.Doc)),
			evalP(r.Entities), evalR(r.Entities), evalF1(r.Entities),
			evalF1(r.Persons), evalF1(r.Organizations), evalF1(r.Locations), evalF1(r.Countries),
			evalAcc(r.Rank), evalAcc(r.PersonCountry))
	}
	tw.Flush()

	fmt.Fprintln(w, "\nEvents: P/R/F1, main-event recall, participant F1 and place accuracy over matched events; quantities")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, left("doc")+"\tP\tR\tF1\tmain-R\tpartic-F1\tplace\tqty-P\tqty-R\tqty-F1\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", left(evalDocLabel(r.Doc)),
			evalP(r.Events), evalR(r.Events), evalF1(r.Events), evalAcc(r.MainEvents),
			evalF1(r.Participants), evalAcc(r.Place), evalP(r.Quantities), evalR(r.Quantities), evalF1(r.Quantities))
	}
	tw.Flush()

	fmt.Fprintf(w, "\nOverall, %d documents\n", len(docs))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, left("")+"\tTP\tFP\tFN\tP\tR\tF1\t")
	for _, c := range []struct {
		name string
		c    score.PRF
	}{{"persons", all.Persons}, {"organizations", all.Organizations}, {"locations", all.Locations},
		{"countries", all.Countries}, {"entities", all.Entities}, {"events", all.Events},
		{"participants", all.Participants}, {"quantities", all.Quantities}} {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%s\t\n", left(c.name), c.c.TP, c.c.FP, c.c.FN, evalP(c.c), evalR(c.c), evalF1(c.c))
	}
	tw.Flush()
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	for _, a := range []struct {
		name string
		a    score.Ratio
	}{{"rank accuracy", all.Rank}, {"person country accuracy", all.PersonCountry},
		{"main-event recall", all.MainEvents}, {"place accuracy", all.Place}} {
		fmt.Fprintf(tw, "%-23s\t%s\t(%d/%d)\t\n", a.name, evalAcc(a.a), a.a.Correct, a.a.Total)
	}
	tw.Flush()
	fmt.Fprintf(w, "\nentity F1 %.3f   event F1 %.3f   main-event recall %.3f\n",
		all.Entities.F1(), all.Events.F1(), all.MainEvents.Value())

	printEventErrors(w, all.EventErrors, left)

	if verbose {
		for _, r := range docs {
			printEvalItems(w, r)
		}
	}
}

// printEventErrors writes the event errors per type and class, so that a
// reader sees whether misses come from triggers, dates, participants or
// places. Nothing is printed when there were none.
func printEventErrors(w io.Writer, errs score.EventErrors, left func(string) string) {
	types := errs.Types()
	if len(types) == 0 {
		return
	}
	fmt.Fprintln(w, "\nEvent errors by type and class (a miss is classed by the nearest unmatched prediction)")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := left("type")
	for _, c := range score.ErrorClasses {
		head += "\t" + c
	}
	fmt.Fprintln(tw, head+"\t")
	row := func(name string, n func(class string) int) {
		line := left(name)
		for _, c := range score.ErrorClasses {
			line += fmt.Sprintf("\t%d", n(c))
		}
		fmt.Fprintln(tw, line+"\t")
	}
	for _, typ := range types {
		row(typ, func(c string) int { return errs[typ][c] })
	}
	row("ALL", errs.Total)
	tw.Flush()
}

func printEvalItems(w io.Writer, r *score.Result) {
	if len(r.Misses)+len(r.FalsePositives)+len(r.Mismatches) == 0 {
		return
	}
	fmt.Fprintf(w, "\n== %s\n", r.Doc)
	for _, list := range []struct {
		label string
		items []score.Item
	}{{"miss", r.Misses}, {"fp", r.FalsePositives}, {"wrong", r.Mismatches}} {
		for _, it := range list.items {
			kind := it.Kind
			if it.Class != "" && it.Kind == "event" {
				kind += " (" + it.Class + ")"
			}
			fmt.Fprintf(w, "  %-5s  %-17s  %s\n", list.label, kind, it.Text)
			if it.Evidence != "" {
				fmt.Fprintf(w, "  %-5s  %-17s  “%s”\n", "", "", evalOneLine(it.Evidence))
			}
		}
	}
}

// evalOneLine keeps an evidence sentence on one terminal line.
func evalOneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// evalDocLabel drops ".txt" so the tables stay narrow.
func evalDocLabel(doc string) string { return strings.TrimSuffix(doc, ".txt") }

func evalP(c score.PRF) string  { return evalNum(c.Empty(), c.P()) }
func evalR(c score.PRF) string  { return evalNum(c.Empty(), c.R()) }
func evalF1(c score.PRF) string { return evalNum(c.Empty(), c.F1()) }
func evalAcc(a score.Ratio) string {
	return evalNum(a.Total == 0, a.Value())
}

// num prints a figure, or "-" when there was nothing to measure.
func evalNum(empty bool, v float64) string {
	if empty {
		return "-"
	}
	return fmt.Sprintf("%.2f", v)
}
