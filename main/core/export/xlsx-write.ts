import { zip } from './zip-write.ts';

// A minimal SpreadsheetML workbook: one sheet, every cell an inline string. A string cell is
// never evaluated, so no value can become a formula and none needs an apostrophe: phone numbers
// like +39 333 1234567 show exactly as stored.

// XML 1.0 allows tab, LF and CR among the control characters, and no lone surrogates.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding the control characters XML forbids is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/[&<>"]/g, (char) =>
      char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&quot;',
    );
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function rowXml(cells: readonly string[], row: number): string {
  const xml = cells.map((value, column) =>
    value === ''
      ? ''
      : `<c r="${columnName(column)}${row}" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`,
  );
  return `<row r="${row}">${xml.join('')}</row>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

function workbook(sheetName: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

/** Builds the sheet's XML a row at a time, so a big export can report progress between rows. */
export function createSheetBuilder(header: readonly string[]) {
  const chunks: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>',
    rowXml(header, 1),
  ];
  let row = 1;
  return {
    add(cells: readonly string[]): void {
      row += 1;
      chunks.push(rowXml(cells, row));
    },
    finish(sheetName = 'Customers'): Uint8Array {
      chunks.push('</sheetData></worksheet>');
      const encode = (text: string) => new TextEncoder().encode(text);
      return zip([
        { name: '[Content_Types].xml', data: encode(CONTENT_TYPES) },
        { name: '_rels/.rels', data: encode(ROOT_RELS) },
        { name: 'xl/workbook.xml', data: encode(workbook(sheetName)) },
        { name: 'xl/_rels/workbook.xml.rels', data: encode(WORKBOOK_RELS) },
        { name: 'xl/worksheets/sheet1.xml', data: encode(chunks.join('')) },
      ]);
    },
  };
}
