package game

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// CommandKinds lists the duty command types the input log can write down.
func CommandKinds() []Command { return commandKinds }

// TestEveryCommandIsLogged fails when a duty command type (a type with a
// run(h *Host) error method in game/) is missing from commandKinds: its runs could
// not be replayed, so What if? would be off for them.
func TestEveryCommandIsLogged(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	known := map[string]bool{}
	for _, k := range commandKinds {
		known[reflect.TypeOf(k).Name()] = true
	}
	fs := token.NewFileSet()
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fs, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Name.Name != "run" || len(fd.Type.Params.List) != 1 {
				continue
			}
			id, ok := fd.Recv.List[0].Type.(*ast.Ident)
			if !ok {
				continue
			}
			n++
			if !known[id.Name] {
				t.Errorf("%s: command %s is not in commandKinds (game/whatif.go)", fs.Position(fd.Pos()), id.Name)
			}
		}
	}
	if n < len(commandKinds) {
		t.Errorf("found %d command types in the source, fewer than the %d listed", n, len(commandKinds))
	}
}
