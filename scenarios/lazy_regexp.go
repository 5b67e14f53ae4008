package scenarios

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles a pattern the first time it is used, not when the program
// starts (a dozen patterns cost the browser's start-up tens of milliseconds).
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
