package server

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"time"

	"attache"
)

// Corrector keeps analysts' corrections of the knowledge base: they are
// records of their own, re-applied after every re-ingest and
// re-extraction. cmd/attache adapts the knowledge store to it; a Server
// without one shows no correction actions.
type Corrector interface {
	// Correct records and applies c, returning it with its ID and time.
	// Returns EINVALID for an unknown kind or missing fields, ENOTFOUND
	// when the entity or fact does not exist.
	Correct(ctx context.Context, c Correction) (Correction, error)

	// Undo reverts the correction with the given ID. Returns ENOTFOUND
	// when there is none, ECONFLICT when it is already undone.
	Undo(ctx context.Context, id string) (Correction, error)

	// Corrections lists a page of the log: the limit newest corrections,
	// newest first, or the limit next older than the correction after.
	// Returns EINVALID for an after that names no correction.
	Corrections(ctx context.Context, after string, limit int) ([]Correction, error)
}

// Correction is one analyst's change. Entities are named (canonical name
// or alias), not numbered, and events by their id or a report's id, so
// that a correction still applies after the knowledge base is rebuilt.
type Correction struct {
	ID     string    `json:"id,omitempty"`
	Kind   string    `json:"kind"`             // one of correctionKinds
	Entity string    `json:"entity,omitempty"` // the entity corrected, or the participant added or removed
	Target string    `json:"target,omitempty"` // merge: the entity kept; delete-fact, set-mission: the fact's id; participant-*, event-*: the event's id
	Value  string    `json:"value,omitempty"`  // the new name, date, place, type, countries ("|"-separated), country, rank or mission; event-split: the reports moved; event-merge: the event kept
	Note   string    `json:"note,omitempty"`
	At     time.Time `json:"at,omitzero"`
	Undone bool      `json:"undone,omitempty"`
}

// correctionNeeds are the kinds the UI and API accept, with the fields
// each needs and what they are; the knowledge base checks the values (a
// date, a type, a country).
var correctionNeeds = []correctionNeed{
	{kind: "merge", entity: "the entity merged", target: "the entity to merge into"},
	{kind: "rename", entity: "the entity renamed", value: "the new name"},
	{kind: "delete-fact", target: "the fact's id"},
	{kind: "set-mission", target: "the deployment's event id", value: "the mission"},
	{kind: "participant-add", entity: "the participant to add", target: "the event's id"},
	{kind: "participant-remove", entity: "the participant to remove", target: "the event's id"},
	{kind: "event-date", target: "the event's id", value: "the date"},
	{kind: "event-place", target: "the event's id", value: "the place"},
	{kind: "event-type", target: "the event's id", value: "the type"},
	{kind: "event-countries", target: "the event's id", value: "the countries"},
	{kind: "event-split", target: "the event's id"},
	{kind: "event-merge", target: "the event merged", value: "the event to merge it into"},
	{kind: "country", entity: "the entity", value: "the country"},
	{kind: "rank", entity: "the person", value: "the rank"},
	{kind: "split", entity: "the entity split", value: "the names that leave it for a new entity"},
	{kind: "alias-add", entity: "the entity", target: "the alias to add"},
	{kind: "alias-remove", entity: "the entity", target: "the alias to remove"},
	{kind: "retype", entity: "the entity", value: "the new type"},
	{kind: "confirm-fact", target: "the fact's id"},
}

// apiKinds are the API's names of the knowledge base's kinds where they
// differ: the API names what is done to a fact verb first.
var apiKinds = map[string]string{attache.CorrectFactDelete: "delete-fact", attache.CorrectFactConfirm: "confirm-fact"}

// APIKind is the API's name of the knowledge base's correction kind k.
func APIKind(k string) string {
	if a, ok := apiKinds[k]; ok {
		return a
	}
	return k
}

// StoreKind is the knowledge base's name of the API's correction kind k.
func StoreKind(k string) string {
	for kb, a := range apiKinds {
		if a == k {
			return kb
		}
	}
	return k
}

// correctionNeed is one kind of correction and what its entity, target
// and value are ("" for a field it does not use).
type correctionNeed struct{ kind, entity, target, value string }

// correctionKinds lists the kinds of correctionNeeds, in its order.
var correctionKinds = func() []string {
	kinds := make([]string, len(correctionNeeds))
	for i, n := range correctionNeeds {
		kinds[i] = n.kind
	}
	return kinds
}()

// check validates a correction before it reaches the store.
func (c *Correction) check() error {
	c.Kind, c.Entity, c.Target, c.Value = strings.TrimSpace(c.Kind), strings.TrimSpace(c.Entity), strings.TrimSpace(c.Target), strings.TrimSpace(c.Value)
	if len(c.Entity) > 300 || len(c.Target) > 300 || len(c.Value) > 300 || len(c.Note) > 2000 {
		return invalid("correction field too long")
	}
	i := slices.IndexFunc(correctionNeeds, func(n correctionNeed) bool { return n.kind == c.Kind })
	if i < 0 {
		return invalid("unknown correction kind %q (want one of %s)", c.Kind, strings.Join(correctionKinds, ", "))
	}
	need := correctionNeeds[i]
	for _, f := range []struct{ what, got, name string }{{need.entity, c.Entity, "an entity"}, {need.target, c.Target, "a target"}, {need.value, c.Value, "a value"}} {
		if f.what != "" && f.got == "" {
			return invalid("%s needs %s: %s", c.Kind, f.name, f.what)
		}
	}
	if c.Kind == "merge" && c.Target == c.Entity {
		return invalid("cannot merge an entity into itself")
	}
	return nil
}

