import { ApiError } from '../api.ts';

/**
 * Downloads a file the server builds, as the logged-in user. Fetched rather than linked: a plain
 * link that is refused (403, a missing consent, an expired session) makes the browser show or save
 * the server's raw JSON error, while this throws an `ApiError` the page translates like any other.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin', headers: { accept: '*/*' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null;
    const code = typeof body?.error?.code === 'string' ? body.error.code : `http_${res.status}`;
    throw new ApiError(
      res.status,
      code,
      typeof body?.error?.message === 'string' ? body.error.message : res.statusText,
      body?.error?.details,
    );
  }
  await saveResponse(res, fallbackName);
}

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
