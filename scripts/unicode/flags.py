"""Per BMP code point, as this Python's Unicode reads it: 16 assigned, 1 starts an identifier, 2 continues one."""
import unicodedata

for i in range(0x10000):
    ch = chr(i)
    f = 0
    if unicodedata.category(ch) != "Cn":
        f |= 16
    if ch.isidentifier():
        f |= 1
    if ("a" + ch).isidentifier():
        f |= 2
    print(f)
