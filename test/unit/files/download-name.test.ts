import { describe, expect, it } from 'vitest';
import { downloadName } from '../../../src/files/mount-file-routes.js';
import { fileUrl } from '../../../src/files/store-file.js';

const ID = '0b6f2c1e-8d7a-4f3e-9c2b-1a2b3c4d5e6f.docx';

describe('the name a document is saved under', () => {
  it('takes a plain name with the file’s extension from the link, and falls back to the id otherwise', () => {
    const url = fileUrl('https://saksgang.example.no/', ID, 'Porteføljerapport Q2 2023.docx')!;
    expect(url).toBe(`https://saksgang.example.no/files/${ID}?name=Portef%C3%B8ljerapport%20Q2%202023.docx`);
    expect(downloadName(ID, new URL(url).searchParams.get('name'))).toBe('Porteføljerapport Q2 2023.docx');
    expect(downloadName(ID, 'rapport.exe')).toBe(ID);
    expect(downloadName(ID, '../../etc/passwd.docx')).toBe(ID);
    expect(downloadName(ID, 'a"b.docx')).toBe(ID);
    expect(downloadName(ID, undefined)).toBe(ID);
    expect(downloadName(ID, ['x.docx'])).toBe(ID);
  });
});
