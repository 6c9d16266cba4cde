"""Desired SQL: discover and order the files, split them into statements, load them into scratch."""
