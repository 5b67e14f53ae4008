//go:build race

package scenes

// raceOn: the race detector slows code ten times and more, so timing limits are off.
const raceOn = true
