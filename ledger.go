package attache

// The peacekeeping ledger is read as tallies, one row per rotation of a
// unit in a mission, so that the ledger page reads a few hundred groups
// instead of every deployment event (tens of thousands in a large base).

// RotationTally sums the deployment events of one rotation: those of the
// same mission (compared case-insensitively), unit and rotation, the unit
// without its rotation when its name ends with it ("Field Hospital
// Rotation 5" with rotation 5 is rotation 5 of "Field Hospital"). Events
// naming neither unit nor rotation are each their own rotation.
type RotationTally struct {
	Mission   string   `json:"mission"` // as one of its events writes it
	Unit      string   `json:"unit"`    // without its rotation
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

// UnitTally is one unit of a mission in the ledger without filters, as
// kept at write time: its totals by year and its latest rotations, so
// that the ledger page reads a few rows a unit rather than every
// rotation (a unit that is not named has one a deployment).
type UnitTally struct {
	Mission string     `json:"mission"` // as one of its rotations writes it
	Unit    string     `json:"unit"`    // without its rotation; "" for deployments naming no unit
	Years   []UnitYear `json:"years"`   // by year deployed, oldest first, undated ("") first
	// Latest are its last rotations in the ledger's order (by rotation
	// number, unnumbered last, then by date; undated first), oldest first.
	Latest []RotationTally `json:"latest"`
}

// UnitYear sums the rotations of a unit that deployed in one year.
type UnitYear struct {
	Year      string `json:"year"`  // "" for undated rotations
	First     string `json:"first"` // earliest deployment date of the year, "" when undated
	Personnel int    `json:"personnel"`
	Women     int    `json:"women"`
	Rotations int    `json:"rotations"`
}

// LedgerUnits is the ledger without filters unit by unit, with the
// deployments whose mission is unknown as in LedgerTally.
type LedgerUnits struct {
	Units       []UnitTally  `json:"units"` // by folded mission and unit
	ReviewTotal int          `json:"review_total"`
	Review      []Deployment `json:"review"`
}
