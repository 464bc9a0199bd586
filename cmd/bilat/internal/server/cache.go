package server

import (
	"bytes"
	"container/list"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"sync"
	"time"
)

// The answers to queries are cached: a canned query, a name list or an API
// v2 query gives the same answer until the store changes, and a Gizmo run
// costs far more than a lookup (tens to hundreds of milliseconds of CPU for
// the canned queries on the seed data). The store changes only through the
// server's own write endpoints, which empty the cache, except for a
// PostgreSQL store that other processes may load into: there entries also
// expire after postgresTTL. Requests that arrive while the same answer is
// being computed wait for it rather than compute it again.
const (
	cacheBytes     = 64 << 20 // all cached bodies together
	cacheEntryMax  = 1 << 20  // a larger answer is not kept
	postgresTTL    = 10 * time.Second
	cacheHeaderKey = "X-Bilat-Cache" // "hit" or "miss", for clients and tests
)

type responseCache struct {
	ttl time.Duration // 0: entries live until the next write

	mu       sync.Mutex
	gen      uint64 // bumped by every write; answers of older generations are dropped
	size     int
	lru      *list.List // of *cachedResponse, most recent first
	byKey    map[string]*list.Element
	inflight map[string]*flight
}

type cachedResponse struct {
	key    string
	status int
	header http.Header
	body   []byte
	at     time.Time
}

// flight is an answer being computed; done closes when it is there.
type flight struct {
	done chan struct{}
	res  *cachedResponse // nil when the answer is not one to share
}

func newResponseCache(ttl time.Duration) *responseCache {
	return &responseCache{ttl: ttl, lru: list.New(), byKey: map[string]*list.Element{}, inflight: map[string]*flight{}}
}

// invalidate drops every answer: the store changed.
func (c *responseCache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.lru.Init()
	c.byKey = map[string]*list.Element{}
	c.size = 0
}

// cacheKey is the key of a request whose answer may be cached: the method,
// the URL, the Accept header and, for a POST, the body. Reading the body
// leaves it in place for the handler.
func cacheKey(r *http.Request) (string, bool) {
	key := r.Method + " " + r.URL.RequestURI() + "\x00" + r.Header.Get("Accept")
	switch r.Method {
	case http.MethodGet:
		return key, true
	case http.MethodPost:
		body, err := io.ReadAll(r.Body)
		r.Body.Close()
		if err != nil {
			// The handler meets the same error (a body over the limit).
			r.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), errReader{err}))
			return "", false
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		sum := sha256.Sum256(body)
		return key + "\x00" + hex.EncodeToString(sum[:]), true
	}
	return "", false
}

// wrap serves cached answers to next's requests.
func (c *responseCache) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key, ok := cacheKey(r)
		if !ok {
			next.ServeHTTP(w, r)
			return
		}
		c.mu.Lock()
		if res := c.lookup(key); res != nil {
			c.mu.Unlock()
			res.write(w, "hit")
			return
		}
		if f := c.inflight[key]; f != nil {
			c.mu.Unlock()
			select {
			case <-f.done:
			case <-r.Context().Done():
				writeError(w, http.StatusServiceUnavailable, "request cancelled")
				return
			}
			if f.res != nil {
				f.res.write(w, "hit")
				return
			}
			next.ServeHTTP(w, r) // the first answer was an error: try again
			return
		}
		f := &flight{done: make(chan struct{})}
		c.inflight[key] = f
		gen := c.gen
		c.mu.Unlock()

		rec := &recorder{header: http.Header{}, status: http.StatusOK}
		defer func() {
			c.mu.Lock()
			delete(c.inflight, key)
			c.mu.Unlock()
			close(f.done)
		}()
		next.ServeHTTP(rec, r)
		res := &cachedResponse{key: key, status: rec.status, header: rec.header, body: rec.body.Bytes(), at: time.Now()}
		if res.status == http.StatusOK && len(res.body) <= cacheEntryMax {
			c.mu.Lock()
			if gen == c.gen {
				c.store(res)
				f.res = res
			}
			c.mu.Unlock()
		}
		res.write(w, "miss")
	})
}

// lookup returns the fresh answer under key. c.mu is held.
func (c *responseCache) lookup(key string) *cachedResponse {
	e := c.byKey[key]
	if e == nil {
		return nil
	}
	res := e.Value.(*cachedResponse)
	if c.ttl > 0 && time.Since(res.at) > c.ttl {
		c.remove(e)
		return nil
	}
	c.lru.MoveToFront(e)
	return res
}

// store keeps res, dropping the least recently used answers beyond the
// budget. c.mu is held.
func (c *responseCache) store(res *cachedResponse) {
	if e := c.byKey[res.key]; e != nil {
		c.remove(e)
	}
	c.byKey[res.key] = c.lru.PushFront(res)
	c.size += len(res.body)
	for c.size > cacheBytes {
		c.remove(c.lru.Back())
	}
}

func (c *responseCache) remove(e *list.Element) {
	res := c.lru.Remove(e).(*cachedResponse)
	delete(c.byKey, res.key)
	c.size -= len(res.body)
}

func (res *cachedResponse) write(w http.ResponseWriter, how string) {
	h := w.Header()
	for k, v := range res.header {
		h[k] = v
	}
	h.Set(cacheHeaderKey, how)
	w.WriteHeader(res.status)
	w.Write(res.body)
}

// recorder keeps a handler's answer in memory.
type recorder struct {
	header      http.Header
	status      int
	wroteHeader bool
	body        bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(code int) {
	if !r.wroteHeader {
		r.status, r.wroteHeader = code, true
	}
}

func (r *recorder) Write(p []byte) (int, error) {
	r.wroteHeader = true
	return r.body.Write(p)
}

// errReader fails every read with its error.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }
