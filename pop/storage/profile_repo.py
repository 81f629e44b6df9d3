"""The plan owner's profile (one row)."""

from __future__ import annotations

from pop.domain.profile import ProfessionalType, Profile
from pop.storage.columns import dump, iso_date, json_dict, json_list, now_iso, parse_date, text
from pop.storage.db import Database

_FIELDS = (
    "name", "function", "team", "employer", "parent_organisation", "team_leader",
    "specialism", "register", "register_number",
)


class ProfileRepository:
    """Read and save the profile."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> Profile:
        """The profile; an empty one (with a fresh plan id) is created on first use."""
        row = self.db.one("SELECT * FROM profile WHERE id = 1")
        if row is None:
            with self.db.transaction():
                self.db.execute(
                    "INSERT OR IGNORE INTO profile (id, plan_uid, updated_at) VALUES (1, ?, ?)",
                    (_new_id(), now_iso()),
                )
            row = self.db.one("SELECT * FROM profile WHERE id = 1")
            assert row is not None
        return Profile(
            plan_uid=row["plan_uid"],
            name=row["name"],
            function=row["function"],
            team=row["team"],
            employer=row["employer"],
            parent_organisation=row["parent_organisation"],
            team_leader=row["team_leader"],
            professional_type=ProfessionalType(row["professional_type"]),
            specialism=row["specialism"],
            specialism_blocks=json_list(row["specialism_blocks"]),
            register=row["register"],
            register_number=row["register_number"],
            register_start=parse_date(row["register_start"]),
            register_end=parse_date(row["register_end"]),
            register_targets=json_dict(row["register_targets"]),
            language=row["language"],
        )

    def save(self, profile: Profile) -> None:
        """Save every field of ``profile``."""
        self.get()  # make sure the row exists
        values: dict[str, object] = {name: text(getattr(profile, name)) for name in _FIELDS}
        values.update(
            professional_type=ProfessionalType(profile.professional_type).value,
            specialism_blocks=dump(list(profile.specialism_blocks)),
            register_start=iso_date(profile.register_start),
            register_end=iso_date(profile.register_end),
            register_targets=dump({k: float(v) for k, v in profile.register_targets.items()}),
            language=profile.language if profile.language in ("nl", "en") else "nl",
            updated_at=now_iso(),
        )
        assignments = ", ".join(f"{key} = :{key}" for key in values)
        with self.db.transaction():
            self.db.execute(f"UPDATE profile SET {assignments} WHERE id = 1", values)


def _new_id() -> str:
    """A random id for a new plan (``uuid`` imported here only: a quicker start)."""
    import uuid

    return str(uuid.uuid4())
