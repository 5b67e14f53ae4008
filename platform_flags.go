//go:build !js

package main

import "flag"

// platformOptions reads the desktop's flags. (The browser build has no command line
// and leaves the flag package out of its download.)
func platformOptions() options {
	var o options
	flag.StringVar(&o.pack, "pack", "", "a teacher pack: a folder (or one file) of scenario .yaml files to add")
	flag.StringVar(&o.lang, "lang", "", "language of the interface: en or es (default: the saved choice, else the system's)")
	flag.Int64Var(&o.seed, "seed", 0, "a fixed seed, for a repeatable run (0: a new one each time)")
	flag.IntVar(&o.weeks, "weeks", 0, "manager weeks in Act 4 (0: the standard length)")
	flag.StringVar(&o.mode, "mode", "", "the play mode the title offers first: full, class, manager or express")
	flag.StringVar(&o.trace, "trace", "", "append a line to this file each time the screen changes (for tests)")
	flag.StringVar(&o.savePath, "save", "", "use this save file instead of the one in your config folder")
	flag.BoolVar(&o.kiosk, "kiosk", false, "career-day booth: full screen, a demo when idle, no saves, no settings; Ctrl+Shift+Q exits")
	flag.Parse()
	return o
}
