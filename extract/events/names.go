package events

// names is a list of distinct names in the order they were added. Short
// lists (nearly all) are checked by a scan; past smallNames a set takes
// over, so that a sentence naming thousands of bodies stays linear.
type names struct {
	list []string
	set  map[string]struct{}
}

const smallNames = 8

func (n *names) len() int { return len(n.list) }

// add appends s unless it is empty or already listed.
func (n *names) add(s string) {
	if s == "" || n.has(s) {
		return
	}
	if n.list == nil {
		// room for the few names most sets hold, made at once rather
		// than grown from one
		n.list = make([]string, 0, 4)
	}
	n.list = append(n.list, s)
	switch {
	case n.set != nil:
		n.set[s] = struct{}{}
	case len(n.list) > smallNames:
		n.set = make(map[string]struct{}, 2*len(n.list))
		for _, v := range n.list {
			n.set[v] = struct{}{}
		}
	}
}

func (n *names) addAll(list []string) {
	for _, s := range list {
		n.add(s)
	}
}

func (n *names) has(s string) bool {
	if n.set != nil {
		_, ok := n.set[s]
		return ok
	}
	return contains(n.list, s)
}

// putFirst moves s (added if new) to the head of the list: the subject
// a pronoun or demonym stands for acts first.
func (n *names) putFirst(s string) {
	if s == "" {
		return
	}
	if !n.has(s) {
		n.add(s)
	}
	list := make([]string, 0, len(n.list))
	list = append(list, s)
	for _, v := range n.list {
		if v != s {
			list = append(list, v)
		}
	}
	n.list = list
}

func appendUniq(list []string, s string) []string {
	if s == "" || contains(list, s) {
		return list
	}
	return append(list, s)
}

func uniqNonEmpty(list []string) []string {
	var out []string
	for _, s := range list {
		out = appendUniq(out, s)
	}
	return out
}
