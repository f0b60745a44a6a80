"""The layers' import rules, read from the source with `ast` (nothing is imported):

- domain imports neither Qt nor the store; the store never imports the interface;
- no interface module imports sqlite3 or sqlite_utils (views read through ops and the store's queries);
- ui/ holds only its packages: one per workshop step, shell/ and common/;
- common/ imports no step package and not the shell; a step package does not import the shell;
- a module outside a step package imports from it only what its `__init__` marks in `__all__`, never its modules;
- no two interface modules import each other, however indirectly (lazy imports inside functions included).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "upr_desktop"
UI = ROOT / "ui"
STEPS = ("review", "clusters", "participants", "vote", "results", "charter", "print", "followup")
FRAME = ("shell", "common")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str) -> bool:
    path = ROOT.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def walk(tree: ast.AST):
    """Every node, except what is under `if TYPE_CHECKING:` (annotations only; never imported at run time)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and getattr(child.test, "id", None) == "TYPE_CHECKING":
                stack += child.orelse
                continue
            stack.append(child)


def imports(path: Path) -> list[tuple[int, str, tuple[str, ...]]]:
    """(line, module, names) for every import in the file, those inside functions included; relative ones
    resolved. `from package import module` also counts as importing package.module."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, ()) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = tuple(alias.name for alias in node.names)
            found.append((node.lineno, target, names))
            found += [(node.lineno, f"{target}.{n}", ()) for n in names if is_module(f"{target}.{n}")]
    return found


def sources(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def violations(folder: Path, rule) -> list[str]:
    found = []
    for path in sources(folder):
        for line, target, names in imports(path):
            problem = rule(module_name(path), target, names)
            if problem:
                found.append(f"{path.relative_to(ROOT.parent)}:{line}: imports {target} ({problem})")
    return found


def within(target: str, *packages: str) -> bool:
    return any(target == p or target.startswith(p + ".") for p in packages)


def step_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["upr_desktop", "ui"] else None


def marked(step: str) -> set[str]:
    """The names a step package's __init__ lists in __all__: its entry point."""
    tree = ast.parse((UI / step / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            return set(ast.literal_eval(node.value))
    return set()


def test_domain_imports_neither_qt_nor_the_store():
    def rule(_module, target, _names):
        if within(target, "PySide6", "shiboken6"):
            return "Qt"
        if within(target, "upr_desktop.store", "sqlite3", "sqlite_utils", "sqlcipher3"):
            return "the store"
        return None

    assert violations(ROOT / "domain", rule) == []


def test_the_store_never_imports_the_interface():
    assert violations(ROOT / "store", lambda _m, t, _n: within(t, "upr_desktop.ui", "PySide6") and "ui") == []


def test_no_interface_module_touches_sqlite():
    def rule(_module, target, _names):
        return within(target, "sqlite3", "sqlite_utils", "sqlcipher3") and "SQL in a view"

    assert violations(UI, rule) == []


def test_only_the_store_engine_opens_the_sqlite_libraries():
    """Every connection to a workshop goes through store/engine.connect, which keys an encrypted one first."""
    def rule(module, target, _names):
        if module != "upr_desktop.store.engine" and within(target, "sqlite3", "sqlcipher3"):
            return "a connection that bypasses store.engine"
        return None

    assert violations(ROOT, rule) == []


def test_ui_holds_only_the_step_packages_the_shell_and_common():
    assert sorted(p.name for p in UI.glob("*.py")) == ["__init__.py"]
    packages = sorted(p.name for p in UI.iterdir() if (p / "__init__.py").is_file())
    assert packages == sorted(STEPS + FRAME)


@pytest.mark.parametrize("step", STEPS)
def test_every_step_package_marks_its_entry_point(step):
    doc = ast.get_docstring(ast.parse((UI / step / "__init__.py").read_text(encoding="utf-8")))
    assert doc and "Entry point" in doc
    assert marked(step)


def test_step_packages_are_entered_only_through_their_entry_point():
    def rule(module, target, names):
        here, there = step_of(module), step_of(target)
        if there is None or there == here:
            return None
        if here == "common" and there != "common":
            return "common/ is shared by every step and imports none of them, nor the shell"
        if here in STEPS and there == "shell":
            return "the shell holds the steps, not the other way round"
        if there not in STEPS:
            return None
        if target != f"upr_desktop.ui.{there}":
            return f"a module inside {there}/; import from upr_desktop.ui.{there} instead"
        unmarked = set(names) - marked(there)
        return f"{', '.join(sorted(unmarked))} not in {there}.__all__" if unmarked else None

    assert violations(UI, rule) == []


def test_no_circle_between_interface_modules():
    graph: dict[str, set[str]] = {}
    for path in sources(UI):
        if path.name == "__init__.py":
            continue  # packages re-export their entry point; the modules behind it are what may not loop
        graph[module_name(path)] = {t for _, t, _ in imports(path) if t.startswith("upr_desktop.ui.") and is_module(t)
                                    and not (ROOT.parent.joinpath(*t.split(".")) / "__init__.py").is_file()}
    circles = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                circles.append(" → ".join(trail[trail.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert circles == []
