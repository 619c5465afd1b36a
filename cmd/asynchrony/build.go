package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/asynchrony/asynchrony/site/build"
)

func buildCmd(args []string) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	root := fs.String("root", ".", "repository root (holds site/ and wasm/)")
	out := fs.String("out", "dist", "output directory")
	slides := fs.String("slides", "", "directory of decks (default ROOT/slides)")
	main := fs.String("main", "", "slug of the deck served at / (default "+build.MainDeck+")")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	_, err := build.Build(build.Options{Root: *root, Out: *out, Slides: *slides, Main: *main, Log: os.Stderr})
	if err != nil {
		fmt.Fprintln(os.Stderr, "asynchrony build:", err)
		return 1
	}
	return 0
}
