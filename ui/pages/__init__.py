"""One module per plan section; the list of pages lives in :mod:`ui.pages.registry`."""
