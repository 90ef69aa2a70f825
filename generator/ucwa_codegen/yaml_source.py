"""One YAML text into plain data, with the line and column of every value and key.

PyYAML's node graph carries line and column marks; the data is built from it directly so the
positions come for free and no value is copied twice. Duplicate keys, which plain YAML loading
silently resolves by keeping the last one, are errors here, and so are aliases: a few hundred
bytes of nested aliases expand to millions of values (and an alias can hold itself), while
no definition needs one. The composed graph shares an aliased node rather than copying it,
so a node met twice is an alias, found before anything is expanded. A value its tag cannot
make (``!!int abc``, an unknown tag, a ``<<`` merge key) is an error at its line too.

A module of its own so that PyYAML is imported only when a file is parsed: a run whose
files all come from the cache never loads it (see load.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import yaml

from .diagnostics import DataPath, DefinitionError, DefinitionsInvalid, Location

# The C loader composes the same nodes several times faster; PyYAML without libyaml lacks it.
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """The safe loader, resolving each distinct scalar's tag once per process.

    Even the C loader resolves the tag of every plain scalar in Python, trying PyYAML's
    regular expressions in turn: 40,000 times for the definitions, a third of composing
    them. A tag depends only on the node's kind, text and quoting, and most scalars repeat
    (``string``, ``true``, property names), so the answers are kept.
    """

    _tags: ClassVar[dict[tuple[Any, Any, Any], str]] = {}

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        key = (kind, value, implicit)
        tag = self._tags.get(key)
        if tag is None:
            if len(self._tags) > 200_000:  # bounded, for a process that loads many folders
                self._tags.clear()
            tag = self._tags[key] = super().resolve(kind, value, implicit)
        return tag


_STR = "tag:yaml.org,2002:str"
# What can come just before an anchor (``&name``): a node's properties follow the start of a
# line, white space (YAML 1.1 counts NEL and the Unicode separators as line breaks), a flow
# indicator or a JSON-like key's colon.
_BEFORE_ANCHOR = frozenset(" \t\r\n\x85\u2028\u2029[]{},:?-")


def _may_anchor(text: str) -> bool:
    """False when ``text`` has no anchor; True may be text ("a &amp; b" in an example)."""
    at = text.find("&")
    while at != -1:
        if at == 0 or text[at - 1] in _BEFORE_ANCHOR:
            return True
        at = text.find("&", at + 1)
    return False


def _mark(node: yaml.Node) -> Location:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _BadScalar(Exception):
    """A scalar its tag cannot make a value of (``!!int abc``, ``!custom x``, a merge key)."""


# What a constructor raises for a text its tag does not fit (PyYAML's own error for an
# unknown tag; int(), float() and the date classes for a bad text).
_CONSTRUCTION_ERRORS = (yaml.YAMLError, ValueError, TypeError, OverflowError)


def _scalar(node: yaml.Node, scalars: yaml.constructor.SafeConstructor) -> Any:
    """The value of a scalar node; raises _BadScalar (with the error's message)."""
    if node.tag == _STR:
        return node.value  # a plain string is its node's text: nothing to construct
    try:
        return scalars.construct_object(node)
    except _CONSTRUCTION_ERRORS as exc:
        problem = getattr(exc, "problem", None) or str(exc)
        raise _BadScalar(f"cannot read {node.value!r} as {node.tag}: {problem}") from None


class _Builder:
    def __init__(self, path: Path, positions: bool) -> None:
        self.path = path
        self.positions = positions  # record where each value and key is
        self.values: dict[DataPath, Location] = {}
        self.keys: dict[DataPath, Location] = {}
        self.errors: list[DefinitionError] = []
        self.scalars = yaml.constructor.SafeConstructor()
        self.built: set[int] = set()  # ids of the nodes met so far: one met again is an alias
        self.aliased = False

    def build(self, node: yaml.Node, path: DataPath) -> Any:
        if id(node) in self.built:
            self.aliased = True  # reported by load_file, at the alias; never expanded
            return None
        self.built.add(id(node))
        if self.positions:
            mark = node.start_mark
            self.values[path] = (mark.line + 1, mark.column + 1)
        if type(node) is yaml.ScalarNode:
            try:
                return _scalar(node, self.scalars)
            except _BadScalar as exc:
                self.errors.append(DefinitionError(self.path, *_mark(node), str(exc)))
                return None
        return self.build_collection(node, path)

    def build_collection(self, node: yaml.Node, path: DataPath) -> Any:
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self.build_key(key_node)
                if key is None:
                    continue
                if key in result:
                    line, column = _mark(key_node)
                    self.errors.append(
                        DefinitionError(self.path, line, column, f"duplicate key {key!r}")
                    )
                    continue
                if self.positions:
                    self.keys[(*path, key)] = _mark(key_node)
                result[key] = self.build(value_node, (*path, key))
            return result
        return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]

    def build_key(self, node: yaml.Node) -> str | None:
        if id(node) in self.built:
            self.aliased = True
            return None
        self.built.add(id(node))
        message = "keys must be strings"
        if isinstance(node, yaml.ScalarNode):
            try:
                value = _scalar(node, self.scalars)
            except _BadScalar as exc:
                value, message = None, f"{message} ({exc})"
            if isinstance(value, str):
                return value
        self.errors.append(DefinitionError(self.path, *_mark(node), message))
        return None


