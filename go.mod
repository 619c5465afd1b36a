module github.com/asynchrony/asynchrony

go 1.26
