package postgres

// NameMatchCond exports nameMatchCond to the tests of package
// postgres_test.
var NameMatchCond = nameMatchCond
