"""Who the customers are: one profile per customer (`profiles`), segments (`segments`), segments compared and what
drives sentiment (`compare`), what changes over time (`trends`), verbatims (`quotes`), and the statistics they
share (`stats`)."""


def __getattr__(name: str):
    # `from workbench.customers import customer_table` worked when this was one module; kept for one release.
    import importlib

    profiles = importlib.import_module("workbench.customers.profiles")
    if hasattr(profiles, name) and not name.startswith("_"):
        return getattr(profiles, name)
    raise AttributeError(f"module 'workbench.customers' has no attribute '{name}'")
