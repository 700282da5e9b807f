"""Old module paths (before the stages became packages) kept importable for one release, with a warning.

`import workbench.topics` gives the very module `workbench.analysis.topics`, so code and notebooks written against
the flat layout keep working; new code imports the new paths.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import warnings

MOVED = {
    "workbench.io": "workbench.ingest.formats",
    "workbench.clean": "workbench.ingest.clean",
    **{f"workbench.{m}": f"workbench.analysis.{m}"
       for m in ("embed", "sentiment", "intent", "intent_labels", "topics", "brands", "suggest")},
    **{f"workbench.{m}": f"workbench.customers.{m}" for m in ("segments", "compare", "trends", "stats")},
    "workbench.analyse": "workbench.pipeline.run",
    "workbench.curation": "workbench.pipeline.curation",
    "workbench.summary": "workbench.pipeline.summary",
    **{f"workbench.{m}": f"workbench.present.{m}" for m in ("report", "plots", "explorer")},
}


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path=None, target=None):
        old = next((o for o in MOVED if name == o or name.startswith(o + ".")), None)
        if old is None:
            return None
        return importlib.util.spec_from_loader(name, self)

    def create_module(self, spec):
        old = next(o for o in MOVED if spec.name == o or spec.name.startswith(o + "."))
        new = MOVED[old] + spec.name[len(old):]
        warnings.warn(f"{spec.name} moved to {new}; the old path goes in the next release.", DeprecationWarning,
                      stacklevel=2)
        return importlib.import_module(new)

    def exec_module(self, module) -> None:
        pass


def install() -> None:
    if not any(isinstance(f, _Alias) for f in sys.meta_path):
        sys.meta_path.append(_Alias())
