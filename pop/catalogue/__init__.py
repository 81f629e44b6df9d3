"""The catalogue: knowledge blocks, competencies, mindset scan, learning preferences, scales."""

from pop.catalogue.load import default_catalogue, load_catalogue_file, parse_catalogue
from pop.catalogue.model import Catalogue, Text

__all__ = ["Catalogue", "Text", "default_catalogue", "load_catalogue_file", "parse_catalogue"]
