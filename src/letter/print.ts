export interface PrintView {
  title: string;
  /** The language the letter is written in. */
  lang: string;
  /** The recipient's name, title and postal address, one line each. */
  recipient: string[];
  date: string;
  /** The letter as composed: paragraphs separated by blank lines. */
  letter: string;
}

/** Lays the letter out in `doc` (a fresh window's) for printing: recipient, date, letter. Text nodes only. */
export function writePrintView(doc: Document, { title, lang, recipient, date, letter }: PrintView): void {
  const block = (tag: string, lines: string[]) => {
    const element = doc.createElement(tag);
    lines.forEach((line, i) => element.append(...(i ? [doc.createElement('br'), line] : [line])));
    return element;
  };
  doc.title = title;
  doc.documentElement.lang = lang;
  doc.documentElement.dir = 'auto';
  doc.body.replaceChildren(
    block('address', recipient),
    block('p', [date]),
    ...letter.split(/\n{2,}/).map((paragraph) => block('p', paragraph.split('\n'))),
  );
}
