"""What a researcher reads: the papermill report (`report`, notebooks in `notebooks/`), its charts (`plots`) and
the ipywidgets explorer (`explorer`)."""
