"""Storage: one SQLite file, migrations, repositories that return domain dataclasses, backups.

Nothing outside this package sees a row, a cursor or a sqlite-utils object.
"""
