"""The example plan: a realistic, complete Dutch plan for a fictional professional."""
