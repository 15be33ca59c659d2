package score

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"

	"attache/fold"
)

// Resolution scoring: how well the knowledge base joins mentions across
// articles. The gold of a story lists, per real entity, the name each
// article uses for it (a cluster of mentions), and, per real event, the
// report of it in each article. Entities are scored by B-cubed precision
// and recall over the gold mentions; events by precision and recall of
// cross-article links (pairs of reports in different articles that are one
// event).

// GoldMention is one article's name for a real entity.
type GoldMention struct {
	Cluster string // the real entity; the same id in several stories is one entity
	Doc     string
	Name    string
}

// GoldReport is one article's report of a real event.
type GoldReport struct {
	Event string
	Doc   string
	Type  string
	Date  string // the real date at the precision the text gives
}

// ResolutionGold is the gold of one or more stories.
type ResolutionGold struct {
	Mentions []GoldMention
	Reports  []GoldReport
}

// ReadResolutionGold reads a story's gold.tsv: tab-separated lines
// "entity CLUSTER DOC NAME" and "event EVENT DOC TYPE DATE"; '#' starts a
// comment line. Docs are prefixed with prefix ("story/").
func ReadResolutionGold(path, prefix string) (*ResolutionGold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g := &ResolutionGold{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		switch {
		case c[0] == "entity" && len(c) == 4:
			g.Mentions = append(g.Mentions, GoldMention{Cluster: c[1], Doc: prefix + c[2], Name: c[3]})
		case c[0] == "event" && len(c) == 5:
			g.Reports = append(g.Reports, GoldReport{Event: c[1], Doc: prefix + c[2], Type: c[3], Date: c[4]})
		default:
			return nil, fmt.Errorf("%s:%d: want \"entity CLUSTER DOC NAME\" or \"event EVENT DOC TYPE DATE\", tab-separated", path, n)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// Add appends the gold of another story.
func (g *ResolutionGold) Add(o *ResolutionGold) {
	g.Mentions = append(g.Mentions, o.Mentions...)
	g.Reports = append(g.Reports, o.Reports...)
}

// SysMention is one entity of one article's extraction and the
// knowledge-base entity it was linked to.
type SysMention struct {
	Doc    string
	Names  []string // name and aliases
	Entity string
}

// SysReport is one event of one article's extraction and the
// knowledge-base event it was linked to.
type SysReport struct {
	Doc   string
	Type  string
	Date  string
	Event string
}

// ResolutionResult is the resolution score.
type ResolutionResult struct {
	Mentions      int     `json:"mentions"`       // gold mentions
	MentionsFound int     `json:"mentions_found"` // of them, found among the extracted entities
	EntityP       float64 `json:"entity_bcubed_p"`
	EntityR       float64 `json:"entity_bcubed_r"`
	// The same over the mentions extracted only: resolution's own errors.
	FoundP       float64 `json:"entity_bcubed_p_extracted"`
	FoundR       float64 `json:"entity_bcubed_r_extracted"`
	Reports      int     `json:"reports"`       // gold event reports
	ReportsFound int     `json:"reports_found"` // of them, found among the extracted events
	GoldLinks    int     `json:"gold_links"`
	SysLinks     int     `json:"sys_links"` // among found gold reports
	CorrectLinks int     `json:"correct_links"`
	LinkP        float64 `json:"event_link_p"`
	LinkR        float64 `json:"event_link_r"`
	FoundLinks   int     `json:"gold_links_extracted"` // gold links whose two reports were extracted
	FoundLinkR   float64 `json:"event_link_r_extracted"`
	// Errors lists, for a verbose report, mentions and reports not found,
	// gold entities split and knowledge-base entities or events that
	// join different gold ones.
	Errors []string `json:"errors,omitempty"`
}

// ScoreResolution scores the system's links against g. A gold mention or
// report that the extraction does not have counts as a singleton: it
// joins nothing, which costs recall.
func ScoreResolution(g *ResolutionGold, ms []SysMention, rs []SysReport) *ResolutionResult {
	r := &ResolutionResult{Mentions: len(g.Mentions), Reports: len(g.Reports)}

	// Entities: B-cubed over gold mentions.
	sys := make([]string, len(g.Mentions))
	for i, m := range g.Mentions {
		if j := findMention(ms, m); j >= 0 {
			sys[i] = ms[j].Entity
			r.MentionsFound++
		} else {
			sys[i] = fmt.Sprintf("\x00missing%d", i)
			r.Errors = append(r.Errors, fmt.Sprintf("mention not extracted: %s %q", m.Doc, m.Name))
		}
	}
	gold := make([]string, len(g.Mentions))
	for i, m := range g.Mentions {
		gold[i] = m.Cluster
	}
	r.EntityP, r.EntityR = bcubed(gold, sys)
	var fg, fs []string
	for i := range gold {
		if !strings.HasPrefix(sys[i], "\x00") {
			fg, fs = append(fg, gold[i]), append(fs, sys[i])
		}
	}
	r.FoundP, r.FoundR = bcubed(fg, fs)
	r.Errors = append(r.Errors, clusterErrors("entity", gold, sys, func(i int) string {
		return g.Mentions[i].Doc + " " + g.Mentions[i].Name
	})...)

	// Events: cross-article links among gold reports.
	evs := make([]string, len(g.Reports))
	used := map[int]bool{}
	for i, gr := range g.Reports {
		if j := findReport(rs, gr, used); j >= 0 {
			used[j] = true
			evs[i] = rs[j].Event
			r.ReportsFound++
		} else {
			evs[i] = fmt.Sprintf("\x00missing%d", i)
			r.Errors = append(r.Errors, fmt.Sprintf("event report not extracted: %s %s %s", gr.Doc, gr.Type, gr.Date))
		}
	}
	for i := range g.Reports {
		for j := i + 1; j < len(g.Reports); j++ {
			a, b := g.Reports[i], g.Reports[j]
			if a.Doc == b.Doc {
				continue
			}
			isGold, isSys := a.Event == b.Event, evs[i] == evs[j]
			if isGold {
				r.GoldLinks++
				if !strings.HasPrefix(evs[i], "\x00") && !strings.HasPrefix(evs[j], "\x00") {
					r.FoundLinks++
				}
			}
			if isSys {
				r.SysLinks++
			}
			if isGold && isSys {
				r.CorrectLinks++
			}
			if isGold != isSys {
				what := "missed link"
				if isSys {
					what = "wrong link"
				}
				r.Errors = append(r.Errors, fmt.Sprintf("%s: %s %s %s ~ %s %s %s", what, a.Doc, a.Type, a.Date, b.Doc, b.Type, b.Date))
			}
		}
	}
	r.LinkP = ratio(r.CorrectLinks, r.SysLinks, true)
	r.LinkR = ratio(r.CorrectLinks, r.GoldLinks, true)
	r.FoundLinkR = ratio(r.CorrectLinks, r.FoundLinks, true)
	return r
}

// findMention returns the extracted entity of m's article whose name or
// alias is m's name (folded), else one whose name ends with it (a rank or
// honorific in front), or -1.
func findMention(ms []SysMention, m GoldMention) int {
	k := fold.Key(m.Name)
	suffix := -1
	for j, s := range ms {
		if s.Doc != m.Doc {
			continue
		}
		for _, n := range s.Names {
			switch f := fold.Key(n); {
			case f == k:
				return j
			case suffix < 0 && strings.HasSuffix(f, " "+k):
				suffix = j
			}
		}
	}
	return suffix
}

// findReport returns the first unused extracted event of gr's article with
// its type and the same date, else a compatible one, or -1.
func findReport(rs []SysReport, gr GoldReport, used map[int]bool) int {
	compat := -1
	for j, s := range rs {
		if used[j] || s.Doc != gr.Doc || s.Type != gr.Type {
			continue
		}
		if s.Date == gr.Date {
			return j
		}
		if d := s.Date; compat < 0 && s.Date != "" && DatesCompatible(&d, &gr.Date) {
			compat = j
		}
	}
	return compat
}

// bcubed returns B-cubed precision and recall of the system clustering sys
// against gold (item i is in gold cluster gold[i] and system cluster
// sys[i]).
func bcubed(gold, sys []string) (p, r float64) {
	if len(gold) == 0 {
		return 1, 1
	}
	both := map[[2]string]int{}
	inGold, inSys := map[string]int{}, map[string]int{}
	for i := range gold {
		both[[2]string{gold[i], sys[i]}]++
		inGold[gold[i]]++
		inSys[sys[i]]++
	}
	for i := range gold {
		n := float64(both[[2]string{gold[i], sys[i]}])
		p += n / float64(inSys[sys[i]])
		r += n / float64(inGold[gold[i]])
	}
	return p / float64(len(gold)), r / float64(len(gold))
}

// clusterErrors describes gold clusters the system splits and system
// clusters that join several gold ones.
func clusterErrors(what string, gold, sys []string, label func(int) string) []string {
	group := func(by, other []string) map[string]map[string][]int {
		m := map[string]map[string][]int{}
		for i := range by {
			if m[by[i]] == nil {
				m[by[i]] = map[string][]int{}
			}
			m[by[i]][other[i]] = append(m[by[i]][other[i]], i)
		}
		return m
	}
	var out []string
	describe := func(kind, id string, parts map[string][]int) {
		if len(parts) < 2 {
			return
		}
		var ps []string
		for _, idx := range parts {
			var ls []string
			for _, i := range idx {
				ls = append(ls, label(i))
			}
			ps = append(ps, "["+strings.Join(ls, "; ")+"]")
		}
		sort.Strings(ps)
		out = append(out, fmt.Sprintf("%s %s %s: %s", what, id, kind, strings.Join(ps, " vs ")))
	}
	for id, parts := range group(gold, sys) {
		describe("split", id, parts)
	}
	for id, parts := range group(sys, gold) {
		if !strings.HasPrefix(id, "\x00") {
			describe("joins", id, parts)
		}
	}
	sort.Strings(out)
	return out
}
