package game

// RNG is a small deterministic generator (SplitMix64) whose whole state is one number,
// so it saves with the run and the same seed and choices always give the same run.
type RNG struct {
	State uint64 `json:"state"`
}

// Next returns the next 64 random bits.
func (r *RNG) Next() uint64 {
	r.State += 0x9E3779B97F4A7C15
	z := r.State
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// Intn returns a number in [0, n); n must be positive.
func (r *RNG) Intn(n int) int {
	if n <= 1 {
		return 0
	}
	return int(r.Next() % uint64(n))
}
