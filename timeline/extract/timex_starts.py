"""Where can a rule's match start?  (A speed-up; it never changes a match.)

Running every rule's regular expression over every character of a search
window costs a few hundred nanoseconds per character and rule, which is what
made dense or hostile texts slow.  Instead, each rule is tried only at the
tokens its match can begin with: ``first_tokens`` reads the compiled
pattern (its parse tree) and lists the possible first tokens of a match,
in the tokenisation of :data:`TOKEN_RE` (runs of letters, runs of digits, an
apostrophe before digits):

* ``"<d1>"`` .. ``"<d5>"``: the match starts with a run of 1, 2, 3, 4, or
  5 or more digits;
* ``"'"``: it starts with an apostrophe before digits ("'98");
* ``("=", "word")``: it starts with exactly this (lower-case) word;
* ``("^", "pre")``: it starts with a word beginning with ``pre``.

A rule whose start cannot be read this way (it could start with a space, a
punctuation mark, an arbitrary letter, or inside a word) gets ``None`` and is
run over the whole window as before.  ``match(text, token_start, window_end)``
at each listed token finds exactly the matches a scan would find starting at
those positions: the analysis only over-approximates the set of first tokens.
"""

from __future__ import annotations

import re

try:  # Python >= 3.11
    import re._constants as _C
    import re._parser as _P
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

