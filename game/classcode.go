package game

import (
	"errors"
	"hash/fnv"
	"strings"
)

// A class code is six letters a teacher reads out; everyone who enters it gets the
// same events in the same order (the code seeds the run). The alphabet leaves out
// letters that look or sound alike when read aloud or written on a board (B/8, I/1,
// L/1, O/0, S/5, Z/2), so a code survives a noisy classroom.
const classAlphabet = "ACDEFGHJKMNPQRTUVWXY"

// ClassCodeLen is the number of letters in a class code.
const ClassCodeLen = 6

// ErrClassCode is returned for text that is not a class code.
var ErrClassCode = errors.New("a class code is 6 letters from A C D E F G H J K M N P Q R T U V W X Y")

// ParseClassCode reads a code as a student types it: any case, with spaces or dashes
// anywhere. It returns the code in capitals.
func ParseClassCode(s string) (string, error) {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		switch {
		case r == ' ' || r == '-' || r == '\t':
			continue
		case r < 128 && strings.ContainsRune(classAlphabet, r):
			b.WriteRune(r)
		default:
			return "", ErrClassCode
		}
	}
	if b.Len() != ClassCodeLen {
		return "", ErrClassCode
	}
	return b.String(), nil
}

// ClassCodeSeed is the run seed a class code stands for.
func ClassCodeSeed(code string) int64 {
	h := fnv.New64a()
	h.Write([]byte("hsm-class:" + code))
	return int64(h.Sum64() & (1<<63 - 1))
}

// NewClassCode makes a code from a seed (a teacher's "new code" button).
func NewClassCode(seed int64) string {
	r := RNG{State: uint64(seed)}
	b := make([]byte, ClassCodeLen)
	for i := range b {
		b[i] = classAlphabet[r.Intn(len(classAlphabet))]
	}
	return string(b)
}
