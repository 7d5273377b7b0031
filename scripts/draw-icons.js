#!/usr/bin/env node
/*
 * Draws the add-in's icons (assets/icon-*.png): a green rounded tile, the colour of Excel's
 * ribbon, with a white leaf over a spreadsheet grid — green finance in a cell.
 * Pure Node (zlib) so it runs anywhere: `npm run icons`.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 4; // supersampling per axis, for smooth edges at 16 px

const TILE_TOP = [0x21, 0xa3, 0x66];
const TILE_BOTTOM = [0x10, 0x6e, 0x41];
const GRID = [0x5c, 0xc0, 0x8e];
const LEAF = [0xff, 0xff, 0xff];
const VEIN = [0x10, 0x7c, 0x41];

/** Signed-distance helpers on a unit square (0..1). */
function insideRoundedSquare(x, y, inset, radius) {
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - inset - radius), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - inset - radius), 0);
  return dx * dx + dy * dy <= radius * radius;
}

/** A leaf: the overlap of two discs, rotated 45° so it points to the upper right. */
function insideLeaf(x, y) {
  const cx = 0.52,
    cy = 0.5;
  const u = (x - cx - (y - cy)) / Math.SQRT2; // along the leaf, towards the upper right
  const v = (x - cx + (y - cy)) / Math.SQRT2; // across
  const halfLength = 0.3,
    r = 0.33;
  const offset = Math.sqrt(r * r - halfLength * halfLength);
  const inA = u * u + (v - offset) ** 2 <= r * r;
  const inB = u * u + (v + offset) ** 2 <= r * r;
  return inA && inB;
}

function onVein(x, y, size) {
  const cx = 0.52,
    cy = 0.5;
  const u = (x - cx - (y - cy)) / Math.SQRT2;
  const v = (x - cx + (y - cy)) / Math.SQRT2;
  const width = Math.max(0.022, 0.9 / size);
  return Math.abs(v) <= width && u > -0.3 && u < 0.2;
}

/** The stem: the vein's line continued out of the leaf's lower-left tip. */
function onStem(x, y, size) {
  const cx = 0.52,
    cy = 0.5;
  const u = (x - cx - (y - cy)) / Math.SQRT2;
  const v = (x - cx + (y - cy)) / Math.SQRT2;
  const width = Math.max(0.03, 1 / size);
  return Math.abs(v) <= width && u > -0.4 && u <= -0.28;
}

function onGrid(x, y, size) {
  const width = Math.max(0.018, 0.7 / size);
  const lines = [0.36, 0.64];
  return lines.some((l) => Math.abs(x - l) <= width || Math.abs(y - l) <= width);
}

function pixel(px, py, size) {
  let r = 0,
    g = 0,
    b = 0,
    a = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      if (!insideRoundedSquare(x, y, 0.02, 0.2)) continue;
      let colour = TILE_TOP.map((c, i) => c + (TILE_BOTTOM[i] - c) * y);
      if (size >= 32 && onGrid(x, y, size)) colour = GRID;
      if (onStem(x, y, size)) colour = LEAF;
      if (insideLeaf(x, y)) colour = size >= 32 && onVein(x, y, size) ? VEIN : LEAF;
      r += colour[0];
      g += colour[1];
      b += colour[2];
      a += 255;
    }
  }
  const n = SAMPLES * SAMPLES;
  // Premultiplied sums: divide colour by covered samples, alpha by all samples.
  const covered = a / 255 || 1;
  return [r / covered, g / covered, b / covered, a / n].map(Math.round);
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      pixel(x, y, size).forEach((v, i) => (raw[offset + i] = v));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  fs.writeFileSync(path.join(outDir, `icon-${size}.png`), png(size));
}
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} to assets/`);
