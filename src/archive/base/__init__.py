"""Shared plumbing every stage may use: the library's exceptions (``errors``), the validator
finding type (``findings``), the user's cache folder (``cachedir``) and the CLI's progress bar
(``progress``). It imports no other part of the package, so it is the bottom layer of the
import graph."""
