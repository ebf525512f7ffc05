#!/usr/bin/env python3
"""Converts an X window dump (xwd, 24 or 32 bits per pixel, TrueColor) to PNG with the standard library
only, so the install test needs no image converter: xwd_to_png.py IN.xwd OUT.png"""
import struct
import sys
import zlib


def main(src, dst):
    data = open(src, "rb").read()
    fields = struct.unpack(">25I", data[:100])
    (header_size, version, _fmt, _depth, width, height, _xoff, byte_order, _unit, _bit_order, _pad, bpp,
     bytes_per_line, _visual, red_mask, green_mask, blue_mask, _bits_rgb, _cmap_entries, ncolors) = fields[:20]
    if version != 7 or bpp not in (24, 32):
        sys.exit(f"unsupported xwd: version {version}, {bpp} bits per pixel")
    pixels = data[header_size + 12 * ncolors:]

    def shift(mask):
        return (mask & -mask).bit_length() - 1

    rs, gs, bs = shift(red_mask), shift(green_mask), shift(blue_mask)
    step = bpp // 8
    order = "little" if byte_order == 0 else "big"
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # no filter
        line = pixels[y * bytes_per_line:y * bytes_per_line + width * step]
        for x in range(0, width * step, step):
            p = int.from_bytes(line[x:x + step], order)
            rows += bytes(((p & red_mask) >> rs, (p & green_mask) >> gs, (p & blue_mask) >> bs))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")
    open(dst, "wb").write(png)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
