"""A shared set of nasty texts: every layer must store, show and print them exactly."""

HOSTILE_TEXTS = [
    "score 0.1 <A <0.9",
    "Feedback: <i>heel goed",
    "Ben & Jerry, S&P 500, R&D &amp; &lt;b&gt;",
    '<font size=40 color=red>LET OP</font>',
    '<a href="file:///etc/passwd">klik</a>',
    '<img src="/etc/hosts"/>',
    "<?xml version='1.0'?><!DOCTYPE x>",
    "Robert'); DROP TABLE goals;--",
    '" OR 1=1 --',
    "„Dubbele” ‘enkele’ \"rechte\" 'quotes'",
    "Zoë, één, ĳverig, café, naïef, € 5,–",
    "👍🎯✅ emoji 👩🏽‍💻 met huidskleur",
    "e\u0301 combining acute, n\u0303",
    "مرحبا بالعالم — right to left",
    "שלום עולם",
    "tab\there\nnew line\nthird line",
    "   leading and trailing spaces   ",
    "x" * 20_000,
    ("Lange tekst met woorden die over pagina's moet lopen. " * 400).strip(),
]

# What the core removes: NUL and other control characters (see pop.usertext).
CONTROL_TEXT = "nul\x00byte and bell\x07 and escape\x1b[0m"
CONTROL_TEXT_CLEANED = "nulbyte and bell and escape[0m"