# Tokens as the engine sees them: letter runs, digit runs, an apostrophe before a digit.
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|['’](?=\d)")

APOS_KEY = "'"
_DMAX = 5  # digit runs are keyed by length: <d1> .. <d4>, <d5> for five or more


def digit_key(n: int) -> str:
    return f"<d{min(n, _DMAX)}>"


DIGIT_KEYS = frozenset(digit_key(n) for n in range(1, _DMAX + 1))

_MAX_STEPS = 20000


class _Unknown(Exception):
    pass


def _is_letter(ch: str) -> bool:
    return ch.isalnum() and not ch.isdecimal()


def _class_kinds(items) -> set[str]:
    """Kinds of characters a character class can match: L(etter), D(igit), A(postrophe), O(ther)."""
    kinds: set[str] = set()
    negate = False
    for op, av in items:
        if op is _C.NEGATE:
            negate = True
        elif op is _C.LITERAL:
            ch = chr(av)
            kinds.add("L" if _is_letter(ch) else "D" if ch.isdecimal() else "A" if ch in "'’" else "O")
        elif op is _C.RANGE:
            lo, hi = av
            for code in (lo, hi, (lo + hi) // 2):
                ch = chr(code)
                kinds.add("L" if _is_letter(ch) else "D" if ch.isdecimal() else "A" if ch in "'’" else "O")
            if hi - lo > 30:
                kinds.update("LDO")
        elif op is _C.CATEGORY:
            name = str(av)
            if name.endswith("CATEGORY_DIGIT"):
                kinds.add("D")
            elif name.endswith("CATEGORY_SPACE"):
                kinds.add("O")
            else:  # word / not-digit / not-space / not-word ...
                kinds.update("LDAO")
        else:
            kinds.update("LDAO")
    if negate:
        return {"L", "D", "A", "O"}
    return kinds


def _starts_at_boundary(seq) -> bool:
    """The pattern begins with a look-behind that refuses a word character before it."""
    for op, av in seq:
        if op is _C.ASSERT_NOT and av[0] == -1:
            sub = list(av[1])
            if len(sub) == 1 and sub[0][0] is _C.IN:
                for cop, cav in sub[0][1]:
                    if cop is _C.CATEGORY and str(cav).endswith("CATEGORY_WORD") and not str(cav).endswith("NOT_WORD"):
                        return True
            continue
        if op is _C.ASSERT and av[0] == -1:
            # (?<=\bfor\s): a space right before the match
            sub = list(av[1])
            if sub and sub[-1][0] is _C.IN and _class_kinds(sub[-1][1]) == {"O"}:
                return True
            continue
        if op is _C.AT:
            continue
        return False
    return False


def token_key(tok: str) -> str:
    """The key of a token of :data:`TOKEN_RE` (already lower-cased)."""
    c = tok[0]
    if c.isdecimal():
        return digit_key(len(tok))
    if c in "'’":
        return APOS_KEY
    return tok


def _flatten(seq) -> list:
    """The top-level items, with plain mandatory groups spliced in."""
    out = []
    for op, av in seq:
        if op is _C.SUBPATTERN and not (len(av[-1]) == 1 and av[-1][0][0] is _C.BRANCH):
            out.extend(_flatten(list(av[-1])))
        else:
            out.append((op, av))
    return out


def _ends_with_separator(seq) -> bool:
    """Every match of ``seq`` ends with a character that is in no token (a space, a mark)."""
    items = [it for it in seq if it[0] not in (_C.AT, _C.ASSERT, _C.ASSERT_NOT)]
    if not items:
        return False
    op, av = items[-1]
    if op is _C.LITERAL:
        return _kind(chr(av)) == "O"
    if op is _C.IN:
        return _class_kinds(av) == {"O"}
    if op in _REPEATS:
        lo, _, sub = av
        return lo >= 1 and _ends_with_separator(list(sub))
    if op is _C.SUBPATTERN:
        return _ends_with_separator(list(av[-1]))
    if op is _C.BRANCH:
        return all(_ends_with_separator(list(alt)) for alt in av[1])
    return False


def _optional(item) -> bool:
    op, av = item
    return op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) and av[0] == 0


def _boundary_before(items, i) -> bool:
    """A token necessarily starts at item ``i`` (a separator or the match start is before it)."""
    j = i - 1
    while j >= 0:
        op, av = items[j]
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            j -= 1
            continue
        if _optional(items[j]):
            if not _ends_with_separator(list(av[2])):
                return False
            j -= 1  # taken: a separator; skipped: look further back
            continue
        return _ends_with_separator([items[j]])
    return True


def parse(pattern: str, flags: int = 0):
    """The parse tree of a regular expression (sre's own parser)."""
    return _P.parse(pattern, flags)


def look_groups(tree, inside: bool = False) -> frozenset[int]:
    """Numbers of the groups the parsed pattern ``tree`` captures inside a lookahead or lookbehind: what they catch
    lies outside the match ("Two days" (?= before|after ...))."""
    out: set[int] = set()
    for op, av in tree:
        if op in (_C.ASSERT, _C.ASSERT_NOT):
            out |= look_groups(av[1], True)
        elif op == _C.SUBPATTERN:
            if inside and av[0]:
                out.add(av[0])
            out |= look_groups(av[-1], inside)
        elif op == _C.BRANCH:
            for alt in av[1]:
                out |= look_groups(alt, inside)
        elif op in _REPEATS:
            out |= look_groups(av[2], inside)
        elif op == _ATOMIC:
            out |= look_groups(av, inside)
    return frozenset(out)


_REPEATS = tuple(getattr(_C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_C, n))
_ATOMIC = getattr(_C, "ATOMIC_GROUP", None)


def required_words(tree) -> tuple[frozenset[str], ...]:
    """Clauses of token keys: every match of the parsed pattern ``tree``
    contains, for each clause, a token whose key is in it (exact words,
    ``<d>``, ``'``).  Conservative: positions the analysis cannot read give
    no clause."""
    items = _flatten(list(tree))
    out: list[frozenset[str]] = []
    for i in range(len(items)):
        if items[i][0] in (_C.AT, _C.ASSERT, _C.ASSERT_NOT) or _optional(items[i]):
            continue
        if not _boundary_before(items, i):
            continue
        w = _Pairs(firsts_only=True)
        try:
            w.walk(items, i, (), (), "", None)
        except (_Unknown, RecursionError):
            continue
        got = {a for a, _ in w.out}
        if any(isinstance(k, tuple) and k[0] == "^" for k in got):
            continue
        clause = frozenset(k[1] if isinstance(k, tuple) else k for k in got)
        if clause and clause not in out:
            out.append(clause)
    return tuple(out)


ANY = None  # any second token (or none)

_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT))


def _kind(ch: str) -> str:
    if ch.isdecimal():
        return "D"
    if ch.isalnum():
        return "L"
    if ch in "'’":
        return "A"
    return "O"


def _space_class(sub) -> bool:
    sub = list(sub)
    return len(sub) == 1 and sub[0][0] is _C.IN and _class_kinds(sub[0][1]) == {"O"}


