"""PNG encoding of an explorer's picture, recompressing only the rows a change touched.

A change of a control usually redraws a strip of the picture (a moving point, a line, a
label). The image is cut into horizontal bands, each compressed on its own as raw deflate
ending on a byte boundary (a sync flush), so the compressed bands simply concatenate into
one valid zlib stream (pigz's trick); a band whose rows did not change keeps its bytes from
the previous picture. The checksum is combined from the bands' own Adler-32 sums.

Rows are stored unfiltered as RGBA: Pillow's encoder tries every row filter, which costs more
than the compression itself; an explorer's picture is mostly flat colour, so plain rows
compress about as well, and RGBA rows are a plain copy of matplotlib's buffer.
"""

import struct
import zlib

import numpy as np

__all__ = ["BandedPng"]

BAND_ROWS = 32
_ADLER_BASE = 65521
_FINAL_EMPTY_BLOCK = b"\x03\x00"  # a fixed-Huffman block with BFINAL set and no data


class BandedPng:
    """Encode successive RGBA frames of one size, reusing the bands that did not change.

    Examples
    --------
    >>> frame = np.full((70, 40, 4), 255, dtype=np.uint8)
    >>> encoder = BandedPng()
    >>> first = encoder.encode(frame)
    >>> frame[50:52, 10:20, :3] = 0
    >>> second = encoder.encode(frame, rows=(50, 52))  # only the band of rows 32-63
    >>> first[:8] == b"\\x89PNG\\r\\n\\x1a\\n", encoder.recompressed
    (True, 1)
    """

    def __init__(self, band_rows=BAND_ROWS):
        self.band_rows = int(band_rows)
        self.recompressed = 0  # bands compressed by the last encode (the tests count them)
        self._shape = None
        self._rows = None
        self._bands = []  # (compressed bytes, adler-32, length) per band

    def encode(self, pixels, rows=None):
        """The PNG of ``pixels`` (height × width × 4, uint8).

        ``rows`` = (first, stop) promises that no row outside that range changed since the
        previous call; None (or a new size) encodes every band.
        """
        pixels = np.asarray(pixels)
        height, width, channels = pixels.shape
        if channels != 4 or pixels.dtype != np.uint8:
            raise ValueError(f"expected height × width × 4 uint8 pixels, got {pixels.shape}"
                             f" {pixels.dtype}")
        if self._shape != pixels.shape:
            self._shape = pixels.shape
            self._rows = np.zeros((height, 1 + 4 * width), dtype=np.uint8)  # filter byte 0
            self._bands = [None] * -(-height // self.band_rows)
            rows = None
        first, stop = (0, height) if rows is None else (max(int(rows[0]), 0),
                                                        min(int(rows[1]), height))
        self.recompressed = 0
        for index in range(len(self._bands)):
            top = index * self.band_rows
            bottom = min(top + self.band_rows, height)
            if self._bands[index] is not None and (bottom <= first or top >= stop):
                continue
            block = self._rows[top:bottom]
            block[:, 1:] = pixels[top:bottom].reshape(bottom - top, 4 * width)
            data = memoryview(block).cast("B")
            compressor = zlib.compressobj(1, zlib.DEFLATED, -15)
            packed = compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)
            self._bands[index] = (packed, zlib.adler32(data), len(data))
            self.recompressed += 1
        checksum = 1
        for _, adler, length in self._bands:
            checksum = _adler32_combine(checksum, adler, length)
        stream = b"".join([b"\x78\x01", *(band[0] for band in self._bands),
                           _FINAL_EMPTY_BLOCK, struct.pack(">I", checksum)])
        header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
        return b"".join([b"\x89PNG\r\n\x1a\n", _chunk(b"IHDR", header),
                         _chunk(b"IDAT", stream), _chunk(b"IEND", b"")])


def _adler32_combine(first, second, length):
    """The Adler-32 of two byte strings joined, from theirs (zlib's adler32_combine)."""
    remainder = length % _ADLER_BASE
    low = first & 0xFFFF
    high = (remainder * low) % _ADLER_BASE
    low = (low + (second & 0xFFFF) + _ADLER_BASE - 1) % _ADLER_BASE
    high = (high + (first >> 16) + (second >> 16) + _ADLER_BASE - remainder) % _ADLER_BASE
    return low | (high << 16)


def _chunk(tag, data):
    return (struct.pack(">I", len(data)) + tag + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
