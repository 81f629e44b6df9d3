"""Privacy guards for what leaves the laptop."""
