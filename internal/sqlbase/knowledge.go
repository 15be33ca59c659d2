package sqlbase

import "attache"

// CheckKnowledge returns EINVALID for knowledge neither store can take:
// none at all, an entity without id or name, an event without id or type.
func CheckKnowledge(k *attache.Knowledge) error {
	if k == nil {
		return attache.Errorf(attache.EINVALID, "no knowledge given")
	}
	for _, e := range k.Entities {
		if e.ID == "" || e.Name == "" {
			return attache.Errorf(attache.EINVALID, "knowledge entity %q has no id or name", e.Name)
		}
	}
	for _, e := range k.Events {
		if e.ID == "" || e.Type == "" {
			return attache.Errorf(attache.EINVALID, "knowledge event %q has no id or type", e.ID)
		}
	}
	return nil
}
