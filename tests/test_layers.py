"""The package reads in the order data flows, and imports only point down it (checked here, in CI)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "workbench"
# Lowest first: a module may import from its own layer and the layers below it, never above.
LAYERS = [
    ("workbench.errors", "workbench.schema"),
    ("workbench.store",),
    ("workbench.ingest",),
    ("workbench.analysis",),
    ("workbench.customers",),
    ("workbench.pipeline",),
    ("workbench.present",),
    ("workbench.workspace", "workbench.cli"),
]
PUBLIC_SURFACE = {"workbench", "workbench._moved"}  # lazy re-exports of the whole API


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int | None:
    for i, prefixes in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return i
    return None


def _is_module(name: str) -> bool:
    path = PACKAGE.parent / name.replace(".", "/")
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _imports(path: Path, top_level_only: bool = False) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else ast.walk(tree)
    out = []
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("workbench"):
            # `from workbench.customers import profiles` names a module; `from workbench.x import f` a name in x
            out += [(f"{node.module}.{a.name}" if _is_module(f"{node.module}.{a.name}") else node.module, node.lineno)
                    for a in node.names]
        elif isinstance(node, ast.Import):
            out += [(a.name, node.lineno) for a in node.names if a.name.startswith("workbench")]
    return out


def _modules() -> dict[str, Path]:
    return {_module(p): p for p in PACKAGE.rglob("*.py")}


def test_every_module_has_a_layer():
    unplaced = [m for m in _modules() if _layer(m) is None and m not in PUBLIC_SURFACE]
    assert not unplaced, f"place these modules in a layer of tests/test_layers.py: {unplaced}"


def test_imports_point_down_the_pipeline():
    wrong = []
    for module, path in _modules().items():
        if module in PUBLIC_SURFACE:
            continue
        for target, line in _imports(path):
            if target == "workbench":  # `from workbench import schema as S`, `__version__`
                continue
            if _layer(target) is None or _layer(target) > _layer(module):
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {target}")
    assert not wrong, "imports that point up the pipeline:\n" + "\n".join(wrong)


def test_no_import_cycles():
    modules = _modules()
    graph = {m: {t for t, _ in _imports(p, top_level_only=True) if t in modules and t != m}
             for m, p in modules.items()}
    state: dict[str, int] = {}

    def visit(m: str, trail: list[str]) -> None:
        state[m] = 1
        for n in graph[m]:
            if state.get(n) == 1:
                pytest.fail("import cycle: " + " -> ".join(trail[trail.index(n):] + [m, n]) if n in trail
                            else f"import cycle through {m} -> {n}")
            if n not in state:
                visit(n, [*trail, m])
        state[m] = 2

    for m in graph:
        if m not in state:
            visit(m, [])


def test_the_old_flat_paths_still_import_the_same_modules():
    code = ("import warnings; warnings.simplefilter('ignore')\n"
            "import workbench.topics as a, workbench.analysis.topics as b\n"
            "from workbench.analyse import analyse as f\n"
            "from workbench.pipeline.run import analyse as g\n"
            "from workbench.customers import customer_table\n"
            "from workbench.io.tabular import read_delimited\n"
            "assert a is b and f is g\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_import_workbench_stays_light():
    """`import workbench` loads none of the heavy libraries (they load on first use)."""
    code = ("import sys, workbench\n"
            "heavy = {'pandas', 'duckdb', 'torch', 'bertopic', 'sklearn', 'plotly', 'numpy'} & set(sys.modules)\n"
            "assert not heavy, heavy\n")
    subprocess.run([sys.executable, "-c", code], check=True)
