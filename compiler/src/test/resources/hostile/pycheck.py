"""Reads generated Python files the way the fuzz harness needs them, many per process.

One JSON request per line on stdin: {"id": ..., "files": {"name": "source", ...}}. One JSON
answer per line on stdout: {"id": ..., "files": {"name": {"ok": bool, "error": str|None,
"shape": {...}, "strings": [...], "docstrings": [...]}}}. "shape" is the file's statements
(their kinds, nested as written) and the set of dotted names it calls: model text that
became code adds a statement or a call, while names and literals do not change the shape. "strings"
are the values of every string constant; "docstrings" the cleaned docstrings of the module
and its classes and functions.
"""
import ast
import builtins
import json
import sys

def skeleton(body):
    """The statements of a body, as their kinds, with the bodies they hold: no names, no constants."""
    out = []
    for s in body:
        kind = type(s).__name__
        if isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and isinstance(s.value.value, str):
            kind = "Docstring"
        inner = [skeleton(getattr(s, f)) for f in ("body", "orelse", "finalbody") if isinstance(getattr(s, f, None), list)]
        out.append([kind, inner])
    return out


def dotted(node, fixed):
    """A call's target, its root kept only when it is a builtin, an import or a function of the file."""
    if isinstance(node, ast.Name):
        return node.id if node.id in fixed else "<model name>"
    if isinstance(node, ast.Attribute):
        return dotted(node.value, fixed) + "." + node.attr
    return "<" + type(node).__name__ + ">"


def fixed_names(tree):
    names = set(dir(builtins))
    for n in ast.walk(tree):
        if isinstance(n, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in n.names)
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(n.name)
    return names


# Calls the generator writes or not depending on whether a model name is reserved somewhere
# (quoted_name forces SQLAlchemy to quote a name the reserved-word table lists): a name's
# spelling, never code from model text.
BY_NAME = {"sa.sql.quoted_name"}


def shape(tree):
    """What model text must never change: the statements, and what is called (a model name is never called)."""
    # Which functions are called, not how often: a dialect that spells a value differently adds a _pick().
    fixed = fixed_names(tree)
    calls = sorted({dotted(n.func, fixed) for n in ast.walk(tree) if isinstance(n, ast.Call)} - BY_NAME)
    return {"statements": skeleton(tree.body), "calls": calls}


def check(source):
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        return {"ok": False, "error": "%s (line %s)" % (e.msg, e.lineno), "shape": None, "strings": [], "docstrings": []}
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    docs = []
    for n in ast.walk(tree):
        if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            d = ast.get_docstring(n, clean=True)
            if d is not None:
                docs.append(d)
    return {"ok": True, "error": None, "shape": shape(tree), "strings": strings, "docstrings": docs}


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        answer = {"id": request["id"], "files": {name: check(src) for name, src in request["files"].items()}}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
