package sqlite

import (
	"testing"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/crawler/frontiertest"
)

func TestCrawlFrontierContract(t *testing.T) {
	frontiertest.Run(t, func(t *testing.T) crawler.Frontier { return mustOpen(t).CrawlFrontier() })
}
