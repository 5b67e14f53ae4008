package scenarios

import (
	_ "embed"
	"fmt"

	"github.com/hsmgame/healthmanager/game"
)

// The built-in content is checked when it is written, not when the game starts:
// `go run ./cmd/scencheck -snapshot scenarios/builtin.snap` loads and validates the
// YAML (every file:line check) and writes the result in a compact form (codec.go) that the game
// embeds and decodes in a few milliseconds, in the browser too. A test fails when the
// snapshot is older than the YAML. Teacher packs are YAML and keep the full checks.

//go:embed builtin.snap
var snapshot []byte

// Builtin returns the content shipped with the game, from the checked snapshot.
func Builtin() (*game.Content, error) {
	c, err := DecodeSnapshot(snapshot)
	if err != nil {
		return nil, fmt.Errorf("built-in content: %w (rebuild it with: go run ./cmd/scencheck -snapshot scenarios/builtin.snap)", err)
	}
	return c, nil
}

// BuiltinYAML loads and validates the YAML the snapshot is made from.
func BuiltinYAML() (*game.Content, error) {
	return LoadFS(builtin, ".")
}

// EncodeSnapshot writes checked content in the snapshot form.
func EncodeSnapshot(c *game.Content) ([]byte, error) {
	return encodeValue(c)
}

// DecodeSnapshot reads content written by EncodeSnapshot.
func DecodeSnapshot(data []byte) (*game.Content, error) {
	var c game.Content
	if err := decodeValue(data, &c); err != nil {
		return nil, err
	}
	if len(c.Scenarios) == 0 {
		return nil, fmt.Errorf("the snapshot holds no scenarios")
	}
	c.Index()
	return &c, nil
}
