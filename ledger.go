package attache

// The peacekeeping ledger is read as tallies, one row per rotation of a
// unit in a mission, so that the ledger page reads a few hundred groups
// instead of every deployment event (tens of thousands in a large base).

// RotationTally sums the deployment events of one rotation: those of the
// same mission (compared case-insensitively), unit and rotation. Events
// naming neither unit nor rotation are each their own rotation.
type RotationTally struct {
	Mission   string   `json:"mission"` // as one of its events writes it
	Unit      string   `json:"unit"`
	Rotation  string   `json:"rotation"`
	Deployed  string   `json:"deployed,omitempty"` // earliest reported date, "" when none is dated
	Personnel int      `json:"personnel"`          // largest reported count: one send-off reported twice counts once
	Women     int      `json:"women"`              // largest reported count
	Reports   int      `json:"reports"`            // deployment events of the rotation
	Event     string   `json:"event"`              // one of those events (the least id), for its sending countries and a link
	Countries []string `json:"countries"`          // sending countries of Event
}

// LedgerTally is the ledger of a DeploymentFilter: the rotations of known
// missions, and the deployments whose mission is unknown (for review):
// their number and the latest of them.
type LedgerTally struct {
	Rotations   []RotationTally `json:"rotations"` // by folded mission, unit, rotation
	ReviewTotal int             `json:"review_total"`
	Review      []Deployment    `json:"review"` // the latest, newest first
}
