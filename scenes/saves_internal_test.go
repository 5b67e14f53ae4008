package scenes

import (
	"testing"
	"testing/fstest"
)

// A drop of several things takes the first file, skips folders, reads no more than
// a save may be, and an empty drop is nothing.
func TestFirstFileOfADrop(t *testing.T) {
	drop := fstest.MapFS{
		"a-folder/x.json":   {Data: []byte("in a folder")},
		"b-save.json":       {Data: []byte(`{"version":1}`)},
		"c-other-file.json": {Data: []byte("second")},
	}
	if data, ok := firstFile(drop); !ok || string(data) != `{"version":1}` {
		t.Fatalf("took %q (%v)", data, ok)
	}
	huge := fstest.MapFS{"big.json": {Data: make([]byte, maxSaveFile+500)}}
	if data, ok := firstFile(huge); !ok || len(data) != maxSaveFile+1 {
		t.Fatalf("read %d bytes of a huge file", len(data))
	}
	if _, ok := firstFile(fstest.MapFS{}); ok {
		t.Fatal("an empty drop gave a file")
	}
}
