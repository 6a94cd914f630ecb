/**
 * What the pane needs from the page around it besides the session: putting text on the clipboard and
 * handing the user a file. The browser's own, unless a test or a host page gives others.
 */
export interface PaneServices {
  /** true when the text reached the clipboard. */
  copyText(text: string): Promise<boolean>;
  saveFile(name: string, bytes: Uint8Array, type: string): void;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Refused (no permission in the add-in's frame, or no clipboard API): the pane says how to copy by hand.
    return false;
  }
}

function saveFile(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is freed once the browser has taken the bytes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const browserServices: PaneServices = { copyText, saveFile };
