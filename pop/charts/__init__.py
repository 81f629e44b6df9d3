"""Chart geometry shared by the screen (QPainter) and the PDF (reportlab).

Pure maths in abstract units with the origin at the top left and y pointing down; the PDF
flips y. Nothing here draws.
"""
