/**
 * Make a zip-based document (docx, xlsx) the same bytes for the same content: every entry gets one fixed
 * date, the document's own created/modified stamps are set to it, and the entries keep their order.
 */
export async function normalizeZip(bytes: Uint8Array, date: Date): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const [name, entry] of Object.entries(source.files)) {
    if (entry.dir) continue;
    let content: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      content = Buffer.from(content)
        .toString('utf8')
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${iso}$2`);
    }
    out.file(name, content, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
