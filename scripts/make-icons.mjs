// Draws the tray and app icons as PNG files in build/ (committed; rerun after a change).
// A tiny PNG encoder on node:zlib: no image library needed for a few flat shapes.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const root = path.resolve(import.meta.dirname, "..");
const iconDir = path.join(root, "build", "icons");

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
/** RGBA pixels (size × size × 4) to a PNG file. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1); a shape answers the colour at a point or null.
const disc = (r) => (x, y) => Math.hypot(x - 0.5, y - 0.5) <= r;
const ring = (r, w) => (x, y) => Math.abs(Math.hypot(x - 0.5, y - 0.5) - r) <= w / 2;
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

/** Layers, last on top: [shape, [r, g, b, a]]; transparent [0,0,0,0] cuts a hole. */
function render(size, layers) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4; // 4×4 supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let colour = [0, 0, 0, 0];
          for (const [shape, fill] of layers) if (shape(x, y)) colour = fill;
          // Premultiplied, so edges blend without dark fringes.
          sum[0] += colour[0] * colour[3];
          sum[1] += colour[1] * colour[3];
          sum[2] += colour[2] * colour[3];
          sum[3] += colour[3];
        }
      }
      const n = samples * samples;
      const alpha = sum[3] / n;
      const at = (py * size + px) * 4;
      pixels[at] = alpha ? Math.round(sum[0] / sum[3]) : 0;
      pixels[at + 1] = alpha ? Math.round(sum[1] / sum[3]) : 0;
      pixels[at + 2] = alpha ? Math.round(sum[2] / sum[3]) : 0;
      pixels[at + 3] = Math.round(alpha);
    }
  }
  return encodePng(size, pixels);
}

const clear = [0, 0, 0, 0];
const hand = [rect(0.46, 0.22, 0.54, 0.54), rect(0.46, 0.46, 0.74, 0.54)];
const bangDot = (x, y) => Math.hypot(x - 0.5, y - 0.75) <= 0.075;

/** The four looks of the tray (PRODUCT §1), in colour and as macOS template images. */
function looks(ink) {
  const grey = ink ?? [128, 128, 128, 255];
  const green = ink ?? [46, 160, 67, 255];
  const blue = ink ?? [31, 111, 235, 255];
  const red = ink ?? [218, 54, 51, 255];
  const white = ink ? clear : [255, 255, 255, 255];
  return {
    off: [[ring(0.36, 0.12), grey]],
    on: [
      [disc(0.42), green],
      [disc(0.16), white],
    ],
    running: [[disc(0.42), blue], ...hand.map((shape) => [shape, white])],
    alarm: [
      [disc(0.46), red],
      [rect(0.44, 0.18, 0.56, 0.6), white],
      [bangDot, white],
    ],
  };
}

mkdirSync(iconDir, { recursive: true });
const black = [0, 0, 0, 255];
for (const [look, layers] of Object.entries(looks())) {
  writeFileSync(path.join(iconDir, `tray-${look}.png`), render(16, layers));
  writeFileSync(path.join(iconDir, `tray-${look}@2x.png`), render(32, layers));
}
for (const [look, layers] of Object.entries(looks(black))) {
  writeFileSync(path.join(iconDir, `tray-${look}Template.png`), render(16, layers));
  writeFileSync(path.join(iconDir, `tray-${look}Template@2x.png`), render(32, layers));
}
// The app icon: electron-builder derives .icns and .ico from a 512 px PNG.
const appIcon = [
  [disc(0.47), [31, 111, 235, 255]],
  [ring(0.3, 0.07), [255, 255, 255, 255]],
  ...hand.map((shape) => [shape, [255, 255, 255, 255]]),
];
writeFileSync(path.join(root, "build", "icon.png"), render(512, appIcon));
console.log(`Icons written to ${path.relative(root, iconDir)} and build/icon.png`);
