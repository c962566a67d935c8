/** Saves a file from the browser, named with the time of the export. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

export function fileStamp(): string {
  return new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
}
