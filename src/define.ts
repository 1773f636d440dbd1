// Registers every element under its default tag name.
