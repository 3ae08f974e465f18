// Files leave the app the same way in Electron and in the browser: the core hands over the
// bytes, and the page offers them as a download (a Blob behind a temporary link). No file path
// ever crosses the bridge.

export function downloadFile(parts: BlobPart[], fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the browser has started the download, not before.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In pieces: spreading a whole chunk into fromCharCode would overflow the call stack.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