def _starts_with_separator(sub) -> bool:
    """Every match of ``sub`` starts with a character that is not a letter."""
    for op, av in sub:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue
        if op is _C.LITERAL:
            return _kind(chr(av)) != "L"
        if op is _C.IN:
            return "L" not in _class_kinds(av)
        if op in _REPEATS:
            return av[0] >= 1 and _starts_with_separator(av[2])
        return False
    return False


def _push(items, j, rest):
    """The continuation ``rest`` after first finishing ``items[j:]``."""
    return rest if j >= len(items) else ((items, j),) + rest


def _digit_keys(n: int) -> list[str]:
    """Keys of a digit run of at least ``n`` digits."""
    return [digit_key(k) for k in range(min(n, _DMAX), _DMAX + 1)]


def _blocks(sub, kind: str) -> bool:
    """A negative lookahead ``sub`` refuses every character of ``kind`` (L or D)."""
    alts = sub[0][1][1] if len(sub) == 1 and sub[0][0] is _C.BRANCH else [sub]
    for alt in alts:
        alt = list(alt)
        if len(alt) == 1 and alt[0][0] is _C.IN:
            for op, av in alt[0][1]:
                name = str(av) if op is _C.CATEGORY else ""
                if name.endswith("CATEGORY_WORD") and "NOT" not in name:
                    return True
                if kind == "D" and name.endswith("CATEGORY_DIGIT") and "NOT" not in name:
                    return True
    return False


