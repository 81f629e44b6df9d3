"""The team leader's side: imported member plans, the knowledge map, conversations."""
