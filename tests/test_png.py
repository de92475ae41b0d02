"""The explorers' PNG encoder: valid PNGs, the same pixels back, only touched bands redone."""

import io
import zlib

import numpy as np
import pytest
from PIL import Image

from nbcompanion.widgets._png import BandedPng, _adler32_combine


def decode(png):
    with Image.open(io.BytesIO(png)) as image:
        image.load()
        return np.asarray(image.convert("RGBA"))


def frame(height=100, width=37, seed=0):
    rng = np.random.default_rng(seed)
    pixels = np.full((height, width, 4), 255, dtype=np.uint8)
    pixels[:, :, :3] = rng.integers(0, 256, size=(height, width, 3))
    return pixels


@pytest.mark.parametrize("height", [1, 31, 32, 33, 100])
def test_a_first_frame_decodes_to_its_pixels(height):
    pixels = frame(height)
    assert np.array_equal(decode(BandedPng().encode(pixels)), pixels)


def test_only_the_bands_of_the_changed_rows_are_compressed_again():
    pixels = frame(100)
    encoder = BandedPng(band_rows=32)
    encoder.encode(pixels)
    assert encoder.recompressed == 4  # rows 0-31, 32-63, 64-95, 96-99
    pixels[40:70, 5:9] = [0, 0, 0, 255]
    png = encoder.encode(pixels, rows=(40, 70))
    assert encoder.recompressed == 2
    assert np.array_equal(decode(png), pixels)
    # the same picture encoded from scratch gives the same bytes
    assert png == BandedPng(band_rows=32).encode(pixels)
    assert encoder.encode(pixels, rows=(0, 0)) == png and encoder.recompressed == 0


def test_a_new_size_encodes_everything():
    encoder = BandedPng(band_rows=16)
    encoder.encode(frame(40))
    bigger = frame(50, seed=1)
    assert np.array_equal(decode(encoder.encode(bigger, rows=(0, 1))), bigger)
    assert encoder.recompressed == 4


def test_the_checksum_of_joined_bands_is_zlibs():
    rng = np.random.default_rng(3)
    first, second = rng.bytes(1000), rng.bytes(70000)  # longer than Adler's modulus
    assert _adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second)) \
        == zlib.adler32(first + second)
    assert _adler32_combine(1, zlib.adler32(second), len(second)) == zlib.adler32(second)


def test_anything_but_rgba_bytes_is_refused_clearly():
    with pytest.raises(ValueError, match="height × width × 4 uint8"):
        BandedPng().encode(np.zeros((4, 4, 3), dtype=np.uint8))
    with pytest.raises(ValueError, match="height × width × 4 uint8"):
        BandedPng().encode(np.zeros((4, 4, 4)))
