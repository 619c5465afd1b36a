package modules

// The modules written only in Python (py/NAME.py, dots in a module's name
// written as underscores in its file name).
func init() {
	pyModules = append(pyModules, "collections", "functools", "itertools", "abc", "string", "types", "contextlib", "enum", "dataclasses", "copy", "collections.abc", "statistics", "textwrap", "typing", "io", "__future__", "calendar", "pprint", "os", "posixpath", "inspect", "array")
}
