package crawler_test

import (
	"testing"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/crawler/frontiertest"
)

func TestMemoryFrontierContract(t *testing.T) {
	frontiertest.Run(t, func(*testing.T) crawler.Frontier { return crawler.NewMemoryFrontier() })
}
