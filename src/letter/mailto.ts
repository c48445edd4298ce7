/** E-mail links for a letter: pure, so the encoding and the length rule can be tested without a browser. */

/** Longer links break in some mail apps and webmail; past this the letter is copied and the e-mail asks to paste it. */
export const SAFE_URL_LENGTH = 1_800;

/** The reader's mail app (`mailto:`), or a webmail compose page for readers without one. */
export type MailClient = 'app' | 'gmail' | 'outlook';

export interface Mail {
  to: readonly string[];
  subject: string;
  body: string;
}

const COMPOSE: Record<MailClient, (to: string) => string> = {
  app: (to) => `mailto:${to}?subject=`,
  gmail: (to) => `https://mail.google.com/mail/?view=cm&fs=1&to=${to}&su=`,
  outlook: (to) => `https://outlook.live.com/mail/0/deeplink/compose?to=${to}&subject=`,
};

// CRLF is what RFC 6068 asks for; Outlook on Windows joins lines given a bare LF.
const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));

/**
 * The compose URL for `mail` in `client`, every part percent-encoded (`&`, `#`, `%`, `+` included). Only the body
 * may carry line breaks: in the subject they would start new header lines.
 */
export function composeUrl(client: MailClient, { to, subject, body }: Mail): string {
  const recipients = to.map((address) => encodeURIComponent(address).replace('%40', '@')).join(',');
  const oneLine = subject.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');
  return `${COMPOSE[client](recipients)}${encodeURIComponent(oneLine)}&body=${encode(body)}`;
}

/**
 * The compose URL, or, when that would be longer than is safe, one whose body is just `pasteHint`: `copyFirst` then
 * says the letter must be on the clipboard before the mail opens.
 */
export function safeMailUrl(client: MailClient, mail: Mail, pasteHint: string): { url: string; copyFirst: boolean } {
  const url = composeUrl(client, mail);
  return url.length <= SAFE_URL_LENGTH
    ? { url, copyFirst: false }
    : { url: composeUrl(client, { ...mail, body: pasteHint }), copyFirst: true };
}
