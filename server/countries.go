package server

import (
	"strings"

	"attache"
	"attache/fold"
)

// countryCode reads a country given by ISO code ("vn") or by a name the
// knowledge files give it ("Viet Nam", "Russia"), as the relations pages
// and API accept them. A well-formed code of no known country is
// ENOTFOUND, as is a name of none; a short word that is neither is
// EINVALID.
func (s *Server) countryCode(v string) (string, error) {
	v = strings.TrimSpace(v)
	if up := strings.ToUpper(v); isCode(up) {
		if !s.knownCountry(up) {
			return "", attache.Errorf(attache.ENOTFOUND, "unknown country code %q", up)
		}
		return up, nil
	}
	if code, ok := s.countryNames[fold.Key(v)]; ok && v != "" {
		return code, nil
	}
	if len(v) <= 3 {
		return "", invalid("want an ISO 3166-1 alpha-2 code (VN) or a country's name, got %q", v)
	}
	return "", attache.Errorf(attache.ENOTFOUND, "no country named %q", v)
}

// countryNameIndex maps the folded names of countries (Config.Countries'
// names and Config.CountryNames) to their codes.
func countryNameIndex(c Config) map[string]string {
	m := map[string]string{}
	for code, name := range c.Countries {
		m[fold.Key(name)] = code
	}
	for name, code := range c.CountryNames {
		if k := fold.Key(name); k != "" {
			m[k] = code
		}
	}
	return m
}
