import { describe, expect, it } from 'vitest';
import { decodeText } from './files';

const bytes = (...values: number[]) => new Uint8Array(values).buffer;

describe('reading a chosen file', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Title;Client\nDirectrice financière;Zoë')]).buffer;
    expect(decodeText(withBom)).toEqual({ text: 'Title;Client\nDirectrice financière;Zoë', encoding: 'UTF-8' });
  });

  it('reads a spreadsheet saved in the Western code page as that, keeping accents and the euro sign', () => {
    // "Zoë;1.250,50 €" as Excel on Windows saves it: ë is 0xEB and € is 0x80, neither valid UTF-8 here.
    const western = bytes(0x5a, 0x6f, 0xeb, 0x3b, 0x31, 0x2e, 0x32, 0x35, 0x30, 0x2c, 0x35, 0x30, 0x20, 0x80);
    expect(decodeText(western)).toEqual({ text: 'Zoë;1.250,50 €', encoding: 'Windows-1252' });
  });
});