// errNoCorrections is returned when the server has no knowledge base to
// correct.
func errNoCorrections() error {
	return invalid("corrections are not available on this server")
}

// handleAPICorrections lists corrections, newest first, a page at a time:
// GET /api/v1/corrections?limit=&after= (next: the page after the last).
func (s *Server) handleAPICorrections(w http.ResponseWriter, r *http.Request) error {
	if s.corrector == nil {
		return errNoCorrections()
	}
	cs, next, err := s.correctionPage(r)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, struct {
		Corrections []Correction `json:"corrections"`
		Next        string       `json:"next,omitempty"`
	}{cs, next})
	return nil
}

// correctionPage reads the page of the corrections' log that r asks for
// (limit, after a correction's id) and the URL of the next one, "" when
// the page is the log's last.
func (s *Server) correctionPage(r *http.Request) (cs []Correction, next string, err error) {
	limit, offset, err := paging(r, 100, 500)
	if err != nil {
		return nil, "", err
	}
	if offset > 0 {
		return nil, "", invalid("offset: the corrections' log pages by after (a correction's id)")
	}
	after, before, err := cursors(r, 0)
	if err != nil {
		return nil, "", err
	}
	if before != "" {
		return nil, "", invalid("before: the corrections' log pages forward only (after)")
	}
	if cs, err = s.corrector.Corrections(r.Context(), after, limit); err != nil {
		return nil, "", err
	}
	if cs == nil {
		cs = []Correction{}
	}
	if len(cs) == limit {
		next = cursorURL(r, "after", cs[len(cs)-1].ID)
	}
	return cs, next, nil
}

// handleAPICorrect records a correction: POST /api/v1/corrections
func (s *Server) handleAPICorrect(w http.ResponseWriter, r *http.Request) error {
	if s.corrector == nil {
		return errNoCorrections()
	}
	var c Correction
	if err := decodeJSON(r, &c); err != nil {
		return err
	}
	c.ID, c.At, c.Undone = "", time.Time{}, false
	if err := c.check(); err != nil {
		return err
	}
	out, err := s.corrector.Correct(r.Context(), c)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, out)
	return nil
}

// handleAPIUndo reverts a correction: POST /api/v1/corrections/{id}/undo
func (s *Server) handleAPIUndo(w http.ResponseWriter, r *http.Request) error {
	if s.corrector == nil {
		return errNoCorrections()
	}
	out, err := s.corrector.Undo(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// handleCorrectionsPage lists corrections with undo buttons: GET /corrections
func (s *Server) handleCorrectionsPage(w http.ResponseWriter, r *http.Request) error {
	var cs []Correction
	var next string
	if s.corrector != nil {
		var err error
		if cs, next, err = s.correctionPage(r); err != nil {
			return err
		}
	}
	return s.render(w, r, http.StatusOK, "corrections", "Corrections", struct {
		Available   bool
		Corrections []Correction
		Next        string // the older corrections' page, "" at the log's end
	}{s.corrector != nil, cs, next})
}

// handleCorrectForm applies a correction posted from an entity or events
// page, then shows the entity kept (merge, rename) or goes back to the
// page named by the form's "next" field: POST /corrections
func (s *Server) handleCorrectForm(w http.ResponseWriter, r *http.Request) error {
	if s.corrector == nil {
		return errNoCorrections()
	}
	if err := r.ParseForm(); err != nil {
		return invalid("bad form: %v", err)
	}
	f := r.PostForm
	c := Correction{Kind: f.Get("kind"), Entity: f.Get("entity"), Target: f.Get("target"), Value: f.Get("value"), Note: f.Get("note")}
	if reports := f["report"]; c.Kind == "event-split" && len(reports) > 0 {
		c.Value = strings.Join(reports, "|") // the reports ticked to move to the new event
	}
	if names := f["name"]; c.Kind == "split" && len(names) > 0 {
		c.Value = strings.Join(names, "|") // the names ticked to leave for a new entity
	}
	if err := c.check(); err != nil {
		return err
	}
	out, err := s.corrector.Correct(r.Context(), c)
	if err != nil {
		return err
	}
	next := safeNext(f.Get("next"))
	switch out.Kind {
	case "merge":
		next = s.profileURL(r.Context(), out.Target)
	case "rename":
		next = s.profileURL(r.Context(), out.Value)
	case "country", "rank", "split", "alias-add", "alias-remove", "retype":
		next = s.profileURL(r.Context(), out.Entity)
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
	return nil
}

// profileURL is the profile page of the entity called name after a
// correction: by its knowledge-base id when it is found, else by name.
func (s *Server) profileURL(ctx context.Context, name string) string {
	if s.knowledge != nil {
		if e, err := s.knowledge.FindEntity(ctx, name); err == nil {
			return entityURL(e.ID)
		}
	}
	return entityURL(name)
}

// handleUndoForm reverts a correction from the corrections page:
// POST /corrections/{id}/undo
func (s *Server) handleUndoForm(w http.ResponseWriter, r *http.Request) error {
	if s.corrector == nil {
		return errNoCorrections()
	}
	if _, err := s.corrector.Undo(r.Context(), r.PathValue("id")); err != nil {
		return err
	}
	http.Redirect(w, r, "/corrections", http.StatusSeeOther)
	return nil
}
