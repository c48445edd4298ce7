/** Saves `text` as a plain-text file called `name`, the way a download link would. */
export function downloadText(text: string, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  link.download = name;
  link.click();
  // Revoked later, not at once: some browsers read the blob after the click has returned.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