class _Unusual(Exception):
    """A node ``_plain`` leaves to the builder: a key that is not a plain string, a
    duplicate key, a scalar its tag cannot make a value of."""


def _plain(node: yaml.Node, scalars: yaml.constructor.SafeConstructor) -> Any:
    """The data of a graph without anchors, when it has only string keys, none twice:
    what the builder gives without positions, at half its cost (nearly every file)."""
    kind = type(node)
    if kind is yaml.ScalarNode:
        try:
            return _scalar(node, scalars)
        except _BadScalar:
            raise _Unusual from None
    if kind is yaml.MappingNode:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not yaml.ScalarNode or key_node.tag != _STR:
                raise _Unusual
            key = key_node.value
            if key in result:
                raise _Unusual
            result[key] = _plain(value_node, scalars)
        return result
    if kind is yaml.SequenceNode:
        return [_plain(item, scalars) for item in node.value]
    raise _Unusual


def _alias_error(path: Path, text: str) -> DefinitionError:
    """The error for the first alias of ``text`` (a file the builder found one in)."""
    alias = next(e for e in yaml.parse(text, Loader=_Loader) if isinstance(e, yaml.AliasEvent))
    mark = alias.start_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    message = f"alias *{alias.anchor}: definitions may not use YAML anchors and aliases"
    return DefinitionError(path, line, column, f"{message}; write the value out")


def _at_end(mark: yaml.Mark, text: str) -> bool:
    """Whether ``mark`` is at (or, as libyaml puts it, on the line after) the end of ``text``."""
    return (mark.line, mark.column) >= (text.count("\n"), len(text.rpartition("\n")[2]))


def parse(
    path: Path, text: str, positions: bool
) -> tuple[Any, dict[DataPath, Location], dict[DataPath, Location]]:
    """The data of ``text`` (the file at ``path``), and with ``positions`` where each value
    and each mapping key is; raise DefinitionsInvalid for bad YAML, a duplicate key or an
    alias (each error names its line and column)."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if mark and exc.context_mark and _at_end(mark, text):
            mark = exc.context_mark  # an unclosed quote or bracket: point at where it opens
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = " ".join(part for part in (exc.context, exc.problem) if part)
        raise DefinitionsInvalid([DefinitionError(path, line, column, problem)]) from None
    if node is None:
        raise DefinitionsInvalid([DefinitionError(path, 1, 1, "the file is empty")])
    if not positions and not _may_anchor(text):
        # Without an anchor there is no alias: no node can be met twice.
        try:
            return _plain(node, yaml.constructor.SafeConstructor()), {}, {}
        except _Unusual:
            pass  # the builder says what is wrong, if anything
    builder = _Builder(path, positions)
    data = builder.build(node, ())
    if builder.aliased:
        builder.errors.append(_alias_error(path, text))
    if builder.errors:
        raise DefinitionsInvalid(builder.errors)
    return data, builder.values, builder.keys
