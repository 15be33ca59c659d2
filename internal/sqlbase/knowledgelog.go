package sqlbase

// KnowledgeLog sums the entries of the knowledge log after a version, as
// both stores read them: the articles resolved since, and whether any
// write rebuilt the whole base.
type KnowledgeLog struct {
	Resolved []string
	Rebuilt  bool
	entries  int64
}

// Add counts one entry of the log.
func (l *KnowledgeLog) Add(resolved []string, rebuilt bool) {
	l.entries++
	l.Rebuilt = l.Rebuilt || rebuilt
	l.Resolved = append(l.Resolved, resolved...)
}

// Close ends a read of the entries after since up to version. Missing
// entries (pruned, or a version of another database) leave building
// again as the only safe answer.
func (l *KnowledgeLog) Close(since, version int64) {
	if l.entries != version-since {
		l.Rebuilt = true
	}
}
