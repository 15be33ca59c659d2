package server

import (
	"encoding/json"
	"errors"
	"net/http"

	"attache"
)

// statusOf is the one table from attache error codes to HTTP status codes,
// used by the API and the UI alike.
var statusOf = map[string]int{
	attache.EINVALID:      http.StatusBadRequest,
	attache.ENOTFOUND:     http.StatusNotFound,
	attache.ECONFLICT:     http.StatusConflict,
	attache.EUNAUTHORIZED: http.StatusUnauthorized,
	attache.EFORBIDDEN:    http.StatusForbidden,
	attache.EINTERNAL:     http.StatusInternalServerError,
}

// errorStatus returns the HTTP status for err. A body over the size limit
// is reported as 413 whatever code wraps it.
func errorStatus(err error) int {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return http.StatusRequestEntityTooLarge
	}
	if st, ok := statusOf[attache.ErrorCode(err)]; ok {
		return st
	}
	return http.StatusInternalServerError
}

// errorBody is the JSON shape of every API error.
type errorBody struct {
	Error errorDetail `json:"error"`
}

// errorDetail is the code and message of an API error.
type errorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// apiError writes err as JSON with its status. Internal errors are logged
// and their details kept from the client.
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	st := errorStatus(err)
	var b errorBody
	b.Error.Code = attache.ErrorCode(err)
	b.Error.Message = attache.ErrorMessage(err)
	if st == http.StatusRequestEntityTooLarge {
		b.Error.Code, b.Error.Message = attache.EINVALID, "request body too large"
	}
	if st == http.StatusInternalServerError {
		s.log.Error("api", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	challenge(w, st)
	writeJSON(w, st, b)
}

// challenge tells a client answered 401 how to authenticate (RFC 9110):
// with the bearer token (API) or by signing in (UI, /login).
func challenge(w http.ResponseWriter, st int) {
	if st == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="attache"`)
	}
}

// writeJSON writes v as indented JSON with status st.
func writeJSON(w http.ResponseWriter, st int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(st)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v) // the client may have gone; nothing useful to do
}

// invalid returns an EINVALID error with a formatted message.
func invalid(format string, args ...any) error {
	return attache.Errorf(attache.EINVALID, format, args...)
}

// notFound returns an ENOTFOUND error with a formatted message.
func notFound(format string, args ...any) error {
	return attache.Errorf(attache.ENOTFOUND, format, args...)
}
