"""Pure scoring functions: mindset, T-profile, change since the previous cycle, register hours."""
