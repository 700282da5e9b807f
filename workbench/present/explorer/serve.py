"""How the explorer's JupyterLab is started: quiet (no news prompt, no update check) and offline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

# JupyterLab's announcements plugin asks on first start whether to fetch Jupyter news, and checks for updates;
# neither belongs in a researcher's offline explorer.
QUIET_SETTINGS = {"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False}}


def lab_command(notebook: Path, *extra: str) -> list[str]:
    """`python -m jupyter lab NOTEBOOK` with the news prompt and update check off (settings in the workspace's
    .jupyterlab-settings/overrides.json, read as JupyterLab's application settings)."""
    settings = notebook.parent / ".jupyterlab-settings"
    settings.mkdir(exist_ok=True)
    (settings / "overrides.json").write_text(json.dumps(QUIET_SETTINGS, indent=2) + "\n", encoding="utf-8")
    return [sys.executable, "-m", "jupyter", "lab", str(notebook), f"--LabServerApp.app_settings_dir={settings}",
            "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", *extra]
