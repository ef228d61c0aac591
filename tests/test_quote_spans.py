"""Quotations around a position (timeline.resolve.quotes.QuoteSpans), asked in text order."""

from timeline.resolve.quotes import QuoteSpans


def test_marks_pair_in_turn_within_a_paragraph():
    text = 'He said "we left on Monday" and then. “Curly ”ok\nNew "an open quote\nnext'
    q = QuoteSpans(text)
    got = {w: q.at(text.index(w)) for w in ["He", "we", "Monday", "then", "Curly", "ok", "open", "next"]}
    assert text[slice(*got["we"])] == '"we left on Monday"' and got["Monday"] == got["we"]
    assert text[slice(*got["Curly"])] == "“Curly ”"
    # a paragraph break closes what is open
    assert text[slice(*got["open"])] == '"an open quote'
    assert got["He"] is got["then"] is got["ok"] is got["next"] is None


def test_asking_again_further_back_reads_the_paragraph_again():
    text = 'A "quoted" part. Then more.'
    q = QuoteSpans(text)
    assert q.at(text.index("more")) is None
    assert q.at(text.index("quoted")) == (2, 10)
