/**
 * Saves a fetched file response under the name the server gives in `Content-Disposition` (else
 * `fallbackName`). Downloads are fetched rather than linked so a refusal can show on the page; this
 * is the one place that hands the body to the browser as a file.
 */
export async function saveResponse(res: Response, fallbackName: string): Promise<void> {
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const href = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(href);
}
