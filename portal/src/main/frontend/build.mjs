// Copies the DejaVu fonts the PDF embeds (npm: dejavu-fonts-ttf; Oslo Sans comes only as web fonts) to
// <output dir>/../pdf-fonts, Chart.js (npm: chart.js) for the trend charts, and Oslo kommune's design system Punkt (npm: @oslokommune/punkt-css, @oslokommune/punkt-assets) into the
// portal's static resources, so that every asset is served by the portal itself: no CDN, no font or icon from
// elsewhere (municipal networks; Content-Security-Policy 'self'). Punkt's CSS links a few icons on its CDN: those
// links are pointed at the local copies, and the build fails if any link to another host is left.
//
//   node build.mjs <output dir>      (run by the portal's Maven build after npm ci)
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs <output dir>');
  process.exit(2);
}
const css = 'node_modules/@oslokommune/punkt-css/dist/css';
const assets = 'node_modules/@oslokommune/punkt-assets/dist';
const target = join(out, 'punkt');
mkdirSync(join(target, 'css'), { recursive: true });

let text = readFileSync(join(css, 'pkt.min.css'), 'utf8');
text = text.replace(/https:\/\/punkt-cdn\.oslo\.kommune\.no\/[0-9.]+\/icons\//g, '../icons/');
const remote = text.match(/url\(\s*["']?(https?:)?\/\/[^)]*\)/g);
if (remote) {
  console.error('Punkt CSS still links to other hosts: ' + [...new Set(remote)].join(', '));
  process.exit(1);
}
writeFileSync(join(target, 'css', 'pkt.min.css'), text);
cpSync(join(assets, 'fonts'), join(target, 'fonts'), { recursive: true });
cpSync(join(assets, 'icons'), join(target, 'icons'), { recursive: true });
cpSync(join(assets, 'logos'), join(target, 'logos'), { recursive: true });
// Chart.js draws the trend charts in the browser (its UMD build: one file, no loader)
mkdirSync(join(out, 'chartjs'), { recursive: true });
cpSync('node_modules/chart.js/dist/chart.umd.min.js', join(out, 'chartjs', 'chart.umd.min.js'));
cpSync('node_modules/chart.js/LICENSE.md', join(out, 'chartjs', 'LICENSE.md'));
const pdfFonts = join(out, '..', '..', '..', 'pdf-fonts');
mkdirSync(pdfFonts, { recursive: true });
for (const font of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf']) {
  cpSync(join('node_modules/dejavu-fonts-ttf/ttf', font), join(pdfFonts, font));
}
console.log('Punkt CSS, fonts, icons and logos copied to ' + target + '; PDF fonts to ' + pdfFonts);
