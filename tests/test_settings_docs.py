from pathlib import Path

from softphone.settings import docs


def test_the_readme_documents_every_setting_exactly_as_defined() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    start, end = readme.index(docs.BEGIN), readme.index(docs.END) + len(docs.END)
    assert readme[start:end] == docs.table(), "run: python -m softphone.settings.docs"
