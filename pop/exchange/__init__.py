"""Files that cross the laptop's boundary: the plan bundle and the agreements file."""
