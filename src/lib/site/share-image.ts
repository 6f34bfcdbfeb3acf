import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** The size Facebook, WhatsApp, LinkedIn and X show best for a large link preview. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/**
 * Noto Sans from an npm package (OFL): the image looks the same on every machine and the build
 * never fetches a font. satori reads woff, not woff2.
 */
const FONT_PACKAGE = '@fontsource/noto-sans/files';
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const font = (weight: 400 | 700) => ({
    name: 'Noto Sans',
    data: readFileSync(require.resolve(`${FONT_PACKAGE}/noto-sans-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  });
  return (fonts ??= [font(400), font(700)]);
}

export interface ShareCard {
  /** The surgery's name, at the top. */
  practiceName: string;
  /** The site's name, at the bottom: "Social media guidance". */
  serviceName: string;
  /** The page's title, large. */
  title: string;
}

type Node = { type: string; props: { style: Record<string, string | number>; children?: Node | Node[] | string } };
const box = (style: Node['props']['style'], children?: Node['props']['children']): Node => ({ type: 'div', props: { style, children } });

/**
 * The picture shown with a link to a page: white words on NHS blue, made at build time from the
 * practice name and the page title. The same words give the same PNG.
 */
export async function shareImagePng({ practiceName, serviceName, title }: ShareCard): Promise<Uint8Array> {
  const card = box(
    {
      width: SHARE_IMAGE.width,
      height: SHARE_IMAGE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      paddingTop: 64,
      paddingBottom: 64,
      paddingLeft: 72,
      paddingRight: 72,
      background: '#005eb8',
      color: '#ffffff',
      fontFamily: 'Noto Sans',
    },
    [
      box({ display: 'flex', fontSize: 40, fontWeight: 700 }, practiceName),
      box({ display: 'flex', fontSize: title.length > 40 ? 60 : 72, fontWeight: 700, lineHeight: 1.15 }, title),
      box({ display: 'flex', fontSize: 36, borderTop: '4px solid #ffffff', paddingTop: 24 }, serviceName),
    ],
  );
  const svg = await satori(card as never, { ...SHARE_IMAGE, fonts: loadFonts() });
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}
