"""Workshop takes in its mixins' operations (participants, votes, clusters, the charter, follow-up, travel copies)
the first time one is asked for: opening a workshop imports none of their modules, and afterwards the class is what
inheriting from them, in order, would give."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
from importlib import import_module
from pathlib import Path

from upr_desktop.domain.participant import Participant
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.ops import workshop as workshop_module

REPO = Path(__file__).resolve().parents[2]


def test_opening_imports_no_operations_module_until_one_is_asked_for(tmp_path):
    path = tmp_path / "w.uprw"
    Workshop.create(path, WorkshopInfo(title="Lazy", country="Demoland")).close()
    script = textwrap.dedent("""
        import sys
        from upr_desktop.ops import Workshop
        MIXINS = [f"upr_desktop.ops{m}" for m, _ in __import__("upr_desktop.ops.workshop",
                                                               fromlist=["_MIXINS"])._MIXINS]
        w = Workshop.open(sys.argv[1])
        print("opened", w.count(), w.info().title, sorted(m for m in MIXINS if m in sys.modules))
        print("participants", w.participants())
        print("after", sorted(m for m in MIXINS if m in sys.modules) == sorted(MIXINS))
        w.close()
    """)
    result = subprocess.run([sys.executable, "-c", script, str(path)], cwd=REPO, capture_output=True, text=True,
                            timeout=60, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["opened 0 Lazy []", "participants []", "after True"]


def test_the_class_is_what_inheriting_from_the_mixins_in_order_gives():
    mixins = [getattr(import_module(module, "upr_desktop.ops"), name) for module, name in workshop_module._MIXINS]
    assert Workshop.add_participant  # asked of the class: taken in
    names = {n for m in mixins for n in vars(m) if not (n.startswith("__") and n.endswith("__"))}
    assert len(names) > 100
    for name in names:
        found = inspect.getattr_static(Workshop, name)
        first = next(vars(m)[name] for m in mixins if name in vars(m))  # the first mixin's, as the MRO would
        own = getattr(found, "__qualname__", "").startswith("Workshop.")  # Workshop's own comes first
        assert found is first or own, name


def test_an_operation_works_and_unknown_names_still_fail(tmp_path):
    with Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="T", country="Demoland")) as w:
        pid = w.add_participant(Participant(name="Ama", organisation="Forum"))[0]
        assert [p.id for p in w.participants()] == [pid]
        for target in (w, Workshop):
            try:
                getattr(target, "no_such_operation")
            except AttributeError as error:
                assert "no_such_operation" in str(error)
            else:
                raise AssertionError("an unknown name was found")


def test_a_property_that_fails_shows_its_own_error_not_a_missing_name(tmp_path):
    # Python answers an AttributeError raised inside a property by calling __getattr__, which takes the mixins
    # in: the property's own error must come through, or a bug reads as "no attribute 'path'".
    w = Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="Errors", country="Demoland"))
    store, w._store = w._store, None
    try:
        try:
            w.path
        except AttributeError as error:
            assert "NoneType" in str(error) and "'path'" in str(error)
        else:
            raise AssertionError("w.path without a store should fail")
    finally:
        w._store = store
        w.close()
