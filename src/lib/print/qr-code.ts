import QRCode from 'qrcode';

/** Medium error correction: survives some wear on a printed poster, keeps the code coarse. */
export const QR_ERROR_CORRECTION = 'M';
/** The blank border a scanner needs, in modules: the standard asks for four. */
export const QR_QUIET_ZONE = 4;

export interface QrSvg {
  /** The SVG markup, ready to put inline in a page. */
  svg: string;
  /** Modules across, quiet zone included. */
  size: number;
}

/**
 * A QR code for a web address as an inline SVG: black squares on white, crisp at any size,
 * labelled for screen readers. Made at build time; the page needs no script to show it.
 */
export function qrSvg(text: string, label: string): QrSvg {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const size = modules.size + 2 * QR_QUIET_ZONE;
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h1v1h-1z`;
    }
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeAttribute(label)}" ` +
    `shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`;
  return { svg, size };
}

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
