"""Print the README's rule table from the registry (the docstrings are the source of truth)."""
from textqa.rules.registry import RULES


def table() -> str:
    rows = ["| code | name | severity | what it does |", "| --- | --- | --- | --- |"]
    rows += [f"| {c} | {r.name} | {r.severity.value} | {r.summary()} |" for c, r in RULES.items()]
    return "\n".join(rows)


if __name__ == "__main__":
    print(table())