class _Pairs:
    """Walks a parse tree collecting (first token, second token) of every match.

    State: the tokens done (the first, or a placeholder when collecting
    second tokens), and the token being read: ``kind`` L (letters, ``acc``
    the letters so far) or D (digits, ``acc`` their count, capped at 5).
    """

    def __init__(self, *, firsts_only: bool = False, again: dict | None = None):
        self.out: set = set()
        self.steps = 0
        self.seen: set = set()
        self.again: dict = {} if again is None else again  # repeat continuations (stable ids)
        self.firsts_only = firsts_only
        self.memo: dict = {}  # continuation -> second tokens

    # -- results
    def _keys(self, acc, kind, *, exact: bool) -> list:
        if kind == "D":
            return [digit_key(acc)] if exact else _digit_keys(acc)
        return [("=", acc)] if exact else [("^", acc)]

    def _emit(self, done, keys, follow) -> None:
        """Tokens ``keys`` end here; ``follow`` () continues the match after them."""
        if done:
            for k in keys:
                self.out.add((done[0], k if not (isinstance(k, tuple) and k[0] == "^") else ANY))
            return
        for k in keys:
            if isinstance(k, tuple) and k[0] == "^":
                self.out.add((k, ANY))
            elif follow is None:
                self.out.add((k, ANY))
            else:
                self._after_first(k, *follow)

    def _after_first(self, first, items, i, rest) -> None:
        """The first token ``first`` ended; the match goes on at ``items[i:]`` + ``rest``."""
        if self.firsts_only:
            self.out.add((first, ANY))
            return
        key = (id(items), i, tuple((id(it), j) for it, j in rest))
        secs = self.memo.get(key)
        if secs is None:
            sub = _Pairs(again=self.again)
            sub.walk(items, i, rest, ("·",), "", None)
            self.steps += sub.steps
            if self.steps > _MAX_STEPS:
                raise _Unknown
            secs = self.memo[key] = {b for _, b in sub.out}
        for sec in secs:
            self.out.add((first, sec))

    # -- the walk
    def walk(self, items, i, rest, done: tuple, acc, kind: str | None) -> None:
        self.steps += 1
        if self.steps > _MAX_STEPS:
            raise _Unknown
        state = (id(items), i, tuple((id(it), j) for it, j in rest), done, acc, kind)
        if state in self.seen:
            return  # a repetition that changed nothing
        self.seen.add(state)
        while i < len(items):
            op, av = items[i]
            if op is _C.ASSERT and av[0] == 1 and kind is not None and _starts_with_separator(av[1]):
                return self._emit(done, self._keys(acc, kind, exact=True), (items, i + 1, rest))  # (?=\s...)
            if op in (_C.AT, _C.ASSERT):
                i += 1
                continue
            if op is _C.ASSERT_NOT:
                if kind is not None and av[0] == 1 and _blocks(list(av[1]), kind):
                    return self._emit(done, self._keys(acc, kind, exact=True), (items, i + 1, rest))
                i += 1
                continue
            if op is _C.LITERAL:
                k = _kind(chr(av))
                if k == kind:
                    acc = acc + chr(av).lower() if k == "L" else min(acc + 1, _DMAX)
                    i += 1
                    continue
                if kind is not None:
                    return self._emit(done, self._keys(acc, kind, exact=True), (items, i, rest))
                if k == "L":
                    acc, kind = chr(av).lower(), "L"
                elif k == "D":
                    acc, kind = 1, "D"
                elif k == "A":
                    # an apostrophe: a token of its own before a digit ("'98"), else a separator
                    self.out.add((APOS_KEY, ANY) if not done else (done[0], ANY))
                    return
                elif not done:
                    raise _Unknown  # the match starts with a space or a mark
                i += 1
                continue
            if op is _C.NOT_LITERAL or op is _C.ANY or op is _C.GROUPREF:
                return self._unknown(done, acc, kind)  # (a back-reference: "15-01-2020", the separators agree)
            if op is _C.IN:
                kinds = _class_kinds(av)
                if kind is not None and kinds == {kind}:
                    if kind == "L":
                        return self._unknown(done, acc, kind)  # the word goes on with unknown letters
                    acc = min(acc + 1, _DMAX)
                    i += 1
                    continue
                if kind is not None and kind in kinds:
                    return self._unknown(done, acc, kind)
                if kind is not None:
                    return self._emit(done, self._keys(acc, kind, exact=True), (items, i, rest))
                if kinds == {"D"}:
                    acc, kind = 1, "D"
                elif kinds == {"O"} and done:
                    pass
                else:
                    return self._unknown(done, acc, kind)
                i += 1
                continue
            if op is _C.SUBPATTERN:
                return self.walk(av[-1], 0, _push(items, i + 1, rest), done, acc, kind)
            if op is _C.BRANCH:
                for alt in av[1]:
                    self.walk(alt, 0, _push(items, i + 1, rest), done, acc, kind)
                return
            if op in _REPEATS:
                lo, hi, sub = av
                if lo == 0:
                    self.walk(items, i + 1, rest, done, acc, kind)
                    if not done and kind is None and _space_class(sub):
                        return  # leading optional spaces: the match is the same from the token on
                if hi != 0:
                    left = hi if hi is _C.MAXREPEAT else hi - 1
                    cont = ()
                    if left is _C.MAXREPEAT or left > 0:
                        k = (id(sub), max(lo - 1, 0), left)
                        again = self.again.get(k)
                        if again is None:
                            again = self.again[k] = [(op, (max(lo - 1, 0), left, sub))]
                        cont = ((again, 0),)
                    self.walk(sub, 0, cont + _push(items, i + 1, rest), done, acc, kind)
                return
            if hasattr(_C, "ATOMIC_GROUP") and op is _C.ATOMIC_GROUP:
                return self.walk(av, 0, _push(items, i + 1, rest), done, acc, kind)
            raise _Unknown
        if rest:
            (nxt, j), rest2 = rest[0], rest[1:]
            return self.walk(nxt, j, rest2, done, acc, kind)
        # the end of the pattern: the text's token may go on after the match
        if kind is None:
            if not done:
                raise _Unknown  # an empty match
            self.out.add((done[0], ANY))
            return
        self._emit(done, self._keys(acc, kind, exact=False), None)

    def _unknown(self, done, acc, kind) -> None:
        """Characters of unknown kinds follow: only what is known so far counts."""
        if kind is None and not done:
            raise _Unknown
        if kind is None:
            self.out.add((done[0], ANY))
            return
        self._emit(done, self._keys(acc, kind, exact=False), None)


def token_pairs(tree):
    """(first, second) token keys of every match of the parsed pattern ``tree``
    (second: a key or ANY), or None when the start cannot be read (see module
    doc)."""
    seq = list(tree)
    if not _starts_at_boundary(seq):
        return None
    w = _Pairs()
    try:
        w.walk(seq, 0, (), (), "", None)
    except (_Unknown, RecursionError):
        return None
    out = set()
    for a, b in w.out:
        if isinstance(a, tuple) and a[0] == "^":
            out.add((a, ANY))
            continue
        ka = a[1] if isinstance(a, tuple) else a
        kb = b[1] if isinstance(b, tuple) and b[0] == "=" else (b if isinstance(b, str) else ANY)
        out.add((ka, kb))
    return frozenset(out)
