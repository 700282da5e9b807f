"""The interactive explorer: pure state and filters (state.py) apart from the ipywidgets view (view.py)."""

from workbench.present.explorer.state import Filters, filter_messages
from workbench.present.explorer.view import Explorer

__all__ = ["Explorer", "Filters", "filter_messages"]
