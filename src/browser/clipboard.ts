/**
 * Copies text with the Clipboard API, falling back to a selected textarea and `execCommand('copy')` where the API is
 * missing (plain-http pages, older browsers) or refused. Call it synchronously from the click handler with text that
 * is already composed: Safari refuses `writeText` once an `await` has passed.
 */
export async function copyText(text: string, scratchParent: Node): Promise<boolean> {
  const clipboard = globalThis.navigator?.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (permissions policy, no focus): try the old way while the click's activation still lasts.
    }
  }
  return copyBySelection(text, scratchParent);
}

function copyBySelection(text: string, scratchParent: Node): boolean {
  const scratch = document.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.setAttribute('aria-hidden', 'true');
  scratch.className = 'clipboard-scratch';
  scratchParent.appendChild(scratch);
  scratch.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    scratch.remove();
  }
}
