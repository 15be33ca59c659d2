package pool

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
)

func TestEachCallsEveryIndexOnce(t *testing.T) {
	for _, workers := range []int{0, 1, 3, 50} {
		var mu sync.Mutex
		seen := map[int]int{}
		Each(context.Background(), 20, workers, func(i int) {
			mu.Lock()
			seen[i]++
			mu.Unlock()
		})
		if len(seen) != 20 {
			t.Errorf("workers %d: %d indexes called, want 20", workers, len(seen))
		}
		for i, n := range seen {
			if n != 1 {
				t.Errorf("workers %d: index %d called %d times", workers, i, n)
			}
		}
	}
}

func TestEachBoundsConcurrency(t *testing.T) {
	var running, most atomic.Int32
	gate := make(chan struct{})
	go func() {
		for range 12 {
			gate <- struct{}{}
		}
	}()
	Each(context.Background(), 12, 3, func(int) {
		n := running.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		<-gate
		running.Add(-1)
	})
	if m := most.Load(); m > 3 || m < 1 {
		t.Errorf("%d calls ran at once, want 1 to 3", m)
	}
}

func TestEachStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int32
	Each(ctx, 1000, 1, func(i int) {
		calls.Add(1)
		if i == 4 {
			cancel()
		}
	})
	if n := calls.Load(); n < 5 || n > 6 {
		t.Errorf("%d calls after cancelling at the fifth, want 5 or 6", n)
	}
}
