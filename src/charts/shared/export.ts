/**
 * Export a chart as SVG or PNG with its title and a source line. Styles that come from the
 * stylesheet are copied onto the clone, so the file looks the same outside the page.
 */
const STYLED = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight'];

export function exportableSvg(svg: SVGSVGElement, title: string, source: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((node, i) => {
    const computed = getComputedStyle(node);
    const copy = copies[i] as SVGElement;
    for (const p of STYLED) copy.style.setProperty(p, computed.getPropertyValue(p));
  });
  const [, , w, h] = (svg.getAttribute('viewBox') ?? '0 0 800 400').split(/\s+/).map(Number) as [number, number, number, number];
  const ns = 'http://www.w3.org/2000/svg';
  clone.setAttribute('xmlns', ns);
  clone.setAttribute('viewBox', `0 -28 ${w} ${h + 48}`);
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h + 48));
  const background = document.createElementNS(ns, 'rect');
  Object.entries({ x: '0', y: '-28', width: String(w), height: String(h + 48) }).forEach(([k, v]) => background.setAttribute(k, v));
  background.style.setProperty('fill', getComputedStyle(document.body).backgroundColor);
  clone.prepend(background);
  const color = getComputedStyle(document.body).color;
  const add = (text: string, y: number, size: number) => {
    const t = document.createElementNS(ns, 'text');
    t.setAttribute('x', '8');
    t.setAttribute('y', String(y));
    t.style.setProperty('font', `${size}px system-ui, sans-serif`);
    t.style.setProperty('fill', color);
    t.textContent = text;
    clone.append(t);
  };
  add(title, -10, 14);
  add(source, h + 14, 10);
  return new XMLSerializer().serializeToString(clone);
}

function save(blob: Blob, filename: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export function downloadSvg(svg: SVGSVGElement, title: string, source: string, filename: string) {
  save(new Blob([exportableSvg(svg, title, source)], { type: 'image/svg+xml' }), `${filename}.svg`);
}

export async function downloadPng(svg: SVGSVGElement, title: string, source: string, filename: string, scale = 2) {
  const text = exportableSvg(svg, title, source);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = image.width * scale;
  canvas.height = image.height * scale;
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  URL.revokeObjectURL(url);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) save(blob, `${filename}.png`);
}
