/** Saves a blob under a file name through a temporary link. */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The map as PNG, drawn in the browser from the server's SVG (the same layout as the SVG and
 * PDF downloads), at twice the size so that it stays sharp in a slide.
 */
export async function downloadPng(versionId: number, name: string, lang: string): Promise<void> {
  const res = await fetch(`/api/roadmap-versions/${versionId}/map.svg?lang=${lang}`, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const svg = await res.text();
  // The page's CSP allows images from 'self' and data: URLs only, so the SVG goes in as data.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('SVG could not be drawn'));
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(2, 2);
  ctx.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('PNG could not be made');
  save(blob, name);
}
