/**
 * The font file pdfkit embeds for a document's glyphs, written straight from the font's bytes.
 * fontkit's TTFSubset.encode makes the same file by decoding every table it copies (the font
 * program and control values byte by byte, each glyph's outline point by point) and encoding them
 * again through restructure: in a fresh process, about a tenth of a cold handout. The tables it
 * copies unchanged are copied here as bytes, and the few numbers it changes are set in place; the
 * file is byte for byte fontkit's (tests/electron/handout/quick-subset.test.ts compares them).
 * The internals reached, as fontkit 2.0 defines them: a subset's `font` and `glyphs` (ids, growing
 * as composite glyphs add their parts) and `includeGlyph(id)`; a font's `stream.buffer`,
 * `directory.tables[tag]` ({ offset, length }) and `_variationProcessor`.
 */
interface TableEntry { offset: number; length: number }
interface FontkitFont {
  stream: { buffer: Uint8Array }
  directory: { tables: Record<string, TableEntry | undefined> }
  _variationProcessor?: unknown
}
export interface FontkitSubset { font: FontkitFont; glyphs: number[]; includeGlyph(id: number): number }

/** The tables fontkit writes, in its order; the last three only when the font has them. */
const TABLES = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'] as const
const OPTIONAL = new Set(['cvt ', 'prep', 'fpgm'])

// Composite glyph flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 1 << 0
const WE_HAVE_A_SCALE = 1 << 3
const MORE_COMPONENTS = 1 << 5
const WE_HAVE_AN_X_AND_Y_SCALE = 1 << 6
const WE_HAVE_A_TWO_BY_TWO = 1 << 7

/** Whether the subset can be written here: a TrueType font without variations, with the tables read below. */
export function canQuickEncode(subset: FontkitSubset): boolean {
  const font = subset.font
  const tables = font.directory.tables
  return font._variationProcessor == null && font.stream.buffer instanceof Uint8Array &&
    ['head', 'hhea', 'loca', 'maxp', 'glyf', 'hmtx'].every((tag) => tables[tag] !== undefined)
}

/** The subset's font file, as fontkit's TTFSubset.encode writes it. */
export function quickEncode(subset: FontkitSubset): Uint8Array {
  const font = subset.font
  const bytes = font.stream.buffer
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const table = (tag: string) => font.directory.tables[tag]!
  const raw = (tag: string) => bytes.subarray(table(tag).offset, table(tag).offset + table(tag).length)

  const longLoca = view.getInt16(table('head').offset + 50) === 1
  const locaAt = (gid: number) => (longLoca ? view.getUint32(table('loca').offset + gid * 4) : view.getUint16(table('loca').offset + gid * 2) * 2)
  const hhea = table('hhea')
  const metricCount = view.getUint16(hhea.offset + 34)
  const hmtx = table('hmtx').offset
  const glyf = table('glyf').offset

  const glyphs: Uint8Array[] = []
  const offsets: number[] = []
  const metrics: number[] = []
  let offset = 0
  // Composite glyphs add their parts to subset.glyphs as they go, so the length is read each time.
  for (let i = 0; i < subset.glyphs.length; i++) {
    const gid = subset.glyphs[i]!
    const start = locaAt(gid)
    let glyph = bytes.subarray(glyf + start, glyf + locaAt(gid + 1))
    if (glyph.length >= 10 && view.getInt16(glyf + start) < 0) glyph = withSubsetComponents(glyph, subset)
    glyphs.push(glyph)
    offsets.push(offset)
    // An id past the last full metric takes that metric's advance and its own bearing.
    const metric = hmtx + Math.min(gid, metricCount - 1) * 4
    const bearing = gid < metricCount ? metric + 2 : hmtx + metricCount * 4 + (gid - metricCount) * 2
    metrics.push(view.getUint16(metric), view.getInt16(bearing))
    offset += glyph.length
  }
  offsets.push(offset)

  const count = glyphs.length
  const contents: Record<(typeof TABLES)[number], Uint8Array | undefined> = {
    head: withUint16(raw('head'), 50, longLoca ? 1 : 0),
    hhea: withUint16(raw('hhea'), 34, count),
    loca: locaTable(offsets, longLoca),
    maxp: withUint16(raw('maxp'), 4, count),
    'cvt ': font.directory.tables['cvt '] && raw('cvt '),
    prep: font.directory.tables.prep && raw('prep'),
    glyf: Buffer.concat(glyphs),
    hmtx: int16Table(metrics),
    fpgm: font.directory.tables.fpgm && raw('fpgm')
  }
  const present = TABLES.filter((tag) => contents[tag] !== undefined || !OPTIONAL.has(tag))
  return directory(present.map((tag) => [tag, contents[tag]!] as const))
}

/** A copy of a composite glyph's bytes with each part's id replaced by its id in the subset (added when new). */
function withSubsetComponents(source: Uint8Array, subset: FontkitSubset): Uint8Array {
  const glyph = new Uint8Array(source)
  const view = new DataView(glyph.buffer)
  let pos = 10
  let flags = MORE_COMPONENTS
  while (flags & MORE_COMPONENTS) {
    flags = view.getUint16(pos)
    view.setUint16(pos + 2, subset.includeGlyph(view.getUint16(pos + 2)))
    pos += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2)
    if (flags & WE_HAVE_A_SCALE) pos += 2
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) pos += 4
    else if (flags & WE_HAVE_A_TWO_BY_TWO) pos += 8
  }
  return glyph
}

function withUint16(source: Uint8Array, at: number, value: number): Uint8Array {
  const copy = new Uint8Array(source)
  new DataView(copy.buffer).setUint16(at, value)
  return copy
}

function locaTable(offsets: number[], long: boolean): Uint8Array {
  const out = new Uint8Array(offsets.length * (long ? 4 : 2))
  const view = new DataView(out.buffer)
  offsets.forEach((offset, i) => (long ? view.setUint32(i * 4, offset) : view.setUint16(i * 2, offset >>> 1)))
  return out
}

function int16Table(values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 2)
  const view = new DataView(out.buffer)
  values.forEach((value, i) => view.setUint16(i * 2, value & 0xffff))
  return out
}


/** The table directory as fontkit writes it (tag "true", checksums 0), then each table in turn. */
function directory(tables: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  const n = tables.length
  const power = 2 ** Math.floor(Math.log2(n))
  const header = new Uint8Array(12 + 16 * n)
  const view = new DataView(header.buffer)
  const ascii = (at: number, text: string) => [...text].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)))
  ascii(0, 'true')
  view.setUint16(4, n)
  view.setUint16(6, power * 16)
  view.setUint16(8, Math.log2(power))
  view.setUint16(10, n * 16 - power * 16)
  let offset = header.length
  tables.forEach(([tag, bytes], i) => {
    const at = 12 + 16 * i
    ascii(at, tag)
    view.setUint32(at + 8, offset)
    view.setUint32(at + 12, bytes.length)
    offset += bytes.length
  })
  return Buffer.concat([header, ...tables.map(([, bytes]) => bytes)])
}
