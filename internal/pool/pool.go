// Package pool runs work over a few goroutines: the one worker pool of
// the commands and services that process many articles.
package pool

import (
	"context"
	"sync"
)

// Each calls fn(i) for every i from 0 to n-1 on at most workers
// goroutines (at least one). Once ctx is done no new call starts; Each
// returns when every started call has returned. fn must be safe for
// concurrent use; it reports its own errors.
func Each(ctx context.Context, n, workers int, fn func(i int)) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(workers, n)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				fn(i)
			}
		}()
	}
feed:
	for i := range n {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
}
