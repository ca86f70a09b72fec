"""Two keyboard layouts, key by key, to simulate a US-configured scanner on a French system."""

from __future__ import annotations

# Physical keys, row by row: (US unshifted, US shifted, AZERTY unshifted, AZERTY shifted),
# written out here independently of the repair table in checkin.scanner.wedge, so that a
# mistake in that table shows.
US_ROWS = ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./"]
US_SHIFT = ['~!@#$%^&*()_+', "QWERTYUIOP{}|", 'ASDFGHJKL:"', "ZXCVBNM<>?"]
AZ_ROWS = ["²&é\"'(-è_çà)=", "azertyuiop^$*", "qsdfghjklmù", "wxcvbn,;:!"]
AZ_SHIFT = ["~1234567890°+", "AZERTYUIOP¨£µ", "QSDFGHJKLM%", "WXCVBN?./§"]


def typed_on_azerty(text: str) -> str:
    """What a French AZERTY system shows when a US-configured scanner types ``text``."""
    out = []
    for char in text:
        for us, us_shift, az, az_shift in zip(US_ROWS, US_SHIFT, AZ_ROWS, AZ_SHIFT, strict=False):
            if char in us:
                out.append(az[us.index(char)])
                break
            if char in us_shift:
                out.append(az_shift[us_shift.index(char)])
                break
        else:
            raise ValueError(char)
    return "".join(out)
