import { deflateRawSync } from 'node:zlib';
import { exampleProcedureRecord } from '@dvc/shared/domain';
import { writeCatalogueWorkbook } from './catalogue-workbook';
import { assertZipWithinLimits } from './zip-limits';

/** A minimal zip with the given (name, content) entries, deflated, with a correct central directory. */
function zip(entries: [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const packed = deflateRawSync(content);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('assertZipWithinLimits', () => {
  it('should accept a real catalogue workbook', async () => {
    const workbook = await writeCatalogueWorkbook([exampleProcedureRecord()]);
    expect(() => assertZipWithinLimits(workbook)).not.toThrow();
  });

  it('should refuse a small file that unpacks beyond the limit, before inflating it', () => {
    const bomb = zip([['xl/worksheets/sheet1.xml', Buffer.alloc(5 * 1024 * 1024)], ['xl/worksheets/sheet2.xml', Buffer.alloc(5 * 1024 * 1024)]]);
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(() => assertZipWithinLimits(bomb, 8 * 1024 * 1024)).toThrow(expect.objectContaining({ code: 'CATALOGUE.FILE_UNREADABLE' }));
    expect(() => assertZipWithinLimits(bomb, 8 * 1024 * 1024)).toThrow(/giải nén vượt quá 8 MB \/ The workbook cannot be read: it unpacks to more than 8 MB/);
  });

  it('should refuse too many entries, a missing directory and a damaged one', () => {
    const many = zip(Array.from({ length: 5 }, (_, index): [string, Buffer] => [`f${index}.xml`, Buffer.from('x')]));
    expect(() => assertZipWithinLimits(many, 1024, 4)).toThrow(/too many zip entries \(5\)/);
    expect(() => assertZipWithinLimits(Buffer.from('PK\u0003\u0004 not really a zip at all, no directory'))).toThrow(/not a valid \.xlsx file/);
    const damaged = zip([['a.xml', Buffer.from('abc')]]);
    damaged.writeUInt32LE(0xdeadbeef, damaged.length - 22 - 46 - 5);
    expect(() => assertZipWithinLimits(damaged)).toThrow(/damaged/);
  });
});
