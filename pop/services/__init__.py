"""Operations that span several repositories (starting a plan, a new cycle, ...)."""
