package scenes

import "testing"

// A meter's state is a shape as well as a colour: off target, close and on target
// each draw a different one.
func TestMeterStatusIsAShape(t *testing.T) {
	off, close, on := meterStatus(0.1), meterStatus(0.5), meterStatus(0.9)
	if off == close || close == on || off == on {
		t.Fatalf("states share a shape: %q %q %q", off, close, on)
	}
}
