//go:build !race

package scenes

const raceOn = false
