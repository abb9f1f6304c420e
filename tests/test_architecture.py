"""Dependencies go one way (docs/architecture.md): `core` is a leaf, sections import `core`
and nothing of each other, `home` composes the sections' blocks."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = {"news", "showcase", "events", "search"}
APPS = {"core", "home", *SECTIONS}

# What each app may import of the project's other apps (module prefixes).
ALLOWED = {
    "core": set(),
    "home": {"core", *(f"{section}.blocks" for section in SECTIONS)},
    **{section: {"core"} for section in SECTIONS},
}


def project_imports(path: Path):
    """(line, modules) for every import of one of the project's apps in a file: the names it
    brings in, fully qualified (`from news import blocks` brings in news.blocks)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in APPS:
                    yield node.lineno, [alias.name]
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module
            and not node.level
            and node.module.split(".")[0] in APPS
        ):
            yield node.lineno, [f"{node.module}.{alias.name}" for alias in node.names]


def source_files(app: str):
    for path in sorted((ROOT / app).rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if "tests" in parts or path.name.startswith("test_"):
            continue  # a section's tests may build pages of any section
        yield path


def allowed(app: str, module: str) -> bool:
    if module.split(".")[0] == app:
        return True
    return any(module == prefix or module.startswith(prefix + ".") for prefix in ALLOWED[app])


@pytest.mark.parametrize("app", sorted(APPS))
def test_imports_go_one_way(app):
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in source_files(app)
        for line, modules in project_imports(path)
        for module in modules
        if not allowed(app, module)
    ]
    assert not wrong, f"{app} may import only {sorted(ALLOWED[app]) or 'itself'}:\n" + "\n".join(
        wrong
    )


def test_the_rule_catches_a_wrong_import(tmp_path):
    """The check itself can fail: a core module importing a section is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text("from events.models import EventPage\nimport core.text\n")
    found = [module for _, modules in project_imports(bad) for module in modules]
    assert "events.models.EventPage" in found
    assert not allowed("core", "events.models.EventPage")
    assert allowed("core", "core.text")
    assert allowed("home", "news.blocks")
    assert not allowed("home", "news.models")
