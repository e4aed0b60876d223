import { authorizedFetch, refusalOf } from '../api';

/** The file name the service gave in content-disposition, else the fallback. */
const fileNameOf = (response: Response, fallback: string): string =>
  /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback;

/**
 * Downloads a file the service answers only to a logged-in user: a plain link cannot carry the
 * bearer token, so the page fetches it and hands the browser a blob to save.
 */
export const downloadFile = async (
  method: 'GET' | 'POST',
  path: string,
  fallbackName: string,
): Promise<{ name: string; headers: Headers }> => {
  const response = await authorizedFetch(path, { method });
  if (!response.ok) throw await refusalOf(response);
  const name = fileNameOf(response, fallbackName);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return { name, headers: response.headers };
};

/** Sends a chosen file as the request body (the bank's result CSV), answering the service's JSON. */
export const uploadFile = async <T>(path: string, file: File, contentType: string): Promise<T> => {
  const response = await authorizedFetch(path, { method: 'POST', headers: { 'content-type': contentType }, body: file });
  if (!response.ok) throw await refusalOf(response);
  return (await response.json()) as T;
};
