import { crc32, deflateRawSync } from 'node:zlib';

/** A multipart/form-data body with one file in the field "file". */
export function multipartFile(fileName: string, bytes: Uint8Array): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----ledstjarna-stall-boundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** The probe's CSV: a header, one row, then a quote that opens and never closes, up to `bytes`. */
export function unclosedQuoteCsv(bytes: number): Buffer {
  const start = 'Mått;Period;Värde\nAndel vårdskador;2022;"7,2\n';
  const filler = Buffer.alloc(bytes - start.length, 'x');
  for (let i = 80; i < filler.length; i += 81) filler[i] = 10; // lines, all inside the quote
  return Buffer.concat([Buffer.from(start), filler]);
}

/** A CSV whose header has `columns` columns. */
export function wideCsv(columns: number): Buffer {
  return Buffer.from(`${Array.from({ length: columns }, (_, i) => `k${i}`).join(',')}\n`);
}

/**
 * A zip bomb that looks like a workbook: a worksheet of `inflatedBytes` zero bytes, deflated to a
 * few hundred kilobytes, written as a ZIP by hand (local header, data, central directory).
 */
export function zipBombXlsx(inflatedBytes: number): Buffer {
  const entries = [
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(inflatedBytes) },
  ];
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const compressed = deflateRawSync(e.data, { level: 9 });
    const name = Buffer.from(e.name);
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    directory.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
